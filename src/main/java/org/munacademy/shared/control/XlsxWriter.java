package org.munacademy.shared.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one-sheet Excel workbooks through Apache POI, for the reports HR officers take into their own
 * spreadsheets: a bold, frozen header row, text and numbers (numbers stay numbers, so they can be summed), optional
 * cell colours, and column widths that fit the content. Text is always a string cell, never a formula; text that
 * looks like one ({@link CellText}) also gets Excel's quote prefix, so that editing the cell keeps it text.
 */
public final class XlsxWriter {

    /** Excel's limit for sheet names. */
    public static final int SHEET_NAME_MAX = 31;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private XlsxWriter() {
    }

    /**
     * One cell: a {@link Number} becomes a number (NaN and infinities, which a sheet cannot hold, become text), null
     * an empty cell, anything else its {@code toString()} as text.
     *
     * @param fillRgb the background colour as six hex digits ("F4CCCC"), or null for none
     */
    public record Cell(Object value, String fillRgb) {

        public Cell {
            if (fillRgb != null && !fillRgb.matches("[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("a fill colour is six hex digits like F4CCCC, not " + fillRgb);
            }
            fillRgb = fillRgb == null ? null : fillRgb.toUpperCase(Locale.ROOT);
        }

        /** A cell without a colour. */
        public static Cell of(Object value) {
            return new Cell(value, null);
        }
    }

    /** The workbook as the bytes of an .xlsx file. */
    public static byte[] write(String sheetName, List<String> header, List<List<Cell>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(sheetName(sheetName));
            Styles styles = new Styles(book);
            XSSFRow head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                XSSFCell cell = head.createCell(c);
                cell.setCellValue(clean(header.get(c)));
                cell.setCellStyle(styles.header(CellText.looksLikeFormula(header.get(c))));
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r + 1);
                List<Cell> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    write(row, c, cells.get(c), styles);
                }
            }
            sheet.createFreezePane(0, 1);
            widths(sheet, header, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFRow row, int column, Cell cell, Styles styles) {
        Object value = cell.value();
        if (value == null) {
            if (cell.fillRgb() != null) {
                row.createCell(column).setCellStyle(styles.of(cell.fillRgb(), false));
            }
            return;
        }
        XSSFCell c = row.createCell(column);
        if (value instanceof Number n && isFinite(n)) {
            c.setCellValue(n.doubleValue());
            if (cell.fillRgb() != null) {
                c.setCellStyle(styles.of(cell.fillRgb(), false));
            }
        } else {
            String text = clean(value.toString());
            c.setCellValue(text);
            boolean formulaLike = CellText.looksLikeFormula(text);
            if (cell.fillRgb() != null || formulaLike) {
                c.setCellStyle(styles.of(cell.fillRgb(), formulaLike));
            }
        }
    }

    private static void widths(XSSFSheet sheet, List<String> header, List<List<Cell>> rows) {
        int count = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        for (int c = 0; c < count; c++) {
            int longest = c < header.size() ? display(header.get(c)).length() : 0;
            for (List<Cell> row : rows) {
                if (c < row.size()) {
                    longest = Math.max(longest, display(row.get(c).value()).length());
                }
            }
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)) * 256);
        }
    }

    /** A name Excel accepts: without []:*?/\, not quoted at either end, at most 31 characters, never blank. */
    public static String sheetName(String name) {
        String clean = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        clean = clean.replaceAll("^'+|'+$", "").strip();
        if (clean.length() > SHEET_NAME_MAX) {
            int end = Character.isHighSurrogate(clean.charAt(SHEET_NAME_MAX - 1)) ? SHEET_NAME_MAX - 1 : SHEET_NAME_MAX;
            clean = clean.substring(0, end).strip();
        }
        return clean.isEmpty() ? "Sheet1" : clean;
    }

    /** The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        return CellReference.convertNumToColString(index);
    }

    private static boolean isFinite(Number n) {
        return !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f));
    }

    private static String display(Object value) {
        if (value instanceof Number n && isFinite(n)) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return value == null ? "" : value.toString();
    }

    /** Text without the characters XML 1.0 cannot hold (a workbook with them does not open). */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                    || cp >= 0x10000 && cp <= 0x10FFFF) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** One cell style per colour and quote prefix, and the bold header. */
    private static final class Styles {

        private final XSSFWorkbook book;
        private final Map<String, XSSFCellStyle> byKey = new HashMap<>();
        private final XSSFFont bold;

        Styles(XSSFWorkbook book) {
            this.book = book;
            bold = book.createFont();
            bold.setBold(true);
        }

        XSSFCellStyle header(boolean quote) {
            return byKey.computeIfAbsent("header" + quote, k -> {
                XSSFCellStyle s = book.createCellStyle();
                s.setFont(bold);
                s.setQuotePrefixed(quote);
                return s;
            });
        }

        XSSFCellStyle of(String rgb, boolean quote) {
            return byKey.computeIfAbsent(rgb + quote, k -> {
                XSSFCellStyle s = book.createCellStyle();
                if (rgb != null) {
                    s.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb)));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                s.setQuotePrefixed(quote);
                return s;
            });
        }
    }
}

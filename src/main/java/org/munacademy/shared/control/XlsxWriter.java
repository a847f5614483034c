package org.munacademy.shared.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal writer of one-sheet Excel workbooks (Office Open XML SpreadsheetML), for the reports HR officers take
 * into their own spreadsheets: a bold, frozen header row, text and numbers (numbers stay numbers, so they can be
 * summed), optional cell colours, and column widths that fit the content.
 * <p>
 * It is written with {@code java.util.zip} alone, because a report of a few thousand rows does not justify a
 * spreadsheet library in the WAR. Text is stored as inline strings (no shared-string table), UTF-8 encoded, so
 * Cyrillic needs nothing special.
 */
public final class XlsxWriter {

    /** Excel's limit for sheet names. */
    public static final int SHEET_NAME_MAX = 31;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

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
        Styles styles = new Styles(rows);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", contentTypes());
            entry(zip, "_rels/.rels", rootRelationships());
            entry(zip, "xl/workbook.xml", workbook(sheetName));
            entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships());
            entry(zip, "xl/styles.xml", styles.xml());
            entry(zip, "xl/worksheets/sheet1.xml", sheet(header, rows, styles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes() {
        return XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>";
    }

    private static String rootRelationships() {
        return XML + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>";
    }

    private static String workbook(String sheetName) {
        return XML + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                + "<sheet name=\"" + escape(sheetName(sheetName)) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>";
    }

    private static String workbookRelationships() {
        return XML + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
    }

    private static String sheet(List<String> header, List<List<Cell>> rows, Styles styles) {
        StringBuilder xml = new StringBuilder(XML).append("<worksheet xmlns=\"").append(MAIN_NS).append("\">")
                .append("<sheetViews><sheetView workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
                .append("</sheetView></sheetViews>");
        columns(xml, header, rows);
        xml.append("<sheetData>");
        List<Cell> headerCells = header.stream().map(Cell::of).toList();
        row(xml, 1, headerCells, c -> Styles.HEADER);
        for (int r = 0; r < rows.size(); r++) {
            row(xml, r + 2, rows.get(r), styles::of);
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void columns(StringBuilder xml, List<String> header, List<List<Cell>> rows) {
        int count = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        if (count == 0) {
            return;
        }
        xml.append("<cols>");
        for (int c = 0; c < count; c++) {
            int longest = c < header.size() ? display(header.get(c)).length() : 0;
            for (List<Cell> row : rows) {
                if (c < row.size()) {
                    longest = Math.max(longest, display(row.get(c).value()).length());
                }
            }
            int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(width).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols>");
    }

    private static void row(StringBuilder xml, int number, List<Cell> cells,
            ToIntFunction<Cell> style) {
        xml.append("<row r=\"").append(number).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            cell(xml, column(c) + number, cells.get(c), style.applyAsInt(cells.get(c)));
        }
        xml.append("</row>");
    }

    private static void cell(StringBuilder xml, String ref, Cell cell, int style) {
        Object value = cell.value();
        String s = style == 0 ? "" : " s=\"" + style + "\"";
        if (value == null) {
            if (!s.isEmpty()) {
                xml.append("<c r=\"").append(ref).append('"').append(s).append("/>");
            }
        } else if (value instanceof Number n && isFinite(n)) {
            xml.append("<c r=\"").append(ref).append('"').append(s).append("><v>").append(number(n))
                    .append("</v></c>");
        } else {
            xml.append("<c r=\"").append(ref).append('"').append(s).append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(escape(value.toString())).append("</t></is></c>");
        }
    }

    private static boolean isFinite(Number n) {
        return !(n instanceof Double d && !Double.isFinite(d)) && !(n instanceof Float f && !Float.isFinite(f));
    }

    private static String number(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private static String display(Object value) {
        if (value instanceof Number n && isFinite(n)) {
            return number(n);
        }
        return value == null ? "" : value.toString();
    }

    /** The column letters of a zero-based index: 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** XML text: the five special characters escaped, characters XML 1.0 cannot hold dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /**
     * The style sheet: font 0 normal, font 1 bold; fill 0 none and 1 gray125 (both required by Excel), then one
     * solid fill per distinct colour; cell format 0 plain, 1 the bold header, then one per colour.
     */
    private static final class Styles {

        static final int HEADER = 1;
        private final Map<String, Integer> formatByColour = new LinkedHashMap<>();

        Styles(List<List<Cell>> rows) {
            for (List<Cell> row : rows) {
                for (Cell cell : row) {
                    if (cell.fillRgb() != null) {
                        formatByColour.putIfAbsent(cell.fillRgb(), 2 + formatByColour.size());
                    }
                }
            }
        }

        int of(Cell cell) {
            return cell.fillRgb() == null ? 0 : formatByColour.get(cell.fillRgb());
        }

        String xml() {
            List<String> colours = new ArrayList<>(formatByColour.keySet());
            StringBuilder xml = new StringBuilder(XML).append("<styleSheet xmlns=\"").append(MAIN_NS).append("\">")
                    .append("<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>")
                    .append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>")
                    .append("<fills count=\"").append(2 + colours.size()).append("\">")
                    .append("<fill><patternFill patternType=\"none\"/></fill>")
                    .append("<fill><patternFill patternType=\"gray125\"/></fill>");
            for (String rgb : colours) {
                xml.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(rgb)
                        .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
            }
            xml.append("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>")
                    .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                    .append("<cellXfs count=\"").append(2 + colours.size()).append("\">")
                    .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>")
                    .append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>");
            for (int i = 0; i < colours.size(); i++) {
                xml.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"").append(2 + i)
                        .append("\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>");
            }
            return xml.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                    .append("</cellStyles></styleSheet>").toString();
        }
    }
}

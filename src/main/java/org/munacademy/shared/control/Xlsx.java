package org.munacademy.shared.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) through Apache POI as a {@link Table}: the first non-empty row is
 * the header, every later row keeps its sheet row number. Cells come back as the text a user sees: numbers without a
 * spurious ".0" (a personnel number 00123 stored as text stays 00123), dates as ISO dates (yyyy-MM-dd), formulas by
 * their cached value (never evaluated).
 */
public final class Xlsx {

    /** More rows than any staff list or standard has; a sheet beyond it is refused rather than read. */
    public static final int MAX_ROWS = 100_000;

    private Xlsx() {
    }

    public static Table read(byte[] bytes) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                return new Table(List.of(), List.of());
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                throw new InvalidInputException("file", SharedError.SHEET_TOO_LONG, MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    values.add(text(row.getCell(c), formatter));
                }
                if (records.isEmpty() && values.stream().allMatch(String::isBlank)) {
                    continue; // blank rows above the header
                }
                records.add(values);
                lines.add(row.getRowNum() + 1);
            }
            return Table.of(records, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", SharedError.WORKBOOK_UNREADABLE);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime t = cell.getLocalDateTimeCellValue();
                    yield t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
                            : t.toString();
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d)
                        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case BLANK, ERROR, _NONE -> "";
            default -> formatter.formatCellValue(cell);
        };
    }
}

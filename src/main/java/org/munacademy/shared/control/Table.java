package org.munacademy.shared.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table read from an upload (CSV or the first sheet of a workbook): the header as written, and the data rows with
 * their 1-based numbers as the user sees them (the line of a CSV file or the row of a sheet; the header is 1), so that
 * every import message can say where a problem is. Blank rows are left out but keep the numbering.
 */
public record Table(List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A data row: its values by header name (the header trimmed) and the line or sheet row it starts on. */
    public record Row(int line, Map<String, String> values) {

        public Row {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The trimmed value, or an empty string when the column is missing or blank. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        public boolean isBlank(String column) {
            return get(column).isEmpty();
        }
    }

    /** Builds the rows of a table from its raw records (header first); a record of blank values is skipped. */
    static Table of(List<List<String>> records, List<Integer> lines) {
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
        List<Row> rows = new java.util.ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            if (rec.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isEmpty()) {
                    String v = c < rec.size() ? rec.get(c) : null;
                    values.putIfAbsent(header.get(c), v == null ? "" : v);
                }
            }
            rows.add(new Row(lines.get(i), values));
        }
        return new Table(header, rows);
    }
}

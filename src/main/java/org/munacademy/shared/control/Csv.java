package org.munacademy.shared.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small RFC 4180 CSV reader: header row, quoted fields with doubled quotes and line breaks, a leading UTF-8
 * byte-order mark. Every row remembers its line number so that an import can say where an error is.
 */
public final class Csv {

    private Csv() {
    }

    /** A data row: its values by header name and the line it starts on (the header is line 1). */
    public record Row(int line, Map<String, String> values) {

        /** The trimmed value, or an empty string when the column is missing or blank. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.trim();
        }

        public boolean isBlank(String column) {
            return get(column).isEmpty();
        }
    }

    public static List<Row> read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static List<Row> read(Reader reader) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            r.mark(1);
            if (r.read() != '\uFEFF') {
                r.reset(); // no byte-order mark: keep the first character
            }
            parse(r, records, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0);
        List<Row> rows = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            if (rec.size() == 1 && rec.get(0).isBlank()) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c).trim(), c < rec.size() ? rec.get(c) : "");
            }
            rows.add(new Row(lines.get(i), Collections.unmodifiableMap(values)));
        }
        return rows;
    }

    private static void parse(BufferedReader r, List<List<String>> records, List<Integer> lines) throws IOException {
        List<String> current = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int ch;
        while ((ch = r.read()) != -1) {
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int next = r.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            r.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                current.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r') {
                // part of CRLF: ignored
            } else if (c == '\n') {
                current.add(field.toString());
                records.add(current);
                lines.add(recordLine);
                current = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !current.isEmpty()) {
            current.add(field.toString());
            records.add(current);
            lines.add(recordLine);
        }
    }
}

package org.munacademy.shared.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV through Apache Commons CSV (RFC 4180: quoted fields with doubled quotes and line breaks): reading with a header
 * row and the delimiter the file uses ({@code ;} as Excel in Russian saves it, {@code ,} or tab), every row numbered
 * with the line it starts on; and writing, with every value that looks like a formula neutralised
 * ({@link CellText}).
 */
public final class Csv {

    /** The delimiters a file may use, in the order a tie is broken. */
    static final char[] DELIMITERS = {';', ',', '\t'};

    private Csv() {
    }

    /** Reads UTF-8 (with or without a byte order mark) with a comma as delimiter (the seeded content files). */
    public static List<Table.Row> read(InputStream in) {
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ',').rows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads text with a comma as delimiter. */
    public static List<Table.Row> read(Reader reader) {
        return read(all(reader), ',').rows();
    }

    /** Reads text with the delimiter its header line uses. */
    public static Table table(String text) {
        String t = stripBom(text);
        return read(t, delimiter(t));
    }

    /**
     * The delimiter of a file: of {@code ;}, {@code ,} and tab, the one that occurs most often in the header line
     * outside quotes (a tie goes to {@code ;}, then {@code ,}); a comma when none occurs.
     */
    public static char delimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
        }
        int best = -1;
        for (int d = 0; d < DELIMITERS.length; d++) {
            if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) {
                best = d;
            }
        }
        return best < 0 ? ',' : DELIMITERS[best];
    }

    /** Reads text with the given delimiter: the header row, then the data rows with their line numbers. */
    public static Table read(String text, char delimiter) {
        String t = stripBom(text);
        int[] lineStarts = lineStarts(t);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(t), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
                lines.add(lineOf(lineStarts, record.getCharacterPosition()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new org.munacademy.shared.entity.InvalidInputException("file",
                    org.munacademy.shared.entity.SharedError.CSV_MALFORMED);
        }
        return Table.of(records, lines);
    }

    /**
     * Writes a CSV file (comma-separated, CRLF line ends, quoted where needed) with the header first; null is an
     * empty field, numbers are written as they are, and text that looks like a formula is prefixed with {@code '}.
     */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get())) {
            printer.printRecord(header.stream().map(CellText::neutralise));
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(Csv::field));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return CellText.neutralise(value.toString());
    }

    private static String all(Reader reader) {
        try (Reader r = reader) {
            StringBuilder s = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) >= 0;) {
                s.append(buffer, 0, n);
            }
            return s.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The character offsets where lines start (a line ends with LF, CRLF or a lone CR). */
    private static int[] lineStarts(String t) {
        int[] starts = new int[16];
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= t.length() || t.charAt(i + 1) != '\n')) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}

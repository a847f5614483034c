package org.munacademy.competency.control;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.munacademy.competency.entity.CompetencyImportError;
import org.munacademy.competency.entity.CompetencyKind;
import org.munacademy.competency.entity.Framework;
import org.munacademy.shared.control.CellText;
import org.munacademy.shared.control.Csv;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/**
 * A competency standard version as one CSV file, the form methodologists prepare in a spreadsheet: the header
 * {@code record,code,parent,name,description,kind,level} and one row per scale level ({@code SCALE}), competency
 * area ({@code AREA}), competency ({@code COMPETENCY}) and behavioural indicator ({@code INDICATOR}).
 * <p>
 * Reading is all or nothing: a standard that is half imported would measure people against a profile nobody
 * wrote, so every row is checked, every problem is collected with its line number, and one
 * {@link ImportRejectedException} refuses the whole file. The file order is the framework's order; scale levels
 * are ordered by number and the indicators of a competency by level, keeping the file order within a level (the
 * order CASE rubrics and the editor show them in). CASE identifiers are not part of the CSV.
 */
public final class FrameworkCsv {

    /** The header, in the order {@link #write} writes it; {@link #read} needs these columns in any order. */
    public static final List<String> COLUMNS = List.of("record", "code", "parent", "name", "description", "kind",
            "level");

    private static final String KINDS = Arrays.stream(CompetencyKind.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private FrameworkCsv() {
    }

    /**
     * Reads one version of a standard from comma-separated text; the metadata that the CSV does not carry comes from
     * the caller.
     *
     * @throws ImportRejectedException with every problem found, when the file breaks any rule
     */
    public static Framework read(Reader csv, String standardCode, String title, String sourceRef,
            LocalDate effectiveDate) {
        return read(Csv.read(csv), standardCode, title, sourceRef, effectiveDate);
    }

    /**
     * Reads one version of a standard from a table: a CSV file with any delimiter or the first sheet of a workbook
     * (an upload read by the kit), with its row numbers.
     *
     * @throws ImportRejectedException with every problem found, when the file breaks any rule
     */
    public static Framework read(Table table, String standardCode, String title, String sourceRef,
            LocalDate effectiveDate) {
        return read(table.rows(), standardCode, title, sourceRef, effectiveDate);
    }

    private static Framework read(List<Table.Row> rows, String standardCode, String title, String sourceRef,
            LocalDate effectiveDate) {
        Parser parser = new Parser();
        parser.parse(rows.stream().map(FrameworkCsv::restored).toList());
        return parser.framework(standardCode, title, sourceRef, effectiveDate);
    }

    /** A row with the values our own export neutralised ('=...) as they were. */
    private static Table.Row restored(Table.Row row) {
        Map<String, String> values = new LinkedHashMap<>();
        row.values().forEach((k, v) -> values.put(k, CellText.restore(v)));
        return new Table.Row(row.line(), values);
    }

    /**
     * Writes the framework so that {@link #read} gives back its {@link Framework#content()}, through the kit's CSV
     * writer: a text that a spreadsheet would take for a formula ({@code =HYPERLINK(...)}) is written with an
     * apostrophe in front, which {@link #read} removes again. Line breaks inside a text become a space, because the
     * import refuses them (one CSV row is one element).
     */
    public static String write(Framework f) {
        List<List<String>> rows = new ArrayList<>();
        for (Framework.Level l : f.levels()) {
            rows.add(line("SCALE", String.valueOf(l.number()), null, l.name(), l.descriptor(), null, null));
        }
        for (Framework.Area a : f.areas()) {
            rows.add(line("AREA", a.code(), null, a.name(), a.description(), null, null));
            for (Framework.Competency c : a.competencies()) {
                rows.add(line("COMPETENCY", c.code(), a.code(), c.name(), c.description(),
                        c.kind() == null ? null : c.kind().name(), null));
                for (Framework.Indicator i : c.indicators()) {
                    rows.add(line("INDICATOR", null, c.code(), i.text(), null, null, String.valueOf(i.level())));
                }
            }
        }
        return Csv.write(COLUMNS, rows);
    }

    private static List<String> line(String... fields) {
        return Arrays.stream(fields).map(v -> v == null ? null : v.replaceAll("\r\n|\r|\n", " ")).toList();
    }

    /** One problem before it becomes an {@link ImportError}; line 0 is the file as a whole. */
    private record Problem(int line, CompetencyImportError code, Object... args) {
    }

    private record LevelRow(int line, Framework.Level level) {
    }

    private record AreaDraft(String code, String name, String description, List<String> competencyCodes) {
    }

    private record CompetencyDraft(String code, String name, String description, CompetencyKind kind,
            List<IndicatorRow> indicators) {
    }

    private record IndicatorRow(int line, String competencyCode, Integer level, String text) {
    }

    /** The state of one read: what the rows define so far and what is wrong with them. */
    private static final class Parser {

        private final List<Problem> problems = new ArrayList<>();
        private final Map<Integer, LevelRow> levels = new TreeMap<>();
        private final Map<String, AreaDraft> areas = new LinkedHashMap<>();
        private final Map<String, CompetencyDraft> competencies = new LinkedHashMap<>();
        /** Area and competency codes share one name space: a code names exactly one element. */
        private final Map<String, Integer> codeLines = new LinkedHashMap<>();
        private final List<IndicatorRow> indicators = new ArrayList<>();

        void parse(List<Table.Row> rows) {
            if (rows.isEmpty()) {
                problems.add(new Problem(0, CompetencyImportError.CSV_NO_RECORDS, String.join(",", COLUMNS)));
                return;
            }
            if (!headerComplete(rows.get(0).values().keySet())) {
                return; // without its columns no row can be read; the header problems are the whole answer
            }
            rows.forEach(this::row);
            checkScale();
            indicators.forEach(this::attach);
        }

        private boolean headerComplete(Set<String> header) {
            boolean complete = true;
            for (String column : COLUMNS) {
                if (!header.contains(column)) {
                    problems.add(new Problem(1, CompetencyImportError.CSV_COLUMN_MISSING, column,
                            String.join(",", COLUMNS)));
                    complete = false;
                }
            }
            return complete;
        }

        private void row(Table.Row row) {
            rejectLineBreaks(row);
            String record = row.get("record");
            switch (record.toUpperCase(Locale.ROOT)) {
                case "SCALE" -> scale(row);
                case "AREA" -> area(row);
                case "COMPETENCY" -> competency(row);
                case "INDICATOR" -> indicator(row);
                default -> problem(row, CompetencyImportError.CSV_RECORD_UNKNOWN, record);
            }
        }

        private void rejectLineBreaks(Table.Row row) {
            for (String column : COLUMNS) {
                String raw = row.values().get(column);
                if (raw != null && (raw.indexOf('\n') >= 0 || raw.indexOf('\r') >= 0)) {
                    problem(row, CompetencyImportError.CSV_LINE_BREAK, column);
                }
            }
        }

        private void scale(Table.Row row) {
            Integer number = levelNumber(row);
            String name = required(row, "name", FieldLimits.LEVEL_NAME);
            String descriptor = optional(row, "description", FieldLimits.DESCRIPTION);
            if (number == null) {
                return;
            }
            LevelRow earlier = levels.get(number);
            if (earlier != null) {
                problem(row, CompetencyImportError.CSV_LEVEL_REPEATED, number, earlier.line());
                return;
            }
            levels.put(number, new LevelRow(row.line(), new Framework.Level(number, name, descriptor, null)));
        }

        private Integer levelNumber(Table.Row row) {
            String code = row.get("code");
            if (code.isEmpty()) {
                problem(row, CompetencyImportError.CSV_LEVEL_NUMBER_EMPTY);
                return null;
            }
            Integer number = parseInt(code);
            if (number == null || number < 1) {
                problem(row, CompetencyImportError.CSV_LEVEL_NUMBER_INVALID, code);
                return null;
            }
            return number;
        }

        private void area(Table.Row row) {
            String code = code(row);
            String name = required(row, "name", FieldLimits.TITLE);
            String description = optional(row, "description", FieldLimits.DESCRIPTION);
            if (code != null) {
                areas.put(code, new AreaDraft(code, name, description, new ArrayList<>()));
            }
        }

        private void competency(Table.Row row) {
            String code = code(row);
            String name = required(row, "name", FieldLimits.TITLE);
            String description = optional(row, "description", FieldLimits.DESCRIPTION);
            CompetencyKind kind = kind(row);
            AreaDraft area = parentArea(row);
            if (code != null) {
                competencies.put(code, new CompetencyDraft(code, name, description, kind, new ArrayList<>()));
                if (area != null) {
                    area.competencyCodes().add(code);
                }
            }
        }

        private CompetencyKind kind(Table.Row row) {
            String kind = row.get("kind");
            if (kind.isEmpty()) {
                problem(row, CompetencyImportError.CSV_KIND_EMPTY, KINDS);
                return null;
            }
            try {
                return CompetencyKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(row, CompetencyImportError.CSV_KIND_UNKNOWN, kind, KINDS);
                return null;
            }
        }

        private AreaDraft parentArea(Table.Row row) {
            String parent = row.get("parent");
            if (parent.isEmpty()) {
                problem(row, CompetencyImportError.CSV_AREA_EMPTY);
                return null;
            }
            AreaDraft area = areas.get(parent);
            if (area == null) {
                problem(row, CompetencyImportError.CSV_AREA_UNDEFINED, parent);
            }
            return area;
        }

        private void indicator(Table.Row row) {
            String competency = row.get("parent");
            if (competency.isEmpty()) {
                problem(row, CompetencyImportError.CSV_COMPETENCY_EMPTY);
            } else if (competency.length() > FieldLimits.CODE) {
                limited(row, "parent", competency, FieldLimits.CODE);
                competency = "";
            }
            String text = required(row, "name", FieldLimits.INDICATOR);
            Integer level = indicatorLevel(row);
            if (!competency.isEmpty() && text != null && level != null) {
                indicators.add(new IndicatorRow(row.line(), competency, level, text));
            }
        }

        private Integer indicatorLevel(Table.Row row) {
            String level = row.get("level");
            if (level.isEmpty()) {
                problem(row, CompetencyImportError.CSV_INDICATOR_LEVEL_EMPTY);
                return null;
            }
            Integer number = parseInt(level);
            if (number == null) {
                problem(row, CompetencyImportError.CSV_INDICATOR_LEVEL_INVALID, level);
            }
            return number;
        }

        /** The code of an area or competency, or null when it is missing, too long or already taken. */
        private String code(Table.Row row) {
            String code = row.get("code");
            if (code.isEmpty()) {
                problem(row, CompetencyImportError.CSV_EMPTY, "code");
                return null;
            }
            if (code.length() > FieldLimits.CODE) {
                limited(row, "code", code, FieldLimits.CODE);
                return null;
            }
            Integer earlier = codeLines.putIfAbsent(code, row.line());
            if (earlier != null) {
                problem(row, CompetencyImportError.CSV_CODE_REPEATED, code, earlier);
                return null;
            }
            return code;
        }

        private String required(Table.Row row, String column, int max) {
            String value = row.get(column);
            if (value.isEmpty()) {
                problem(row, CompetencyImportError.CSV_EMPTY, column);
                return null;
            }
            return limited(row, column, value, max);
        }

        private String optional(Table.Row row, String column, int max) {
            String value = row.get(column);
            return value.isEmpty() ? null : limited(row, column, value, max);
        }

        private String limited(Table.Row row, String column, String value, int max) {
            if (value.length() > max) {
                problem(row, CompetencyImportError.CSV_TOO_LONG, column, value.length(), max);
            }
            return value;
        }

        /** Scale levels must run 1..n: a level that skips a number points at the hole. */
        private void checkScale() {
            if (levels.isEmpty()) {
                problems.add(new Problem(0, CompetencyImportError.CSV_NO_SCALE));
                return;
            }
            int expected = 1;
            for (LevelRow row : levels.values()) {
                int number = row.level().number();
                if (number == expected + 1) {
                    problems.add(new Problem(row.line(), CompetencyImportError.CSV_SCALE_HOLE, number, expected));
                } else if (number != expected) {
                    problems.add(new Problem(row.line(), CompetencyImportError.CSV_SCALE_HOLES, number, expected,
                            number - 1));
                }
                expected = number + 1;
            }
        }

        private void attach(IndicatorRow row) {
            CompetencyDraft competency = competencies.get(row.competencyCode());
            if (competency == null) {
                problems.add(new Problem(row.line(), CompetencyImportError.CSV_COMPETENCY_UNDEFINED,
                        row.competencyCode()));
            }
            if (!levels.isEmpty() && !levels.containsKey(row.level())) {
                List<Integer> numbers = new ArrayList<>(levels.keySet());
                problems.add(new Problem(row.line(), CompetencyImportError.CSV_LEVEL_OUTSIDE_SCALE, row.level(),
                        numbers.get(0), numbers.get(numbers.size() - 1)));
            }
            if (competency != null) {
                competency.indicators().add(row);
            }
        }

        private void problem(Table.Row row, CompetencyImportError code, Object... args) {
            problems.add(new Problem(row.line(), code, args));
        }

        Framework framework(String standardCode, String title, String sourceRef, LocalDate effectiveDate) {
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems.stream()
                        .sorted(Comparator.comparingInt(Problem::line))
                        .map(p -> ImportError.of(p.line() == 0 ? Location.of(SharedPlace.FILE)
                                : Location.of(SharedPlace.LINE, p.line()), p.code(), p.args()))
                        .toList());
            }
            List<Framework.Level> scale = levels.values().stream().map(LevelRow::level).toList();
            List<Framework.Area> areaList = areas.values().stream().map(this::area).toList();
            return new Framework(standardCode, title, sourceRef, effectiveDate, null, scale, areaList);
        }

        private Framework.Area area(AreaDraft a) {
            return new Framework.Area(a.code(), a.name(), a.description(), null,
                    a.competencyCodes().stream().map(competencies::get).map(Parser::competency).toList());
        }

        private static Framework.Competency competency(CompetencyDraft c) {
            List<Framework.Indicator> indicators = c.indicators().stream()
                    .sorted(Comparator.comparingInt(IndicatorRow::level))
                    .map(i -> new Framework.Indicator(i.level(), i.text()))
                    .toList();
            return new Framework.Competency(c.code(), c.name(), c.description(), c.kind(), null, null, indicators);
        }
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

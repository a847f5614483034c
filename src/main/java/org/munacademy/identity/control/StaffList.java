package org.munacademy.identity.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.munacademy.identity.entity.IdentityImportError;
import org.munacademy.identity.entity.IdentityPlace;
import org.munacademy.identity.entity.Sex;
import org.munacademy.identity.entity.Snils;
import org.munacademy.identity.entity.StaffChange;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportPreview;
import org.munacademy.shared.entity.ImportPreview.Difference;
import org.munacademy.shared.entity.ImportPreview.Kind;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

/**
 * A staff list (the spreadsheet an HR system exports: 1С:ЗКГУ's «ФИО; Табельный номер; СНИЛС; Дата рождения;
 * Должность; Подразделение; E-mail», often with «Пол») read against the people already known: which column holds
 * what (guessed from the header, confirmed by the user), every row checked (a name, a СНИЛС with a valid checksum or
 * a personnel number, a real date, М or Ж for the sex, a known position, lengths within {@link FieldLimits}), and
 * each row matched — by СНИЛС first, then by personnel number within the target municipality — to a person to
 * update, or none (a person to create). A person outside the importer's scope is an error for that row and is never
 * touched. Pure logic: the boundary loads the candidates and stores the plan, all or nothing.
 */
public final class StaffList {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,30}$");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** Header words (lower case, letters and digits only) that name each field, Russian and English. */
    private static final Map<StaffField, List<String>> SYNONYMS = new EnumMap<>(Map.ofEntries(
            Map.entry(StaffField.FULL_NAME, List.of("фио", "фамилияимяотчество", "сотрудник", "работник",
                    "fullname", "name", "employee")),
            Map.entry(StaffField.LAST_NAME, List.of("фамилия", "lastname", "surname", "familyname")),
            Map.entry(StaffField.FIRST_NAME, List.of("имя", "firstname", "givenname")),
            Map.entry(StaffField.MIDDLE_NAME, List.of("отчество", "middlename", "patronymic")),
            Map.entry(StaffField.PERSONNEL_NUMBER, List.of("табельныйномер", "таб", "табномер", "табельный",
                    "personnelnumber", "employeenumber", "employeeid")),
            Map.entry(StaffField.SNILS, List.of("снилс", "страховойномер", "snils")),
            Map.entry(StaffField.BIRTH_DATE, List.of("датарождения", "birthdate", "dateofbirth")),
            Map.entry(StaffField.SEX, List.of("пол", "sex", "gender")),
            Map.entry(StaffField.POSITION, List.of("должность", "position", "jobtitle")),
            Map.entry(StaffField.DEPARTMENT, List.of("подразделение", "структурноеподразделение", "отдел",
                    "department")),
            Map.entry(StaffField.EMAIL, List.of("email", "электроннаяпочта", "почта", "адресэлектроннойпочты")),
            Map.entry(StaffField.PHONE, List.of("телефон", "рабочийтелефон", "phone", "telephone"))));

    private StaffList() {
    }

    // ---- mapping

    /** The column each field is most likely in, judged by the header's words; unmatched fields are left out. */
    public static Map<StaffField, String> guess(List<String> header) {
        Map<StaffField, String> mapping = new EnumMap<>(StaffField.class);
        for (String column : header) {
            String key = key(column);
            for (Map.Entry<StaffField, List<String>> e : SYNONYMS.entrySet()) {
                if (!mapping.containsKey(e.getKey()) && e.getValue().contains(key)) {
                    mapping.put(e.getKey(), column);
                }
            }
        }
        if (mapping.containsKey(StaffField.FULL_NAME) && mapping.containsKey(StaffField.LAST_NAME)) {
            mapping.remove(StaffField.FULL_NAME);
        }
        return mapping;
    }

    /** What is wrong with a mapping: a column the file lacks, no name, no identifier to match by. */
    public static List<ImportError> check(Map<StaffField, String> mapping, List<String> header) {
        List<ImportError> errors = new ArrayList<>();
        mapping.forEach((field, column) -> {
            if (column != null && !header.contains(column)) {
                errors.add(ImportError.of(Location.of(IdentityPlace.MAPPING_OF, field),
                        IdentityImportError.STAFF_COLUMN_MISSING, column));
            }
        });
        boolean name = mapping.get(StaffField.FULL_NAME) != null
                || mapping.get(StaffField.LAST_NAME) != null && mapping.get(StaffField.FIRST_NAME) != null;
        if (!name) {
            errors.add(ImportError.of(Location.of(IdentityPlace.MAPPING), IdentityImportError.STAFF_NAME_UNMAPPED));
        }
        if (mapping.get(StaffField.SNILS) == null && mapping.get(StaffField.PERSONNEL_NUMBER) == null) {
            errors.add(ImportError.of(Location.of(IdentityPlace.MAPPING), IdentityImportError.STAFF_ID_UNMAPPED));
        }
        return errors;
    }

    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace('ё', 'е')
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }

    // ---- rows

    /** A position of the catalogue, matched by name. */
    public record PositionRef(long id, String name) {
    }

    /** One row of the list as read. */
    public record Entry(int line, String lastName, String firstName, String middleName, String snils,
            String personnelNumber, LocalDate birthDate, Sex sex, PositionRef position, String department,
            String email, String phone) {

        public String fullName() {
            return String.join(" ", lastName, firstName, middleName == null ? "" : middleName).strip();
        }
    }

    /** A person already known who may be the one a row names (the boundary loads them). */
    public record Known(long id, long municipalityId, boolean inScope, String lastName, String firstName,
            String middleName, String snils, String personnelNumber, LocalDate birthDate, Sex sex, Long positionId,
            String positionName, String department, String email, String phone) {
    }

    /**
     * What to do with one row: create a person, update a known one (each field that changes; {@code note} when the
     * person moves to the list's municipality), or nothing.
     */
    public record Action(Kind kind, Entry entry, Known known, List<Difference> changes, StaffChange note) {
    }

    /** The plan for the whole list, or every error in it. */
    public record Plan(List<Action> actions, List<ImportError> errors) {

        public ImportPreview preview() {
            return new ImportPreview(actions.stream().map(a -> new ImportPreview.Change(a.kind(),
                    Location.of(SharedPlace.ROW, a.entry().line()), a.entry().fullName(), a.changes(), a.note()))
                    .toList());
        }
    }

    /**
     * Reads every row and matches it.
     *
     * @param rows           the list's rows
     * @param mapping        which column holds which field (checked with {@link #check} first)
     * @param positions      the position catalogue by lower-case name
     * @param known          the people who share a СНИЛС, personnel number or e-mail with some row
     * @param municipalityId the municipality the list is loaded into
     * @param today          for a birth date in the future
     */
    public static Plan plan(List<Table.Row> rows, Map<StaffField, String> mapping, Map<String, PositionRef> positions,
            List<Known> known, long municipalityId, LocalDate today) {
        List<ImportError> errors = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        Map<String, Integer> snilsSeen = new HashMap<>();
        Map<String, Integer> numberSeen = new HashMap<>();
        Map<String, Integer> emailSeen = new HashMap<>();
        for (Table.Row row : rows) {
            Problems problems = new Problems(row.line());
            Entry entry = entry(row, mapping, positions, today, problems);
            // repeated identifiers are found from the raw values, so that a faulty row still counts as their first use
            duplicate(Snils.digits(value(row, mapping, StaffField.SNILS)).orElse(null),
                    IdentityImportError.STAFF_SNILS_REPEATED, snilsSeen, problems);
            duplicate(value(row, mapping, StaffField.PERSONNEL_NUMBER), IdentityImportError.STAFF_NUMBER_REPEATED,
                    numberSeen, problems);
            duplicate(value(row, mapping, StaffField.EMAIL), IdentityImportError.STAFF_EMAIL_REPEATED, emailSeen,
                    problems);
            Action action = problems.isEmpty() ? match(entry, known, municipalityId, problems) : null;
            if (problems.isEmpty()) {
                actions.add(action);
            } else {
                errors.addAll(problems.found());
            }
        }
        if (rows.isEmpty()) {
            errors.add(ImportError.of(Location.of(SharedPlace.FILE), IdentityImportError.STAFF_NO_ROWS));
        }
        return new Plan(actions, errors);
    }

    /** The problems of one row, each at that row. */
    static final class Problems {

        private final int line;
        private final Location row;
        private final List<ImportError> found = new ArrayList<>();

        Problems(int line) {
            this.line = line;
            this.row = Location.of(SharedPlace.ROW, line);
        }

        void add(IdentityImportError code, Object... args) {
            found.add(ImportError.of(row, code, args));
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        List<ImportError> found() {
            return List.copyOf(found);
        }
    }

    private static void duplicate(String value, IdentityImportError code, Map<String, Integer> seen,
            Problems problems) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), problems.line);
        if (first != null) {
            problems.add(code, first);
        }
    }

    static Entry entry(Table.Row row, Map<StaffField, String> mapping, Map<String, PositionRef> positions,
            LocalDate today, Problems problems) {
        String last;
        String first;
        String middle;
        if (mapping.get(StaffField.LAST_NAME) != null) {
            last = value(row, mapping, StaffField.LAST_NAME);
            first = value(row, mapping, StaffField.FIRST_NAME);
            middle = value(row, mapping, StaffField.MIDDLE_NAME);
        } else {
            String[] parts = Optional.ofNullable(value(row, mapping, StaffField.FULL_NAME)).orElse("").strip()
                    .split("\\s+", 3);
            last = parts.length > 0 && !parts[0].isEmpty() ? parts[0] : null;
            first = parts.length > 1 ? parts[1] : null;
            middle = parts.length > 2 ? parts[2] : null;
        }
        if (last == null || first == null) {
            problems.add(IdentityImportError.STAFF_NAME_MISSING);
        }
        limit(last, FieldLimits.PERSON_NAME, StaffField.LAST_NAME, problems);
        limit(first, FieldLimits.PERSON_NAME, StaffField.FIRST_NAME, problems);
        limit(middle, FieldLimits.PERSON_NAME, StaffField.MIDDLE_NAME, problems);

        String snils = null;
        String snilsText = value(row, mapping, StaffField.SNILS);
        if (snilsText != null) {
            Optional<String> digits = Snils.digits(snilsText);
            if (digits.isEmpty()) {
                problems.add(IdentityImportError.STAFF_SNILS_NOT_DIGITS, cut(snilsText));
            } else if (!Snils.valid(digits.get())) {
                problems.add(IdentityImportError.STAFF_SNILS_CHECKSUM, Snils.format(digits.get()));
            } else {
                snils = digits.get();
            }
        }
        String number = value(row, mapping, StaffField.PERSONNEL_NUMBER);
        limit(number, FieldLimits.PERSONNEL_NUMBER, StaffField.PERSONNEL_NUMBER, problems);
        if (snilsText == null && number == null) {
            problems.add(IdentityImportError.STAFF_NO_ID);
        }

        LocalDate birth = null;
        String birthText = value(row, mapping, StaffField.BIRTH_DATE);
        if (birthText != null) {
            birth = date(birthText);
            if (birth == null) {
                problems.add(IdentityImportError.STAFF_BIRTH_DATE_INVALID, cut(birthText));
            } else if (birth.isAfter(today) || birth.getYear() < 1900) {
                problems.add(IdentityImportError.STAFF_BIRTH_DATE_IMPOSSIBLE, birth.toString());
                birth = null;
            }
        }

        Sex sex = null;
        String sexText = value(row, mapping, StaffField.SEX);
        if (sexText != null) {
            sex = sex(sexText).orElse(null);
            if (sex == null) {
                problems.add(IdentityImportError.STAFF_SEX_INVALID, cut(sexText));
            }
        }

        PositionRef position = null;
        String positionText = value(row, mapping, StaffField.POSITION);
        if (positionText != null) {
            position = positions.get(positionText.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            if (position == null) {
                problems.add(IdentityImportError.STAFF_POSITION_UNKNOWN, cut(positionText));
            }
        }
        String department = value(row, mapping, StaffField.DEPARTMENT);
        limit(department, FieldLimits.DEPARTMENT, StaffField.DEPARTMENT, problems);

        String email = value(row, mapping, StaffField.EMAIL);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                problems.add(IdentityImportError.STAFF_EMAIL_INVALID, cut(email));
            }
            limit(email, FieldLimits.EMAIL, StaffField.EMAIL, problems);
        }
        String phone = value(row, mapping, StaffField.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(IdentityImportError.STAFF_PHONE_INVALID, cut(phone));
        }
        limit(phone, FieldLimits.PHONE, StaffField.PHONE, problems);
        return problems.isEmpty() ? new Entry(row.line(), last, first, middle, snils, number, birth, sex,
                position, department, email, phone) : null;
    }

    /** The person a row names, if known: by СНИЛС anywhere, else by personnel number in the municipality. */
    static Action match(Entry e, List<Known> known, long municipalityId, Problems problems) {
        Known bySnils = e.snils() == null ? null
                : known.stream().filter(k -> e.snils().equals(k.snils())).findFirst().orElse(null);
        Known byNumber = e.personnelNumber() == null ? null : known.stream()
                .filter(k -> k.municipalityId() == municipalityId && e.personnelNumber().equals(k.personnelNumber()))
                .findFirst().orElse(null);
        Known match = bySnils != null ? bySnils : byNumber;
        if (bySnils != null && byNumber != null && bySnils.id() != byNumber.id()) {
            problems.add(IdentityImportError.STAFF_NUMBER_OTHER_PERSON, e.personnelNumber());
            return null;
        }
        if (match != null && !match.inScope()) {
            problems.add(IdentityImportError.STAFF_OUTSIDE_SCOPE);
            return null;
        }
        if (match != null && match.snils() != null && e.snils() != null && !match.snils().equals(e.snils())) {
            problems.add(IdentityImportError.STAFF_NUMBER_OTHER_SNILS, e.personnelNumber());
            return null;
        }
        if (e.email() != null) {
            Long owner = known.stream().filter(k -> e.email().equalsIgnoreCase(k.email())).map(Known::id).findFirst()
                    .orElse(null);
            if (owner != null && (match == null || owner != match.id())) {
                problems.add(IdentityImportError.STAFF_EMAIL_TAKEN, e.email());
                return null;
            }
        }
        if (match == null) {
            return new Action(Kind.CREATE, e, null, List.of(), null);
        }
        List<Difference> changes = changes(e, match);
        StaffChange note = match.municipalityId() != municipalityId ? StaffChange.TRANSFER : null;
        return new Action(changes.isEmpty() && note == null ? Kind.UNCHANGED : Kind.UPDATE, e, match, changes, note);
    }

    /** What an update changes, field by field (the position: «Специалист» → «Главный специалист»). */
    static List<Difference> changes(Entry e, Known k) {
        List<Difference> c = new ArrayList<>();
        diff(c, StaffField.FULL_NAME, Objects.toString(fullName(k), ""), e.fullName());
        if (e.snils() != null) {
            diff(c, StaffField.SNILS, k.snils() == null ? "" : Snils.format(k.snils()), Snils.format(e.snils()));
        }
        if (e.personnelNumber() != null) {
            diff(c, StaffField.PERSONNEL_NUMBER, k.personnelNumber(), e.personnelNumber());
        }
        if (e.birthDate() != null) {
            diff(c, StaffField.BIRTH_DATE, Objects.toString(k.birthDate(), ""), e.birthDate().toString());
        }
        if (e.sex() != null && e.sex() != k.sex()) {
            c.add(new Difference(StaffField.SEX, k.sex() == null ? "" : k.sex().registryLabel(),
                    e.sex().registryLabel()));
        }
        if (e.position() != null && !Objects.equals(k.positionId(), e.position().id())) {
            c.add(new Difference(StaffField.POSITION, Objects.toString(k.positionName(), ""), e.position().name()));
        }
        if (e.department() != null) {
            diff(c, StaffField.DEPARTMENT, k.department(), e.department());
        }
        if (e.email() != null) {
            diff(c, StaffField.EMAIL, k.email(), e.email());
        }
        if (e.phone() != null) {
            diff(c, StaffField.PHONE, k.phone(), e.phone());
        }
        return List.copyOf(c);
    }

    private static String fullName(Known k) {
        return String.join(" ", k.lastName(), k.firstName(), k.middleName() == null ? "" : k.middleName()).strip();
    }

    private static void diff(List<Difference> c, StaffField field, String was, String now) {
        if (!Objects.equals(was == null ? "" : was, now == null ? "" : now)) {
            c.add(new Difference(field, was, now));
        }
    }

    private static String value(Table.Row row, Map<StaffField, String> mapping, StaffField field) {
        String column = mapping.get(field);
        if (column == null) {
            return null;
        }
        String v = row.get(column);
        return v.isEmpty() ? null : v;
    }

    private static void limit(String value, int max, StaffField field, Problems problems) {
        if (value != null && value.length() > max) {
            problems.add(IdentityImportError.STAFF_TOO_LONG, field, value.length(), max);
        }
    }

    /**
     * The sex a cell names: М/Ж as HR systems write it (1С: «Мужской»/«Женский»; also «муж.», «жен.», and the English
     * words), case and a trailing dot ignored; empty for anything else.
     */
    static Optional<Sex> sex(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        return switch (t) {
            case "м", "муж", "мужской", "m", "male" -> Optional.of(Sex.MALE);
            case "ж", "жен", "женский", "f", "female" -> Optional.of(Sex.FEMALE);
            default -> Optional.empty();
        };
    }

    static LocalDate date(String text) {
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10); // a date-time cell read as text
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

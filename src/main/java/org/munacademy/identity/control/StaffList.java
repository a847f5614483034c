package org.munacademy.identity.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.munacademy.identity.entity.StaffField;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.ImportPreview;
import org.munacademy.shared.entity.ImportPreview.Kind;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;

/**
 * A staff list (the spreadsheet an HR system exports: 1С:ЗКГУ's «ФИО; Табельный номер; СНИЛС; Дата рождения;
 * Должность; Подразделение; E-mail») read against the people already known: which column holds what (guessed from
 * the header, confirmed by the user), every row checked (a name, a СНИЛС with a valid checksum or a personnel number,
 * a real date, a known position, lengths within {@link FieldLimits}), and each row matched — by СНИЛС first, then by
 * personnel number within the target municipality — to a person to update, or none (a person to create). A person
 * outside the importer's scope is an error for that row and is never touched. Pure logic: the boundary loads the
 * candidates and stores the plan, all or nothing.
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
                errors.add(new ImportError("mapping " + field, "В файле нет столбца «" + column + "» / the file has no "
                        + "column '" + column + "'"));
            }
        });
        boolean name = mapping.get(StaffField.FULL_NAME) != null
                || mapping.get(StaffField.LAST_NAME) != null && mapping.get(StaffField.FIRST_NAME) != null;
        if (!name) {
            errors.add(new ImportError("mapping", "Укажите столбец ФИО (или фамилии и имени) / map the full name "
                    + "column (or last and first name)"));
        }
        if (mapping.get(StaffField.SNILS) == null && mapping.get(StaffField.PERSONNEL_NUMBER) == null) {
            errors.add(new ImportError("mapping", "Укажите столбец СНИЛС или табельного номера, по которому искать "
                    + "сотрудников / map the SNILS or the personnel number column to match people by"));
        }
        return errors;
    }

    static String key(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}\\p{N}]", "");
    }

    // ---- rows

    /** A position of the catalogue, matched by name. */
    public record PositionRef(long id, String name) {
    }

    /** One row of the list as read. */
    public record Entry(int line, String lastName, String firstName, String middleName, String snils,
            String personnelNumber, LocalDate birthDate, PositionRef position, String department, String email,
            String phone) {

        public String fullName() {
            return String.join(" ", lastName, firstName, middleName == null ? "" : middleName).strip();
        }
    }

    /** A person already known who may be the one a row names (the boundary loads them). */
    public record Known(long id, long municipalityId, boolean inScope, String lastName, String firstName,
            String middleName, String snils, String personnelNumber, LocalDate birthDate, Long positionId,
            String positionName, String department, String email, String phone) {
    }

    /** What to do with one row: create a person, update a known one (what changes), or nothing. */
    public record Action(Kind kind, Entry entry, Known known, List<String> changes) {
    }

    /** The plan for the whole list, or every error in it. */
    public record Plan(List<Action> actions, List<ImportError> errors) {

        public ImportPreview preview() {
            return new ImportPreview(actions.stream().map(a -> new ImportPreview.Change(a.kind(),
                    "row " + a.entry().line(), a.entry().fullName(), String.join("; ", a.changes()))).toList());
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
            List<String> problems = new ArrayList<>();
            Entry entry = entry(row, mapping, positions, today, problems);
            // repeated identifiers are found from the raw values, so that a faulty row still counts as their first use
            duplicate(Snils.digits(value(row, mapping, StaffField.SNILS)).orElse(null), "СНИЛС / SNILS", snilsSeen,
                    row.line(), problems);
            duplicate(value(row, mapping, StaffField.PERSONNEL_NUMBER), "табельный номер / personnel number",
                    numberSeen, row.line(), problems);
            duplicate(value(row, mapping, StaffField.EMAIL), "e-mail", emailSeen, row.line(), problems);
            Action action = problems.isEmpty() ? match(entry, known, municipalityId, problems) : null;
            if (problems.isEmpty()) {
                actions.add(action);
            } else {
                problems.forEach(p -> errors.add(new ImportError("row " + row.line(), p)));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new ImportError("file", "В списке нет ни одной строки с данными / the list has no data rows"));
        }
        return new Plan(actions, errors);
    }

    private static void duplicate(String value, String what, Map<String, Integer> seen, int line,
            List<String> problems) {
        if (value == null) {
            return;
        }
        Integer first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            problems.add("Тот же " + what + ", что в строке " + first + " / the same " + what.replaceAll(".*/ ", "")
                    + " as row " + first);
        }
    }

    static Entry entry(Table.Row row, Map<StaffField, String> mapping, Map<String, PositionRef> positions,
            LocalDate today, List<String> problems) {
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
            problems.add("Нет фамилии и имени / the last and first name are missing");
        }
        limit(last, FieldLimits.PERSON_NAME, "фамилия / last name", problems);
        limit(first, FieldLimits.PERSON_NAME, "имя / first name", problems);
        limit(middle, FieldLimits.PERSON_NAME, "отчество / middle name", problems);

        String snils = null;
        String snilsText = value(row, mapping, StaffField.SNILS);
        if (snilsText != null) {
            Optional<String> digits = Snils.digits(snilsText);
            if (digits.isEmpty()) {
                problems.add("СНИЛС «" + cut(snilsText) + "» — не 11 цифр / the SNILS is not 11 digits");
            } else if (!Snils.valid(digits.get())) {
                problems.add("СНИЛС " + Snils.format(digits.get()) + " — неверная контрольная сумма / the SNILS "
                        + "checksum is wrong");
            } else {
                snils = digits.get();
            }
        }
        String number = value(row, mapping, StaffField.PERSONNEL_NUMBER);
        limit(number, FieldLimits.PERSONNEL_NUMBER, "табельный номер / personnel number", problems);
        if (snilsText == null && number == null) {
            problems.add("Нет ни СНИЛС, ни табельного номера / neither a SNILS nor a personnel number");
        }

        LocalDate birth = null;
        String birthText = value(row, mapping, StaffField.BIRTH_DATE);
        if (birthText != null) {
            birth = date(birthText);
            if (birth == null) {
                problems.add("Дата рождения «" + cut(birthText) + "» не читается (ДД.ММ.ГГГГ) / the birth date is not "
                        + "a date (DD.MM.YYYY)");
            } else if (birth.isAfter(today) || birth.getYear() < 1900) {
                problems.add("Дата рождения " + birth + " невозможна / the birth date " + birth + " is impossible");
                birth = null;
            }
        }

        PositionRef position = null;
        String positionText = value(row, mapping, StaffField.POSITION);
        if (positionText != null) {
            position = positions.get(positionText.strip().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            if (position == null) {
                problems.add("Должности «" + cut(positionText) + "» нет в справочнике должностей / the position is "
                        + "not in the position catalogue");
            }
        }
        String department = value(row, mapping, StaffField.DEPARTMENT);
        limit(department, FieldLimits.DEPARTMENT, "подразделение / department", problems);

        String email = value(row, mapping, StaffField.EMAIL);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                problems.add("E-mail «" + cut(email) + "» записан неверно / the e-mail address is malformed");
            }
            limit(email, FieldLimits.EMAIL, "e-mail", problems);
        }
        String phone = value(row, mapping, StaffField.PHONE);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("Телефон «" + cut(phone) + "» записан неверно / the phone number is malformed");
        }
        limit(phone, FieldLimits.PHONE, "телефон / phone", problems);
        return problems.isEmpty() ? new Entry(row.line(), last, first, middle, snils, number, birth, position,
                department, email, phone) : null;
    }

    /** The person a row names, if known: by СНИЛС anywhere, else by personnel number in the municipality. */
    static Action match(Entry e, List<Known> known, long municipalityId, List<String> problems) {
        Known bySnils = e.snils() == null ? null
                : known.stream().filter(k -> e.snils().equals(k.snils())).findFirst().orElse(null);
        Known byNumber = e.personnelNumber() == null ? null : known.stream()
                .filter(k -> k.municipalityId() == municipalityId && e.personnelNumber().equals(k.personnelNumber()))
                .findFirst().orElse(null);
        Known match = bySnils != null ? bySnils : byNumber;
        if (bySnils != null && byNumber != null && bySnils.id() != byNumber.id()) {
            problems.add("Табельный номер " + e.personnelNumber() + " уже у другого сотрудника (не с этим СНИЛС) / the "
                    + "personnel number belongs to another person than the SNILS");
            return null;
        }
        if (match != null && !match.inScope()) {
            problems.add("Сотрудник с этим СНИЛС вне вашей области доступа и не будет изменён / the person with this "
                    + "SNILS is outside your scope and is not changed");
            return null;
        }
        if (match != null && match.snils() != null && e.snils() != null && !match.snils().equals(e.snils())) {
            problems.add("Табельный номер " + e.personnelNumber() + " принадлежит сотруднику с другим СНИЛС / the "
                    + "personnel number belongs to a person with another SNILS");
            return null;
        }
        if (e.email() != null) {
            Long owner = known.stream().filter(k -> e.email().equalsIgnoreCase(k.email())).map(Known::id).findFirst()
                    .orElse(null);
            if (owner != null && (match == null || owner != match.id())) {
                problems.add("E-mail " + e.email() + " уже указан у другого человека / the e-mail is used by another "
                        + "person");
                return null;
            }
        }
        if (match == null) {
            return new Action(Kind.CREATE, e, null, List.of());
        }
        List<String> changes = changes(e, match, municipalityId);
        return new Action(changes.isEmpty() ? Kind.UNCHANGED : Kind.UPDATE, e, match, changes);
    }

    /** What an update changes, field by field ("Должность: Специалист → Главный специалист"). */
    static List<String> changes(Entry e, Known k, long municipalityId) {
        Map<String, String[]> c = new LinkedHashMap<>();
        diff(c, "ФИО", Objects.toString(fullName(k), ""), e.fullName());
        if (e.snils() != null) {
            diff(c, "СНИЛС", k.snils() == null ? "" : Snils.format(k.snils()), Snils.format(e.snils()));
        }
        if (e.personnelNumber() != null) {
            diff(c, "Табельный номер", k.personnelNumber(), e.personnelNumber());
        }
        if (e.birthDate() != null) {
            diff(c, "Дата рождения", Objects.toString(k.birthDate(), ""), e.birthDate().toString());
        }
        if (e.position() != null && !Objects.equals(k.positionId(), e.position().id())) {
            c.put("Должность", new String[] {Objects.toString(k.positionName(), ""), e.position().name()});
        }
        if (e.department() != null) {
            diff(c, "Подразделение", k.department(), e.department());
        }
        if (e.email() != null) {
            diff(c, "E-mail", k.email(), e.email());
        }
        if (e.phone() != null) {
            diff(c, "Телефон", k.phone(), e.phone());
        }
        if (k.municipalityId() != municipalityId) {
            c.put("Муниципалитет", new String[] {"", "перевод / transfer"});
        }
        List<String> out = new ArrayList<>();
        c.forEach((field, v) -> out.add(field + ": " + (v[0] == null || v[0].isEmpty() ? "—" : v[0]) + " → " + v[1]));
        return out;
    }

    private static String fullName(Known k) {
        return String.join(" ", k.lastName(), k.firstName(), k.middleName() == null ? "" : k.middleName()).strip();
    }

    private static void diff(Map<String, String[]> c, String field, String was, String now) {
        if (!Objects.equals(was == null ? "" : was, now == null ? "" : now)) {
            c.put(field, new String[] {was, now});
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

    private static void limit(String value, int max, String what, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add("Поле «" + what + "» длиннее " + max + " символов (" + value.length() + ") / the field is "
                    + "longer than " + max + " characters");
        }
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

package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.munacademy.reserve.entity.DecisionKind;
import org.munacademy.reserve.entity.ExclusionGround;
import org.munacademy.reserve.entity.InclusionBasis;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;

/**
 * The demo history of the personnel reserve ({@code content/reserve/history-protocols.csv}, {@code history.csv},
 * {@code appointments.csv}; written by {@code generate_history.py}): commission meetings per reserve, and entries that
 * were nominated, included or not, extended, given a plan, offered a position and refused it, and that ended excluded
 * (with a ground), expired or appointed — or are in the reserve today, or wait for the commission; and appointments
 * made without the reserve, so that the share filled from the reserve is honest.
 * <p>
 * Every reference is checked against the other content files before anything is stored, and an unknown one stops the
 * start-up naming the file, the line and the reference: the reserve ({@code reserve/reserves.csv}), the person
 * ({@code identity/persons.csv}), the position group and position ({@code organisation/}), the protocols (of the same
 * reserve, held after the nomination; the closing one after the inclusion), the municipality of an appointment; and
 * the story must be one the entry's life cycle allows (a ground for an exclusion, a date and an order for an
 * appointment, nothing after a refused nomination). The demo employee PER-0001 is seeded in her city's reserve only
 * ({@link #DEMO_EMPLOYEE_RESERVE}): the browser journey nominates her into the regional one.
 */
public final class HistorySeed {

    public static final String FOLDER = "reserve/";
    static final String PROTOCOLS = FOLDER + "history-protocols.csv";
    static final String HISTORY = FOLDER + "history.csv";
    static final String APPOINTMENTS = FOLDER + "appointments.csv";

    /** The demo employee the browser journey nominates (into the regional reserve). */
    public static final String DEMO_EMPLOYEE = "PER-0001";

    /** The only reserve the demo employee is seeded in: her city's (one open entry per person and reserve). */
    public static final String DEMO_EMPLOYEE_RESERVE = "MUN-19701000";

    private HistorySeed() {
    }

    /** A commission meeting of a reserve. */
    public record SeedProtocol(int line, String reserveCode, String number, LocalDate heldOn, List<String> present) {
    }

    /** How a seeded entry ended, if it did. */
    public enum Outcome {
        OPEN, EXPIRED, EXCLUDED, APPOINTED
    }

    /** One entry's story, in the order it happened. */
    public record SeedEntry(int line, String reserveCode, String personCode, String targetGroup,
            String targetPosition, InclusionBasis basis, String basisDocument, LocalDate nominatedOn,
            String nominatedBy, SeedProtocol decidedAt, DecisionKind decision, SeedProtocol extendedAt,
            LocalDate planOn, LocalDate offerRefusedOn, Outcome outcome, SeedProtocol closedAt,
            ExclusionGround ground, String closingComment, LocalDate closedOn, String orderNumber,
            String appointedPosition) {

        /** Still waiting for the commission. */
        public boolean pending() {
            return decision == null;
        }
    }

    /** An appointment made without the reserve. */
    public record SeedAppointment(int line, String personCode, String fromPosition, String toPosition,
            String municipalityOktmo, LocalDate appointedOn, String orderNumber) {
    }

    /** The whole history, checked. */
    public record History(List<SeedProtocol> protocols, List<SeedEntry> entries, List<SeedAppointment> appointments) {
    }

    /** Reads and checks the three files ({@code content} maps a path to its rows, e.g. ContentCalendar.csv). */
    public static History load(Function<String, Optional<List<Table.Row>>> content) {
        Set<String> reserves = codes(content, FOLDER + "reserves.csv", "code");
        Set<String> persons = codes(content, "identity/persons.csv", "code");
        Set<String> groups = codes(content, "organisation/position-groups.csv", "code");
        Set<String> municipalities = codes(content, "organisation/municipalities.csv", "oktmo");
        Map<String, String> positions = new HashMap<>();
        content.apply("organisation/positions.csv").orElse(List.of())
                .forEach(r -> positions.put(r.get("code"), r.get("position_group_code")));

        Map<String, SeedProtocol> protocols = new LinkedHashMap<>();
        for (Table.Row r : content.apply(PROTOCOLS).orElse(List.of())) {
            String reserve = known(r, PROTOCOLS, "reserve_code", reserves);
            SeedProtocol p = new SeedProtocol(r.line(), reserve, required(r, PROTOCOLS, "number"),
                    date(r, PROTOCOLS, "held_on"), List.of(required(r, PROTOCOLS, "members_present").split(";")));
            if (protocols.put(reserve + "|" + p.number(), p) != null) {
                throw new ContentException(PROTOCOLS, r.line(), "protocol " + p.number() + " twice in " + reserve);
            }
        }
        List<SeedEntry> entries = new ArrayList<>();
        Set<String> open = new HashSet<>();
        for (Table.Row r : content.apply(HISTORY).orElse(List.of())) {
            entries.add(entry(r, reserves, persons, groups, positions, protocols, open));
        }
        List<SeedAppointment> appointments = new ArrayList<>();
        for (Table.Row r : content.apply(APPOINTMENTS).orElse(List.of())) {
            String person = known(r, APPOINTMENTS, "person_code", persons);
            String from = r.isBlank("from_position") ? null : known(r, APPOINTMENTS, "from_position",
                    positions.keySet());
            appointments.add(new SeedAppointment(r.line(), person, from, known(r, APPOINTMENTS, "to_position",
                    positions.keySet()), known(r, APPOINTMENTS, "municipality_oktmo", municipalities),
                    date(r, APPOINTMENTS, "appointed_on"), required(r, APPOINTMENTS, "order_number")));
        }
        return new History(List.copyOf(protocols.values()), entries, appointments);
    }

    private static SeedEntry entry(Table.Row r, Set<String> reserves, Set<String> persons, Set<String> groups,
            Map<String, String> positions, Map<String, SeedProtocol> protocols, Set<String> open) {
        String f = HISTORY;
        String reserve = known(r, f, "reserve_code", reserves);
        String person = known(r, f, "person_code", persons);
        if (person.equals(DEMO_EMPLOYEE) && !reserve.equals(DEMO_EMPLOYEE_RESERVE)) {
            throw new ContentException(f, r.line(), DEMO_EMPLOYEE + " is seeded in " + DEMO_EMPLOYEE_RESERVE
                    + " only: the browser journey nominates her elsewhere");
        }
        String group = known(r, f, "target_group", groups);
        String position = r.isBlank("target_position") ? null : known(r, f, "target_position", positions.keySet());
        if (position != null && !group.equals(positions.get(position))) {
            throw new ContentException(f, r.line(), "position " + position + " is not in the group " + group);
        }
        InclusionBasis basis = value(r, f, "basis", InclusionBasis.class);
        LocalDate nominated = date(r, f, "nominated_on");
        SeedProtocol decided = r.isBlank("protocol") ? null : protocol(r, f, "protocol", reserve, protocols);
        DecisionKind decision = r.isBlank("decision") ? null : value(r, f, "decision", DecisionKind.class);
        if ((decided == null) != (decision == null) || decision == DecisionKind.EXTEND
                || decision == DecisionKind.EXCLUDE) {
            throw new ContentException(f, r.line(), "a decided entry names its protocol and INCLUDE or NOT_INCLUDE");
        }
        if (decided != null && !decided.heldOn().isAfter(nominated)) {
            throw new ContentException(f, r.line(), "protocol " + decided.number() + " is not after the nomination");
        }
        Outcome outcome = r.isBlank("outcome") ? Outcome.OPEN : value(r, f, "outcome", Outcome.class);
        SeedProtocol extended = r.isBlank("extension_protocol") ? null
                : protocol(r, f, "extension_protocol", reserve, protocols);
        LocalDate plan = r.isBlank("plan_on") ? null : date(r, f, "plan_on");
        LocalDate refused = r.isBlank("offer_refused_on") ? null : date(r, f, "offer_refused_on");
        SeedProtocol closing = r.isBlank("closing_protocol") ? null
                : protocol(r, f, "closing_protocol", reserve, protocols);
        ExclusionGround ground = r.isBlank("exclusion_ground") ? null
                : value(r, f, "exclusion_ground", ExclusionGround.class);
        LocalDate closedOn = r.isBlank("closed_on") ? null : date(r, f, "closed_on");
        boolean included = decision == DecisionKind.INCLUDE;
        if (!included && (outcome != Outcome.OPEN || extended != null || plan != null || refused != null)) {
            throw new ContentException(f, r.line(), "only an included entry is extended, planned, offered or closed");
        }
        LocalDate from = included ? decided.heldOn() : nominated;
        for (LocalDate d : new LocalDate[] {plan, refused, closedOn, extended == null ? null : extended.heldOn(),
            closing == null ? null : closing.heldOn()}) {
            if (d != null && d.isBefore(from)) {
                throw new ContentException(f, r.line(), d + " is before the inclusion on " + from);
            }
        }
        switch (outcome) {
            case EXCLUDED -> {
                if (closing == null || ground == null) {
                    throw new ContentException(f, r.line(), "an exclusion names its protocol and its ground");
                }
            }
            case APPOINTED -> {
                if (closedOn == null || r.isBlank("order_number") || r.isBlank("appointed_position")) {
                    throw new ContentException(f, r.line(), "an appointment names its day, order and position");
                }
                known(r, f, "appointed_position", positions.keySet());
            }
            default -> {
                // OPEN and EXPIRED need nothing more (the expiry's day follows from the term)
            }
        }
        String key = reserve + "|" + person;
        if (open.contains(key)) {
            throw new ContentException(f, r.line(), person + " has an open entry in " + reserve + " already");
        }
        if (outcome == Outcome.OPEN && decision != DecisionKind.NOT_INCLUDE) {
            open.add(key);
        }
        return new SeedEntry(r.line(), reserve, person, group, position, basis, blank(r.get("basis_document")),
                nominated, required(r, f, "nominated_by"), decided, decision, extended, plan, refused, outcome,
                closing, ground, blank(r.get("closing_comment")), closedOn, blank(r.get("order_number")),
                blank(r.get("appointed_position")));
    }

    private static Set<String> codes(Function<String, Optional<List<Table.Row>>> content, String file,
            String column) {
        Set<String> out = new HashSet<>();
        content.apply(file).orElse(List.of()).forEach(r -> out.add(r.get(column)));
        return out;
    }

    private static SeedProtocol protocol(Table.Row r, String file, String column, String reserve,
            Map<String, SeedProtocol> protocols) {
        SeedProtocol p = protocols.get(reserve + "|" + r.get(column));
        if (p == null) {
            throw new ContentException(file, r.line(), "no protocol " + r.get(column) + " of " + reserve + " in "
                    + PROTOCOLS);
        }
        return p;
    }

    private static String known(Table.Row r, String file, String column, Set<String> known) {
        String v = required(r, file, column);
        if (!known.contains(v)) {
            throw new ContentException(file, r.line(), "unknown " + column + " " + v);
        }
        return v;
    }

    private static String required(Table.Row r, String file, String column) {
        if (r.isBlank(column)) {
            throw new ContentException(file, r.line(), column + " is required");
        }
        return r.get(column).strip();
    }

    private static LocalDate date(Table.Row r, String file, String column) {
        try {
            return LocalDate.parse(required(r, file, column));
        } catch (DateTimeParseException e) {
            throw new ContentException(file, r.line(), column + " is not a date: " + r.get(column));
        }
    }

    private static <E extends Enum<E>> E value(Table.Row r, String file, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, required(r, file, column));
        } catch (IllegalArgumentException e) {
            throw new ContentException(file, r.line(), "unknown " + column + " " + r.get(column));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

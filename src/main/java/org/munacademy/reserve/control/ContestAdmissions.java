package org.munacademy.reserve.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.munacademy.reserve.entity.ContestAdmission;
import org.munacademy.reserve.entity.ReserveError;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.shared.entity.FieldLimits;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * The rules of a contest admission (ADR 14), pure: what is a complete admission, which reserve takes it, which
 * target group it gets by default, and the texts its entry and notice carry.
 * <ul>
 * <li>The deputies' nomination goes into the deputies' pool ({@code NAT-DEPUTIES}) whatever the stage's level; a
 * federal stage ({@code NATIONAL}) into {@code NAT-LEADER}; a regional stage into the regional reserve of its region
 * (looked up by the boundary). A municipal level is refused: the contest has no municipal stage.</li>
 * <li>The target group, when the contest names none: {@code DEPUTY} in the deputies' pool, {@code HIGHEST} (the
 * highest positions of municipal service, a leader's reserve) elsewhere.</li>
 * <li>The protocol is not dated in the future; texts fit their columns.</li>
 * </ul>
 */
public final class ContestAdmissions {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private ContestAdmissions() {
    }

    /** What the entry and the notice say about the admission. */
    public record Texts(String basisDocument, String note, String includedDetail, String noticeDetail) {
    }

    /** Checks the admission: 400 CONTEST_ADMISSION_INVALID naming the first field at fault. */
    public static ContestAdmission check(ContestAdmission a, LocalDate today) {
        if (a == null) {
            throw invalid("admission", "missing");
        }
        if (a.outcome() == null) {
            throw invalid("outcome", "required");
        }
        if (a.level() == null || a.level() == ReserveLevel.MUNICIPAL) {
            throw invalid("level", "REGIONAL or NATIONAL: " + a.level());
        }
        if (!a.deputies() && a.level() == ReserveLevel.REGIONAL && a.regionId() == null) {
            throw invalid("regionId", "required for a regional stage");
        }
        if (blank(a.contestReference()) || a.contestReference().strip().length() > ContestAdmission.REFERENCE_MAX) {
            throw invalid("contestReference", "1 to " + ContestAdmission.REFERENCE_MAX + " characters");
        }
        if (blank(a.protocolNumber()) || a.protocolNumber().strip().length() > FieldLimits.RESERVE_DOCUMENT_NUMBER) {
            throw invalid("protocolNumber", "1 to " + FieldLimits.RESERVE_DOCUMENT_NUMBER + " characters");
        }
        if (a.protocolDate() == null) {
            throw invalid("protocolDate", "required");
        }
        if (a.protocolDate().isAfter(today)) {
            throw invalid("protocolDate", "in the future: " + a.protocolDate());
        }
        if (a.mentorPersonId() != null && a.mentorPersonId() == a.personId()) {
            throw invalid("mentorPersonId", "the person admitted cannot be their own mentor");
        }
        return a;
    }

    /** The code of the reserve that takes the admission; empty: the regional reserve of its region. */
    public static Optional<String> reserveCode(ContestAdmission a) {
        if (a.deputies()) {
            return Optional.of(ContestAdmission.DEPUTIES_RESERVE);
        }
        return a.level() == ReserveLevel.NATIONAL ? Optional.of(ContestAdmission.NATIONAL_RESERVE) : Optional.empty();
    }

    /** The target group's code: the one named, or the default of the reserve taking it. */
    public static String groupCode(ContestAdmission a) {
        if (!blank(a.targetGroupCode())) {
            return a.targetGroupCode().strip();
        }
        return a.deputies() ? ContestAdmission.DEPUTIES_GROUP : ContestAdmission.DEFAULT_GROUP;
    }

    /** The entry's basis document and note, its INCLUDED line, and the notice's detail (with the mentor's name). */
    public static Texts texts(ContestAdmission a, String mentorName) {
        String protocol = "протокол итогов конкурса № " + a.protocolNumber().strip() + " от "
                + DATE.format(a.protocolDate());
        String reference = a.contestReference().strip();
        String outcome = a.outcome().titleRu();
        String capital = outcome.substring(0, 1).toUpperCase(RU) + outcome.substring(1);
        return new Texts("Конкурс «Муниципальный лидер»: " + protocol + "; " + reference,
                capital + ": " + reference,
                "Основание: конкурс «Муниципальный лидер» (" + outcome + ", " + reference + "); " + protocol
                        + " — без голосования комиссии резерва",
                capital + " (" + reference + "), " + protocol + "."
                        + (mentorName == null ? "" : " Наставник: " + mentorName + "."));
    }

    private static InvalidInputException invalid(String field, String detail) {
        return new InvalidInputException(field, ReserveError.CONTEST_ADMISSION_INVALID, field, detail);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package org.munacademy.contest.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.munacademy.contest.entity.ApplicantFacts;
import org.munacademy.contest.entity.ConflictFinding;
import org.munacademy.contest.entity.ConflictKind;
import org.munacademy.contest.entity.JurorFacts;
import org.munacademy.contest.entity.MemberFacts;

/**
 * Finds the automatic conflicts of interest between jurors and applications from the organisation data. A pair is in
 * conflict when, for any member of the application (the applicant, or any member of a team):
 * <ul>
 * <li>{@link ConflictKind#SAME_MUNICIPALITY}: the juror works in the member's municipality;</li>
 * <li>{@link ConflictKind#SUPERIOR}: in the same municipality and the same department, the juror's position group
 * ranks higher than the member's — <b>rank 1 is the highest group</b>, so a smaller rank number is higher;</li>
 * <li>{@link ConflictKind#SUBORDINATE}: likewise, the juror's group ranks lower (a larger number);</li>
 * <li>{@link ConflictKind#SAME_TEAM}: the juror's person is a member of the application (for a personal application,
 * the juror is the applicant).</li>
 * </ul>
 * Equal ranks are colleagues, not superior or subordinate (they are still in the same municipality). An unknown fact
 * ({@code null}, or a blank department) never makes a conflict; departments are compared ignoring case and the
 * surrounding spaces. Regions play no part here: which jury serves which region is the boundary's choice.
 * <p>
 * One finding per juror, application and kind; a superior is also in the same municipality, so that pair has two
 * findings. Ordered as the jurors, then the applications are given, then by kind.
 */
public final class ConflictRules {

    private static final ConflictKind[] KINDS = ConflictKind.values();

    private ConflictRules() {
    }

    /** Every automatic conflict between the jurors and the applications. */
    public static List<ConflictFinding> find(List<JurorFacts> jurors, List<ApplicantFacts> applications) {
        List<ConflictFinding> findings = new ArrayList<>();
        for (JurorFacts juror : jurors) {
            for (ApplicantFacts application : applications) {
                int mask = mask(juror, application);
                for (ConflictKind kind : KINDS) {
                    if ((mask & 1 << kind.ordinal()) != 0) {
                        findings.add(new ConflictFinding(juror.jurorId(), application.applicationId(), kind));
                    }
                }
            }
        }
        return findings;
    }

    /** The automatic conflict kinds between one juror and one application, in the order of the enum. */
    public static Set<ConflictKind> kinds(JurorFacts juror, ApplicantFacts application) {
        Set<ConflictKind> kinds = EnumSet.noneOf(ConflictKind.class);
        int mask = mask(juror, application);
        for (ConflictKind kind : KINDS) {
            if ((mask & 1 << kind.ordinal()) != 0) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** The kinds found as bits by ordinal: no allocation for the many pairs without a conflict. */
    private static int mask(JurorFacts juror, ApplicantFacts application) {
        int kinds = 0;
        for (MemberFacts member : application.members()) {
            if (member.personId() == juror.personId()) {
                kinds |= 1 << ConflictKind.SAME_TEAM.ordinal();
            }
            if (juror.municipalityId() == null || !Objects.equals(juror.municipalityId(), member.municipalityId())) {
                continue;
            }
            kinds |= 1 << ConflictKind.SAME_MUNICIPALITY.ordinal();
            String jurorDepartment = department(juror.department());
            if (jurorDepartment == null || !jurorDepartment.equals(department(member.department()))
                    || juror.positionRank() == null || member.positionRank() == null) {
                continue;
            }
            int jurorRank = juror.positionRank();
            int memberRank = member.positionRank();
            if (jurorRank < memberRank) {
                kinds |= 1 << ConflictKind.SUPERIOR.ordinal();
            } else if (jurorRank > memberRank) {
                kinds |= 1 << ConflictKind.SUBORDINATE.ordinal();
            }
        }
        return kinds;
    }

    private static String department(String department) {
        if (department == null || department.isBlank()) {
            return null;
        }
        return department.strip().toLowerCase(Locale.ROOT);
    }
}

package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.contest.control.DiplomaPdf;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.Diploma;
import org.munacademy.contest.entity.Stage;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Contest diplomas as PDF: the holder (the applicant or a member of the team) downloads their own; the contest
 * administrator and the administrator any (audited). Everyone else gets 404 DIPLOMA_NOT_FOUND, as for a number that
 * does not exist, so numbers cannot be probed. The page carries a QR code of the public check
 * {@code /contest/diploma/<number>?code=<code>}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DiplomaFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    ContestPeople people;

    @Inject
    @ConfigProperty(name = "academy.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The diploma's PDF (404 DIPLOMA_NOT_FOUND unless the caller holds it or administers the contest). */
    public byte[] pdf(String number) {
        Caller caller = currentUser.require();
        Diploma d = em.createQuery("select d from Diploma d where d.number = :n", Diploma.class)
                .setParameter("n", number == null ? "" : number.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(ContestError.DIPLOMA_NOT_FOUND, number));
        Application a = em.find(Application.class, d.getApplicationId());
        boolean own = caller.personId() != null && (a.getPersonId() == caller.personId()
                || !em.createQuery("select m.id from Member m where m.application = :a and m.personId = :p",
                Long.class).setParameter("a", a).setParameter("p", caller.personId()).getResultList().isEmpty());
        if (!own) {
            if (!caller.hasAnyRole(Role.CONTEST_ADMIN, Role.ADMIN)) {
                audit.record(AuditAction.DATA_EXPORTED, Outcome.DENIED, "contest-diploma", d.getNumber(),
                        "diploma PDF");
                throw new NotFoundException(ContestError.DIPLOMA_NOT_FOUND, number);
            }
            audit.record(AuditAction.DATA_EXPORTED, Outcome.SUCCESS, "contest-diploma", d.getNumber(),
                    "diploma PDF of application " + a.getNumber());
        }
        Stage s = em.find(Stage.class, d.getStageId());
        String name = people.names(List.of(a.getPersonId())).get(a.getPersonId());
        String holder = a.getTeamName() != null ? a.getTeamName() + " (" + name + ")" : name;
        return DiplomaPdf.render(new DiplomaPdf.Content(d.getNumber(), holder,
                a.getNomination().getSeason().getTitle(), a.getNomination().getTitle(), s.getTitle(), d.getOutcome(),
                d.getIssuedOn(), verificationUrl(d.getNumber(), d.getCode())));
    }

    /** The public check address of a diploma: {@code <public url>/contest/diploma/<number>?code=<code>}. */
    public String verificationUrl(String number, String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/contest/diploma/" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "?code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}

package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.munacademy.competency.boundary.CompetencySettings;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeData;
import org.munacademy.learning.entity.ProgrammeDetail;
import org.munacademy.learning.entity.Provider;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Programmes: their page (everybody signed in, drafts for editors only), and their terms and life cycle for
 * methodologists and administrators — create, correct, publish, archive. Every change names the version the editor
 * read; a change from an older version is refused (409) instead of overwriting another's work. The course outline is
 * {@link CourseFacade}'s.
 */
@ApplicationScoped
@Transactional
public class ProgrammeFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputValidator validator;

    @Inject
    CompetencySettings competencySettings;

    @Inject
    Programmes programmes;

    /**
     * The page of a programme a person decides from: provider, kind, hours, form, document, the competencies with
     * target levels (and the reader's current levels), prerequisites (and whether the reader meets them), the outline
     * and the description.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeDetail detail(String code) {
        return programmes.detail(programmes.visible(code));
    }

    /** Creates a draft programme (methodologists, administrators). */
    public ProgrammeDetail create(ProgrammeData data) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(data);
        String code = data.getCode().strip();
        if (!em.createQuery("select p.id from Programme p where lower(p.code) = lower(:c)", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("code", LearningError.PROGRAMME_CODE_TAKEN, code);
        }
        Provider provider = programmes.check(data, code);
        Programme p = new Programme(code, competencySettings.standardCode(), caller.username(), clock.instant());
        p.apply(data, provider, clock.instant());
        em.persist(p);
        em.flush();
        return programmes.detail(p);
    }

    /**
     * Changes a programme's terms and texts; {@code expectedVersion} is the version read. A published programme keeps
     * its kind, hours, provider and competencies; an archived one does not change.
     */
    public ProgrammeDetail update(String code, long expectedVersion, ProgrammeData data) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Programme p = programmes.forChange(code, expectedVersion);
        validator.validate(data);
        if (!p.getCode().equals(data.getCode().strip())) {
            throw new InvalidInputException("code", LearningError.CODE_IMMUTABLE);
        }
        Provider provider = programmes.check(data, p.getCode());
        p.apply(data, provider, clock.instant());
        em.flush();
        return programmes.detail(p);
    }

    /** Publishes a complete draft: it appears in the catalogue. */
    public ProgrammeDetail publish(String code, long expectedVersion) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Programme p = programmes.forChange(code, expectedVersion);
        p.publish(clock.instant());
        em.flush();
        return programmes.detail(p);
    }

    /** Archives a published programme: it leaves the catalogue; its page stays for those who took it. */
    public ProgrammeDetail archive(String code, long expectedVersion) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Programme p = programmes.forChange(code, expectedVersion);
        p.archive(clock.instant());
        em.flush();
        return programmes.detail(p);
    }

    /** The programme's data for the editor's form (methodologists, administrators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeData data(String code) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Programme p = programmes.find(code);
        ProgrammeData d = new ProgrammeData();
        d.setCode(p.getCode());
        d.setTitle(p.getTitle());
        d.setKind(p.getKind());
        d.setFormat(p.getFormat());
        d.setDistanceLearning(p.isDistanceLearning());
        d.setHours(p.getHours());
        d.setProviderCode(p.getProvider().getCode());
        d.setDescription(p.getDescription());
        d.setCompetencies(new java.util.ArrayList<>(p.getCompetencies()));
        d.setPrerequisites(new java.util.ArrayList<>(p.getPrerequisites()));
        d.setVersion(p.getVersion());
        return d;
    }
}

package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import org.munacademy.competency.entity.CompetencyError;
import org.munacademy.competency.entity.ProfileCell;
import org.munacademy.competency.entity.ProfileRequirement;
import org.munacademy.competency.entity.Requirement;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Role;
import org.munacademy.organisation.entity.Position;
import org.munacademy.organisation.entity.PositionGroup;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Required profiles: per standard version, what each position group (and, overriding it, a position) requires
 * of each competency. Everybody reads them; methodologists change them in a draft version only.
 */
@ApplicationScoped
@Transactional
public class ProfileFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    StandardFacade standards;

    /** All requirements of a version: the matrix position groups × competencies, plus position overrides. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProfileCell> profile(long versionId) {
        standards.version(versionId); // readable by the caller?
        return em.createQuery("select r from ProfileRequirement r join fetch r.positionGroup g left join fetch "
                        + "r.position where r.standardVersion.id = :v order by g.sortOrder, r.competencyCode",
                        ProfileRequirement.class)
                .setParameter("v", versionId).getResultStream()
                .map(r -> new ProfileCell(r.getPositionGroup().getCode(),
                        r.getPosition() == null ? null : r.getPosition().getCode(), r.getCompetencyCode(),
                        r.toRequirement().minLevel(), r.toRequirement().targetLevel(), r.toRequirement().weight()))
                .toList();
    }

    /**
     * Sets (or, with {@code requirement} null, removes) one requirement of a draft version. Levels must lie on the
     * version's scale and the competency must exist in it.
     */
    public void set(long versionId, String groupCode, String positionCode, String competencyCode,
            Requirement requirement) {
        currentUser.require(Role.METHODOLOGIST);
        StandardVersion version = em.find(StandardVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException(CompetencyError.VERSION_NOT_FOUND, versionId);
        }
        if (version.getStatus() != VersionStatus.DRAFT) {
            throw new BusinessException(CompetencyError.VERSION_IMMUTABLE);
        }
        var framework = version.toFramework();
        if (framework.competency(competencyCode) == null) {
            throw new InvalidInputException("competencyCode", CompetencyError.UNKNOWN_COMPETENCY, competencyCode);
        }
        if (requirement != null && requirement.targetLevel() > framework.levels().size()) {
            throw new InvalidInputException("targetLevel", CompetencyError.LEVEL_OUTSIDE_SCALE,
                    framework.levels().size());
        }
        PositionGroup group = em.createQuery("select g from PositionGroup g where g.code = :c", PositionGroup.class)
                .setParameter("c", groupCode).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException("positionGroup", CompetencyError.UNKNOWN_POSITION_GROUP,
                        groupCode));
        Position position = positionCode == null || positionCode.isBlank() ? null
                : em.createQuery("select p from Position p where p.code = :c", Position.class)
                        .setParameter("c", positionCode).getResultStream().findFirst()
                        .orElseThrow(() -> new InvalidInputException("position", CompetencyError.UNKNOWN_POSITION,
                                positionCode));
        ProfileRequirement existing = em.createQuery("select r from ProfileRequirement r where r.standardVersion = :v "
                        + "and r.positionGroup = :g and r.competencyCode = :c", ProfileRequirement.class)
                .setParameter("v", version).setParameter("g", group).setParameter("c", competencyCode)
                .getResultStream().filter(r -> Objects.equals(r.getPosition(), position)).findFirst().orElse(null);
        if (requirement == null) {
            if (existing != null) {
                em.remove(existing);
            }
        } else if (existing == null) {
            em.persist(new ProfileRequirement(version, group, position, requirement));
        } else {
            existing.set(requirement);
        }
        em.flush();
    }
}

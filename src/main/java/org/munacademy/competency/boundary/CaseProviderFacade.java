package org.munacademy.competency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.munacademy.competency.control.CaseJson;
import org.munacademy.competency.control.CaseProvider;
import org.munacademy.competency.entity.Framework;
import org.munacademy.competency.entity.StandardVersion;
import org.munacademy.competency.entity.VersionStatus;
import org.munacademy.shared.entity.FieldLimits;

/**
 * The 1EdTech CASE 1.1 provider: published and retired standard versions as CASE documents, packages, items,
 * associations, rubrics and definitions, readable by anyone (they are published reference documents, see ADR 0012);
 * drafts are never served, to anybody. Every object is cut from the same package the export writes, so an export's
 * {@code uri}s and the API always agree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseProviderFacade {

    /** The versions the provider serves. */
    static final Set<VersionStatus> SERVED = Set.of(VersionStatus.PUBLISHED, VersionStatus.RETIRED);

    /** The published one first, then the newest: an identifier an import kept in two versions names the newer. */
    private static final Comparator<StandardVersion> NEWEST_FIRST = Comparator
            .comparing((StandardVersion v) -> v.getStatus() != VersionStatus.PUBLISHED)
            .thenComparing(StandardVersion::getNumber, Comparator.reverseOrder())
            .thenComparing(StandardVersion::getId, Comparator.reverseOrder());

    @PersistenceContext
    EntityManager em;

    /** Every served version's document, by standard code and newest version first (one statement). */
    public List<JsonObject> documents(String baseUri) {
        return em.createQuery("select v from StandardVersion v join fetch v.standard s where v.status in :s "
                        + "order by s.code, v.number desc", StandardVersion.class)
                .setParameter("s", SERVED).getResultStream()
                .map(v -> CaseProvider.document(CaseJson.pkg(metadata(v), v.getNumber(),
                        StandardFacade.adoptionStatus(v.getStatus()), StandardFacade.lastChange(v), baseUri), baseUri))
                .toList();
    }

    /**
     * What {@code GET {collection}/{id}} answers, or empty when no served version holds that object. Documents,
     * packages and items are found by their stored identifier; the others (whose identifiers are kept or derived
     * when the package is written) in the packages of the served versions.
     */
    public Optional<JsonObject> find(String collection, String id, String baseUri) {
        if (!CaseProvider.COLLECTIONS.contains(collection) || id == null || id.length() > FieldLimits.CASE_ID) {
            return Optional.empty();
        }
        List<StandardVersion> candidates = switch (collection) {
            case "CFDocuments", "CFPackages" -> em.createQuery("select v from StandardVersion v join fetch v.standard "
                    + "where v.caseId = :id and v.status in :s", StandardVersion.class)
                    .setParameter("id", id).setParameter("s", SERVED).getResultList();
            case "CFItems", "CFItemAssociations" -> em.createQuery("select v from StandardVersion v join fetch "
                    + "v.standard where v.status in :s and (exists (select a from CompetencyArea a where "
                    + "a.standardVersion = v and a.caseId = :id) or exists (select c from StandardCompetency c where "
                    + "c.standardVersion = v and c.caseId = :id))", StandardVersion.class)
                    .setParameter("id", id).setParameter("s", SERVED).getResultList();
            default -> em.createQuery("select v from StandardVersion v join fetch v.standard where v.status in :s",
                    StandardVersion.class).setParameter("s", SERVED).getResultList();
        };
        return candidates.stream().sorted(NEWEST_FIRST)
                .map(v -> CaseProvider.find(CaseJson.pkg(v.toFramework(), v.getNumber(),
                        StandardFacade.adoptionStatus(v.getStatus()), StandardFacade.lastChange(v), baseUri),
                        collection, id, baseUri))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A version's document data without its content: what a CFDocument says. */
    private static Framework metadata(StandardVersion v) {
        return new Framework(v.getStandard().getCode(), v.getTitle(), v.getStandard().getSourceRef(),
                v.getEffectiveDate(), v.getCaseId(), List.of(), List.of());
    }
}

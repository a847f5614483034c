package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.control.Inn;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Provider;
import org.munacademy.learning.entity.ProviderData;
import org.munacademy.learning.entity.ProviderRow;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.RegionRow;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.entity.ConcurrentModificationException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Educational organisations (providers): everybody signed in reads them (they appear on every programme's page);
 * methodologists and administrators add and correct them. An ИНН must pass its check digit; a region is the
 * organisation context's, named by its code.
 */
@ApplicationScoped
@Transactional
public class ProviderFacade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    InputValidator validator;

    @Inject
    OrganisationFacade organisation;

    /** Every provider by short name; two statements (the providers, the regions) whatever their number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProviderRow> list() {
        currentUser.require();
        Map<Long, RegionRow> regions = regions();
        return em.createQuery("select p from Provider p order by p.shortName, p.code", Provider.class)
                .getResultStream().map(p -> row(p, regions)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProviderRow get(String code) {
        currentUser.require();
        return row(find(code));
    }

    /** Adds a provider (methodologists, administrators). */
    public ProviderRow create(ProviderData data) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        validator.validate(data);
        Long region = check(data);
        String code = data.getCode().strip();
        if (!em.createQuery("select p.id from Provider p where lower(p.code) = lower(:c)", Long.class)
                .setParameter("c", code).getResultList().isEmpty()) {
            throw new InvalidInputException("code", LearningError.PROVIDER_CODE_TAKEN, code);
        }
        Provider p = new Provider(code, clock.instant());
        p.apply(data, region);
        em.persist(p);
        em.flush();
        return row(p);
    }

    /** Corrects a provider; {@code data.version} must be the version read (else 409). The code stays. */
    public ProviderRow update(String code, ProviderData data) {
        currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Provider p = find(code);
        validator.validate(data);
        if (!p.getCode().equals(data.getCode().strip())) {
            throw new InvalidInputException("code", LearningError.CODE_IMMUTABLE);
        }
        if (data.getVersion() == null || p.getVersion() != data.getVersion()) {
            throw new ConcurrentModificationException(SharedError.CONCURRENT_MODIFICATION);
        }
        p.apply(data, check(data));
        em.flush();
        return row(p);
    }

    /** Adds or updates a provider from the seeded content (no caller): by code, idempotently. */
    void seed(ProviderData data) {
        validator.validate(data);
        Long region = check(data);
        Provider p = byCode(data.getCode()).orElse(null);
        if (p == null) {
            p = new Provider(data.getCode().strip(), clock.instant());
            p.apply(data, region);
            em.persist(p);
        } else {
            p.apply(data, region);
        }
        em.flush();
    }

    /** The ИНН's check digit and the region's code; returns the region's id (null for none). */
    private Long check(ProviderData data) {
        if (!Inn.validOrganisation(data.getInn())) {
            throw new InvalidInputException("inn", LearningError.INN_CHECKSUM);
        }
        if (data.getRegionCode() == null || data.getRegionCode().isBlank()) {
            return null;
        }
        String code = data.getRegionCode().strip();
        return organisation.regionByCode(code).map(RegionRow::id)
                .orElseThrow(() -> new InvalidInputException("regionCode", LearningError.UNKNOWN_REGION, code));
    }

    Provider find(String code) {
        return byCode(code).orElseThrow(() -> new NotFoundException(LearningError.PROVIDER_NOT_FOUND, code));
    }

    Optional<Provider> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select p from Provider p where p.code = :c", Provider.class)
                .setParameter("c", code.strip()).getResultStream().findFirst();
    }

    ProviderRow row(Provider p) {
        return row(p, p.getRegionId() == null ? Map.of() : regions());
    }

    private Map<Long, RegionRow> regions() {
        Map<Long, RegionRow> byId = new HashMap<>();
        organisation.regions().forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    private static ProviderRow row(Provider p, Map<Long, RegionRow> regions) {
        RegionRow region = p.getRegionId() == null ? null : regions.get(p.getRegionId());
        return new ProviderRow(p.getId(), p.getCode(), p.getName(), p.getShortName(), p.getInn(),
                p.getLicenceNumber(), p.getLicenceDate(), region == null ? null : region.code(),
                region == null ? null : region.name(), p.getVersion());
    }
}

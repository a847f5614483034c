package org.munacademy.reserve.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.munacademy.identity.entity.Account;
import org.munacademy.organisation.boundary.OrganisationFacade;
import org.munacademy.organisation.entity.MunicipalityRow;
import org.munacademy.reserve.entity.CommissionMember;
import org.munacademy.reserve.entity.CommissionRole;
import org.munacademy.reserve.entity.Reserve;
import org.munacademy.reserve.entity.ReserveLevel;
import org.munacademy.shared.boundary.DatabaseReady;
import org.munacademy.shared.boundary.InputValidator;
import org.munacademy.shared.control.ContentFiles;
import org.munacademy.shared.control.ContentFiles.ContentException;
import org.munacademy.shared.control.Table;
import org.munacademy.shared.entity.InvalidInputException;

/**
 * Loads {@code content/reserve/} at start-up ({@link DatabaseReady#LOAD_RESERVE}): every reserve whose code is not
 * stored yet ({@code reserves.csv}, its region and municipality by code and OKTMO, its rules checked as an
 * administrator's input), and the commissions' members ({@code commission.csv}) whose accounts exist (the demo
 * accounts exist only in the demo run) and who do not sit yet. What is stored is left as it is.
 */
@ApplicationScoped
@Transactional
public class ReserveContent {

    private static final Logger LOG = Logger.getLogger(ReserveContent.class.getName());
    private static final String RESERVES = "reserve/reserves.csv";
    private static final String COMMISSION = "reserve/commission.csv";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    InputValidator validator;

    @Inject
    OrganisationFacade organisation;

    void load(@Observes @Priority(DatabaseReady.LOAD_RESERVE) DatabaseReady event) {
        if (!event.loadContent()) {
            return; // loaded already, unchanged since (Bootstrap's content fingerprint)
        }
        List<String> created = new ArrayList<>();
        for (Table.Row row : ContentFiles.csv(RESERVES).orElse(List.of())) {
            String code = row.get("code");
            if (byCode(code).isEmpty()) {
                em.persist(reserve(row));
                created.add(code);
            }
        }
        em.flush();
        int seated = 0;
        for (Table.Row row : ContentFiles.csv(COMMISSION).orElse(List.of())) {
            if (seat(row)) {
                seated++;
            }
        }
        em.flush();
        if (!created.isEmpty() || seated > 0) {
            int members = seated;
            LOG.info(() -> "Reserves loaded: " + created + ", commission members: " + members);
            event.banner("Кадровые резервы: " + created.size() + ", членов комиссий: " + seated);
        }
    }

    private Reserve reserve(Table.Row row) {
        ReserveLevel level;
        try {
            level = ReserveLevel.valueOf(row.get("level"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContentException(RESERVES, row.line(), "level '" + row.get("level") + "'");
        }
        Long regionId = null;
        Long municipalityId = null;
        if (level != ReserveLevel.NATIONAL) {
            Map<String, Long> regions = new java.util.HashMap<>();
            organisation.regions().forEach(r -> regions.put(r.code(), r.id()));
            regionId = Optional.ofNullable(regions.get(row.get("region_code"))).orElseThrow(
                    () -> new ContentException(RESERVES, row.line(), "no region '" + row.get("region_code") + "'"));
        }
        if (level == ReserveLevel.MUNICIPAL) {
            MunicipalityRow m = organisation.municipalityByOktmo(row.get("municipality_oktmo")).orElseThrow(
                    () -> new ContentException(RESERVES, row.line(), "no municipality '"
                            + row.get("municipality_oktmo") + "'"));
            if (!m.regionId().equals(regionId)) {
                throw new ContentException(RESERVES, row.line(), "municipality outside region");
            }
            municipalityId = m.id();
        }
        Reserve r = new Reserve(row.get("code"), row.get("name"), level, regionId, municipalityId, clock.instant());
        try {
            r.setRules(number(row, "term_months"), number(row, "extension_months"),
                    number(row, "extensions_allowed"), number(row, "refusals_allowed"), number(row, "answer_days"));
            validator.validate(r);
        } catch (InvalidInputException e) {
            throw new ContentException(RESERVES, row.line(), row.get("code") + ": " + e.violations());
        }
        return r;
    }

    private static int number(Table.Row row, String column) {
        try {
            return Integer.parseInt(row.get(column));
        } catch (NumberFormatException | NullPointerException e) {
            throw new ContentException(RESERVES, row.line(), column + " '" + row.get(column) + "'");
        }
    }

    /** Seats the row's account if the reserve and the account exist and it does not sit yet. */
    private boolean seat(Table.Row row) {
        Reserve reserve = byCode(row.get("reserve_code")).orElseThrow(
                () -> new ContentException(COMMISSION, row.line(), "no reserve '" + row.get("reserve_code") + "'"));
        CommissionRole role;
        try {
            role = CommissionRole.valueOf(row.get("member_role"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ContentException(COMMISSION, row.line(), "member_role '" + row.get("member_role") + "'");
        }
        Optional<Account> account = em.createQuery("select a from Account a left join fetch a.person "
                + "where a.username = :u", Account.class).setParameter("u", row.get("username")).getResultStream()
                .findFirst();
        if (account.isEmpty()) {
            return false; // the demo accounts exist only in the demo run
        }
        boolean sits = !em.createQuery("select c.id from CommissionMember c where c.reserve = :r and c.accountId = :a",
                Long.class).setParameter("r", reserve).setParameter("a", account.get().getId()).getResultList()
                .isEmpty();
        if (sits) {
            return false;
        }
        Account a = account.get();
        em.persist(new CommissionMember(reserve, a.getId(), a.getPerson() == null ? null : a.getPerson().getId(),
                role));
        return true;
    }

    private Optional<Reserve> byCode(String code) {
        return em.createQuery("select r from Reserve r where r.code = :c", Reserve.class).setParameter("c", code)
                .getResultStream().findFirst();
    }
}

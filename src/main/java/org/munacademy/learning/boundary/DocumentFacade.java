package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.boundary.DataScope;
import org.munacademy.identity.boundary.PublicRequestLimit;
import org.munacademy.identity.boundary.RegistryPersons;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.RegistryPerson;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.control.DocumentPdf;
import org.munacademy.learning.control.FrdoLayout;
import org.munacademy.learning.entity.DocumentNumber;
import org.munacademy.learning.entity.DocumentRow;
import org.munacademy.learning.entity.DocumentVerification;
import org.munacademy.learning.entity.IssuedDocument;
import org.munacademy.learning.entity.LearningError;
import org.munacademy.learning.entity.Programme;
import org.munacademy.learning.entity.ProgrammeCompleted;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.learning.entity.Provider;
import org.munacademy.learning.entity.RegistryExport;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;

/**
 * Documents of completed programmes: issued on completion ({@link ProgrammeCompleted}) or by a methodologist or an
 * administrator (seeding, corrections), numbered from the provider's sequence; their PDF for the holder, HR in scope
 * and administrators (audited when not the holder's own); the public verification by the random code the PDF's QR
 * code carries (rate-limited per client address, an unknown code answered exactly like an altered one); and the
 * registry export in the ФИС ФРДО layout for HR (their scope) and administrators.
 */
@ApplicationScoped
@Transactional
public class DocumentFacade {

    /** Verification requests a client address may make per minute. */
    static final int VERIFICATIONS_PER_MINUTE = 20;
    /** The verification code: 12 characters of an alphabet without 0/O and 1/I/L (60 random bits). */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    DataScope dataScope;

    @Inject
    AuditLog audit;

    @Inject
    RegistryPersons registryPersons;

    @Inject
    PublicRequestLimit requestLimit;

    @Inject
    Programmes programmes;

    @Inject
    @ConfigProperty(name = "academy.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Issues the programme's document when a person completes it (once: a second completion changes nothing). */
    public void onCompleted(@Observes ProgrammeCompleted completed) {
        Programme p = programmes.find(completed.programmeCode());
        if (existing(p.getId(), completed.personId()).isEmpty()) {
            issue(p, completed.personId(), completed.completedOn(), null, "system");
        }
    }

    /**
     * Issues the document of a programme to a person (methodologists, administrators: seeding and corrections); a
     * document a person already has for the programme is refused (409).
     *
     * @param issuedOn the date of issue; today when null
     */
    public DocumentRow issue(String programmeCode, long personId, LocalDate issuedOn) {
        Caller caller = currentUser.require(Role.METHODOLOGIST, Role.ADMIN);
        Programme p = programmes.find(programmeCode);
        if (p.getStatus() == ProgrammeStatus.DRAFT) {
            throw new BusinessException(LearningError.PROGRAMME_NOT_PUBLISHED, p.getCode());
        }
        if (existing(p.getId(), personId).isPresent()) {
            throw new BusinessException(LearningError.DOCUMENT_EXISTS, p.getCode());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = issuedOn == null ? today : issuedOn;
        if (on.isAfter(today)) {
            throw new InvalidInputException("issuedOn", LearningError.DOCUMENT_DATE_FUTURE);
        }
        return row(issue(p, personId, on, null, caller.username()));
    }

    /**
     * Issues a document from the content (no caller: start-up) unless the person has it; false when the programme is
     * missing or a draft, or the person is unknown.
     */
    boolean seed(String programmeCode, String personCode, LocalDate issuedOn) {
        Optional<Programme> p = programmes.byCode(programmeCode);
        Optional<Long> person = registryPersons.idOfCode(personCode);
        if (p.isEmpty() || p.get().getStatus() == ProgrammeStatus.DRAFT || person.isEmpty()) {
            return false;
        }
        if (existing(p.get().getId(), person.get()).isEmpty()) {
            issue(p.get(), person.get(), issuedOn, issuedOn.minusDays(p.get().getHours() / 8 + 7), "content");
        }
        return true;
    }

    /** The caller's own documents, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentRow> mine() {
        Caller caller = currentUser.require();
        if (caller.personId() == null) {
            return List.of();
        }
        return em.createQuery("select d from IssuedDocument d join fetch d.provider where d.personId = :p "
                        + "order by d.id desc", IssuedDocument.class)
                .setParameter("p", caller.personId()).getResultList().stream().map(DocumentFacade::row).toList();
    }

    /**
     * Issued documents for HR (persons of their scope) and administrators, newest first, optionally of one provider;
     * audited as a list of personal data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentRow> list(String providerCode) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        List<IssuedDocument> docs = inScope(providerCode);
        audit.record(AuditAction.PERSONS_LISTED, Outcome.SUCCESS, "learning-document", providerCode,
                "issued documents: " + docs.size());
        return docs.stream().map(DocumentFacade::row).toList();
    }

    /**
     * The PDF of a document: its holder, HR whose scope covers the holder, administrators; a read by anybody but the
     * holder is audited. A document the caller may not read is answered like an unknown one (404).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(String registrationNumber) {
        Caller caller = currentUser.require();
        IssuedDocument d = byNumber(registrationNumber)
                .orElseThrow(() -> new NotFoundException(LearningError.DOCUMENT_NOT_FOUND));
        boolean own = caller.personId() != null && caller.personId() == d.getPersonId();
        if (!own) {
            boolean allowed = caller.hasRole(Role.ADMIN)
                    || caller.hasRole(Role.HR_OFFICER) && dataScope.coversPerson(d.getPersonId());
            if (!allowed) {
                audit.record(AuditAction.DATA_EXPORTED, Outcome.DENIED, "learning-document",
                        d.getRegistrationNumber(), "document PDF");
                throw new NotFoundException(LearningError.DOCUMENT_NOT_FOUND);
            }
            audit.record(AuditAction.DATA_EXPORTED, Outcome.SUCCESS, "learning-document", d.getRegistrationNumber(),
                    "document PDF of person " + d.getPersonId());
        }
        return DocumentPdf.render(new DocumentPdf.Content(d.getKind(), d.getRegistrationNumber(), d.holderName(),
                d.getProvider().getName(), d.getProgrammeTitle(), d.getHours(), d.getIssuedOn(),
                verificationUrl(d.getVerificationCode())));
    }

    /**
     * The public verification (no sign-in) by the code in the document's QR code: number, holder, programme, hours
     * and date, nothing else. An unknown, altered or malformed code is one "not found"; a client address gets
     * {@value #VERIFICATIONS_PER_MINUTE} requests a minute (then 429).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentVerification> verify(String code) {
        requestLimit.acquire("learning-document-verification", VERIFICATIONS_PER_MINUTE, Duration.ofMinutes(1));
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (c.length() > 40) {
            c = "";
        }
        return em.createQuery("select d from IssuedDocument d where d.verificationCode = :c", IssuedDocument.class)
                .setParameter("c", c).getResultStream().findFirst()
                .map(d -> new DocumentVerification(d.getRegistrationNumber(), d.holderName(), d.getProgrammeTitle(),
                        d.getHours(), d.getIssuedOn()));
    }

    /** The public address that verifies a document: {@code ACADEMY_PUBLIC_URL/verify/{code}}. */
    public String verificationUrl(String code) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + "/verify/" + code;
    }

    /**
     * The ФИС ФРДО export (XLSX, {@link FrdoLayout}) of the documents of the caller's scope (HR) or of all
     * (administrators), optionally of one provider. A holder without СНИЛС, date of birth or sex is not exported but
     * listed with what is missing. Audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryExport registryExport(String providerCode) {
        currentUser.require(Role.HR_OFFICER, Role.ADMIN);
        List<IssuedDocument> docs = inScope(providerCode);
        Map<Long, RegistryPerson> persons = registryPersons.of(docs.stream().map(IssuedDocument::getPersonId)
                .toList());
        List<FrdoLayout.Row> rows = new ArrayList<>();
        List<RegistryExport.Incomplete> incomplete = new ArrayList<>();
        List<IssuedDocument> oldestFirst = new ArrayList<>(docs);
        java.util.Collections.reverse(oldestFirst); // as numbered
        for (IssuedDocument d : oldestFirst) {
            RegistryPerson h = persons.get(d.getPersonId());
            List<String> missing = new ArrayList<>();
            if (h == null || h.snils() == null) {
                missing.add("snils");
            }
            if (h == null || h.birthDate() == null) {
                missing.add("birthDate");
            }
            if (h == null || h.sex() == null) {
                missing.add("sex");
            }
            if (!missing.isEmpty()) {
                incomplete.add(new RegistryExport.Incomplete(d.getRegistrationNumber(), d.getPersonId(),
                        d.holderName(), missing));
                continue;
            }
            Programme p = d.getProgramme();
            rows.add(new FrdoLayout.Row(d.getKind(), "", new DocumentNumber(d.getProvider().getCode(),
                    d.getSequenceNumber()).number(), d.getIssuedOn(), d.getRegistrationNumber(),
                    d.getProgrammeTitle(), d.getStudyStartYear(), d.getIssuedOn().getYear(), d.getHours(),
                    d.getHolderLastName(), d.getHolderFirstName(), d.getHolderMiddleName(), h.birthDate(),
                    h.sex().registryLabel(), h.snils(), p.getFormat(), h.citizenship()));
        }
        audit.record(AuditAction.DATA_EXPORTED, Outcome.SUCCESS, "learning-document", providerCode,
                "ФИС ФРДО export: " + rows.size() + " exported, " + incomplete.size() + " incomplete");
        return new RegistryExport(FrdoLayout.workbook(rows), rows.size(), incomplete);
    }

    private List<IssuedDocument> inScope(String providerCode) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<IssuedDocument> q = cb.createQuery(IssuedDocument.class);
        Root<IssuedDocument> d = q.from(IssuedDocument.class);
        d.fetch("provider");
        d.fetch("programme");
        List<Predicate> where = new ArrayList<>();
        where.add(dataScope.personIn(cb, q, d.get("personId")));
        if (providerCode != null && !providerCode.isBlank()) {
            where.add(cb.equal(cb.lower(d.get("provider").get("code")), providerCode.strip().toLowerCase(
                    java.util.Locale.ROOT)));
        }
        q.select(d).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(d.get("id")));
        return em.createQuery(q).getResultList();
    }

    private IssuedDocument issue(Programme p, long personId, LocalDate issuedOn, LocalDate studyStart, String by) {
        RegistryPerson holder = registryPersons.of(List.of(personId)).get(personId);
        if (holder == null) {
            throw new InvalidInputException("personId", LearningError.UNKNOWN_PERSON, personId);
        }
        Provider provider = p.getProvider();
        IssuedDocument d = new IssuedDocument(p, personId,
                new String[] {holder.lastName(), holder.firstName(), holder.middleName()},
                new DocumentNumber(provider.getCode(), nextSequence(provider.getId())), newCode(), studyStart,
                issuedOn, by, clock.instant());
        em.persist(d);
        em.flush();
        return d;
    }

    /**
     * The provider's next sequence number. The provider's row is locked first (SELECT … FOR UPDATE), so concurrent
     * issues of one provider take turns; under that lock the counter row is created at its first use and incremented.
     */
    long nextSequence(long providerId) {
        em.createNativeQuery("SELECT id FROM learning_provider WHERE id = ? FOR UPDATE").setParameter(1, providerId)
                .getResultList();
        int updated = em.createNativeQuery(
                        "UPDATE learning_document_counter SET last_value = last_value + 1 WHERE provider_id = ?")
                .setParameter(1, providerId).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO learning_document_counter (provider_id, last_value) VALUES (?, 1)")
                    .setParameter(1, providerId).executeUpdate();
        }
        Object value = em.createNativeQuery("SELECT last_value FROM learning_document_counter WHERE provider_id = ?")
                .setParameter(1, providerId).getSingleResult();
        return ((Number) value).longValue();
    }

    private Optional<IssuedDocument> existing(long programmeId, long personId) {
        return em.createQuery("select d from IssuedDocument d where d.programme.id = :p and d.personId = :h",
                IssuedDocument.class).setParameter("p", programmeId).setParameter("h", personId)
                .getResultStream().findFirst();
    }

    private Optional<IssuedDocument> byNumber(String number) {
        if (number == null || number.isBlank() || number.length() > 80) {
            return Optional.empty();
        }
        return em.createQuery("select d from IssuedDocument d join fetch d.provider where d.registrationNumber = :n",
                IssuedDocument.class).setParameter("n", number.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    static DocumentRow row(IssuedDocument d) {
        return new DocumentRow(d.getId(), d.getRegistrationNumber(), d.getKind(), d.getProgramme().getCode(),
                d.getProgrammeTitle(), d.getProvider().getName(), d.getPersonId(), d.holderName(), d.getHours(),
                d.getIssuedOn(), d.getVerificationCode());
    }
}

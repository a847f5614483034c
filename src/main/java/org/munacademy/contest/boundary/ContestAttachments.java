package org.munacademy.contest.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.munacademy.contest.control.AttachmentRules;
import org.munacademy.contest.entity.Application;
import org.munacademy.contest.entity.ApplicationStatus;
import org.munacademy.contest.entity.Attachment;
import org.munacademy.contest.entity.AttachmentRow;
import org.munacademy.contest.entity.ContestError;
import org.munacademy.contest.entity.QuestionField;
import org.munacademy.contest.entity.SeasonStatus;
import org.munacademy.contest.entity.Stage;
import org.munacademy.contest.entity.StageKind;
import org.munacademy.contest.entity.StageStatus;
import org.munacademy.identity.boundary.AuditLog;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.AuditAction;
import org.munacademy.identity.entity.AuditEvent.Outcome;
import org.munacademy.identity.entity.Caller;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.control.FileSpool;
import org.munacademy.shared.entity.BusinessException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.FileType;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.PayloadTooLargeException;

/**
 * The files of applications (the questionnaire's FILE fields, «слоты»), kept in the shared file store. This boundary
 * decides who may store and read them — the store trusts it:
 * <ul>
 * <li>only the applicant (a team's leader) uploads, while the application is active (or submitted) and its
 * documents are not checked yet: before the nomination's first documents stage is closed and not after its last day
 * (without a documents stage: while the season takes applications). A new file replaces the slot's old one;</li>
 * <li>the type is found from the bytes ({@link FileSpool#type()}), never from the name or the declared type; a wrong
 * type is a 400 naming the slot and the type found, a file over the slot's limit a 413 naming the slot;</li>
 * <li>the applicant and their team, the contest administrator whose scope covers the applicant, and the jurors
 * assigned to the application read them; anybody else gets 404, audited like a refused application read. A juror of
 * a blind stage sees the slot's label instead of the name the applicant gave, and never a photo slot.</li>
 * </ul>
 * The files are not readable through the shared {@code /files/{sha256}} endpoint: this context provides no
 * {@code FileAccess}, so only the route here serves them.
 */
@ApplicationScoped
@Transactional
public class ContestAttachments {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    ApplicationFacade applications;

    @Inject
    Clock clock;

    /** A file to download: its content (the caller closes the stream) and the name to give it. */
    public record Download(FileContent content, String name) {
    }

    /**
     * The applicant stores a file in a slot of their application.
     *
     * @throws NotFoundException 404 for anybody but the applicant (audited)
     * @throws InvalidInputException 400 ATTACHMENT_SLOT_UNKNOWN, ATTACHMENT_TYPE
     * @throws BusinessException 413 ATTACHMENT_TOO_LARGE, 409 ATTACHMENTS_CLOSED
     */
    public AttachmentRow upload(long applicationId, String slotCode, InputStream in, String name) {
        Caller caller = currentUser.require();
        Application a = em.find(Application.class, applicationId);
        if (a == null || caller.personId() == null || a.getPersonId() != caller.personId()) {
            if (a != null) {
                audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "contest-application",
                        String.valueOf(applicationId), "attachment upload by another person");
            }
            throw new NotFoundException(ContestError.APPLICATION_NOT_FOUND, applicationId);
        }
        List<QuestionField> fields = ContestJson.fields(a.getNomination().getQuestionnaire());
        String code = slotCode == null ? "" : slotCode.strip();
        QuestionField slot = AttachmentRules.slot(fields, code).orElseThrow(() -> new InvalidInputException("slot",
                ContestError.ATTACHMENT_SLOT_UNKNOWN, code));
        editable(a);
        long max = AttachmentRules.maxBytes(slot, files.maxBytes());
        FileInfo info;
        try (FileSpool spool = FileSpool.of(in, max)) {
            Optional<FileType> found = spool.type();
            Set<FileType> accepted = AttachmentRules.accepted(slot);
            if (AttachmentRules.check(slot, found, spool.size(), files.maxBytes()).isPresent()) {
                throw new InvalidInputException("file", ContestError.ATTACHMENT_TYPE, code,
                        AttachmentRules.name(found), AttachmentRules.names(accepted));
            }
            try (InputStream bytes = spool.open()) {
                info = files.put(bytes, fileName(name, slot, found.get()), accepted, caller.username());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (PayloadTooLargeException e) {
            throw new BusinessException(ContestError.ATTACHMENT_TOO_LARGE, code, max / 1024);
        }
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE); // only once the bytes are in: no lock while a file streams
        editable(a);
        Attachment x = em.createQuery("select x from ContestAttachment x where x.application = :a and x.slot = :s",
                Attachment.class).setParameter("a", a).setParameter("s", code).getResultStream().findFirst()
                .orElseGet(() -> new Attachment(a, code));
        x.replace(info.sha256(), fileName(name, slot, info.type()), info.type().mediaType(), info.size(),
                clock.instant(), caller.username());
        if (x.isNew()) {
            em.persist(x);
        }
        em.flush();
        audit.record(AuditAction.CONTEST_CHANGED, Outcome.SUCCESS, "contest-application", a.getNumber(),
                "attachment " + code + " (" + info.type().extension() + ", " + info.size() + " bytes)");
        return row(x, slot, false);
    }

    /** Refuses an upload to an application that is no longer open for documents (409 ATTACHMENTS_CLOSED). */
    private void editable(Application a) {
        if (a.getStatus() != ApplicationStatus.ACTIVE && a.getStatus() != ApplicationStatus.SUBMITTED) {
            throw new BusinessException(ContestError.ATTACHMENTS_CLOSED, a.getStatus().name());
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Stage> documents = em.createQuery("select s from Stage s where s.nomination = :n and s.kind = :k "
                + "order by s.seq", Stage.class).setParameter("n", a.getNomination())
                .setParameter("k", StageKind.DOCUMENTS).setMaxResults(1).getResultStream().findFirst();
        if (documents.isPresent()) {
            Stage s = documents.get();
            if (s.getStatus() != StageStatus.PLANNED && s.getStatus() != StageStatus.OPEN
                    || today.isAfter(s.getClosesOn()) || a.getStageSeq() > s.getSeq()) {
                throw new BusinessException(ContestError.ATTACHMENTS_CLOSED, s.getTitle() + " " + s.getClosesOn());
            }
        } else if (a.getNomination().getSeason().getStatus() != SeasonStatus.OPEN
                || today.isAfter(a.getNomination().getSeason().getApplicationsUntil())) {
            throw new BusinessException(ContestError.ATTACHMENTS_CLOSED,
                    String.valueOf(a.getNomination().getSeason().getApplicationsUntil()));
        }
    }

    /**
     * An attachment's file: for the applicant and team, the administrator in scope, and the application's assigned
     * jurors (not a photo slot in blind mode). Others get 404, audited.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long applicationId, long attachmentId) {
        Caller caller = currentUser.require();
        Attachment x = em.find(Attachment.class, attachmentId);
        if (x == null || x.getApplication().getId() != applicationId) {
            throw new NotFoundException(ContestError.ATTACHMENT_NOT_FOUND, attachmentId);
        }
        return download(caller, x);
    }

    /** An attachment's file by its id alone (the views, which list it), under the same rules. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long attachmentId) {
        Caller caller = currentUser.require();
        Attachment x = em.find(Attachment.class, attachmentId);
        if (x == null) {
            throw new NotFoundException(ContestError.ATTACHMENT_NOT_FOUND, attachmentId);
        }
        return download(caller, x);
    }

    private Download download(Caller caller, Attachment x) {
        long attachmentId = x.getId();
        long applicationId = x.getApplication().getId();
        Application a = x.getApplication();
        QuestionField slot = AttachmentRules.slot(ContestJson.fields(a.getNomination().getQuestionnaire()),
                x.getSlot()).orElse(null);
        Optional<Boolean> blind = jurorBlind(caller, a);
        boolean juror = blind.isPresent();
        if (juror && blind.get() && (slot == null || AttachmentRules.photo(slot))) {
            audit.record(AuditAction.ACCESS_DENIED, Outcome.DENIED, "contest-application", a.getNumber(),
                    "photo attachment in blind mode");
            throw new NotFoundException(ContestError.ATTACHMENT_NOT_FOUND, attachmentId);
        }
        if (!juror) {
            applications.readable(applicationId); // 404 and audited for anybody else
        }
        audit.record(AuditAction.CONTEST_APPLICATION_READ, Outcome.SUCCESS, "contest-application", a.getNumber(),
                "attachment " + x.getSlot() + (juror ? " (juror)" : ""));
        FileContent content = files.open(x.getSha256());
        String name = juror && blind.get() ? x.getSlot() + "." + content.info().type().extension() : x.getFileName();
        return new Download(content, name);
    }

    /**
     * Whether the caller is a juror assigned to the application: empty if not, else whether any of their stages for
     * it is blind.
     */
    private Optional<Boolean> jurorBlind(Caller caller, Application a) {
        List<Boolean> blind = em.createQuery("select x.stage.blind from JuryAssignment x where x.application = :a "
                + "and x.juror.accountId = :acc", Boolean.class).setParameter("a", a)
                .setParameter("acc", caller.accountId()).getResultList();
        return blind.isEmpty() ? Optional.empty() : Optional.of(blind.contains(Boolean.TRUE));
    }

    /**
     * The application's attachments in the order of its slots: with the names the applicant gave, or — for a juror
     * of a blind stage — without them and without photo slots.
     */
    static List<AttachmentRow> rows(EntityManager em, Application a, boolean blind) {
        List<QuestionField> slots = AttachmentRules.slots(ContestJson.fields(a.getNomination().getQuestionnaire()));
        if (slots.isEmpty()) {
            return List.of();
        }
        List<Attachment> stored = em.createQuery("select x from ContestAttachment x where x.application = :a",
                Attachment.class).setParameter("a", a).getResultList();
        List<AttachmentRow> out = new ArrayList<>();
        for (QuestionField slot : slots) {
            if (blind && AttachmentRules.photo(slot)) {
                continue;
            }
            stored.stream().filter(x -> x.getSlot().equals(slot.code())).findFirst()
                    .ifPresent(x -> out.add(row(x, slot, blind)));
        }
        return out;
    }

    private static AttachmentRow row(Attachment x, QuestionField slot, boolean blind) {
        return new AttachmentRow(x.getId(), x.getSlot(), slot.label(), blind ? null : x.getFileName(),
                x.getContentType(), x.getSizeBytes(), x.getUploadedAt());
    }

    /**
     * The name the applicant gave (without a path, control characters or quotes), else the slot's code with the type's
     * extension.
     */
    private static String fileName(String given, QuestionField slot, FileType type) {
        String n = given == null ? "" : given.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (n.isEmpty()) {
            n = slot.code() + "." + type.extension();
        }
        return n;
    }
}

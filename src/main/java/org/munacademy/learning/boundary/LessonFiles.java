package org.munacademy.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.munacademy.identity.boundary.CurrentUser;
import org.munacademy.identity.entity.Caller;
import org.munacademy.identity.entity.Role;
import org.munacademy.learning.entity.ProgrammeStatus;
import org.munacademy.shared.boundary.FileAccess;
import org.munacademy.shared.boundary.FileStore;
import org.munacademy.shared.entity.FileRefs;

/**
 * Who may read a file a lesson shows (the shared {@code GET api/v1/files/{sha256}} asks): whoever may see a programme
 * with such a lesson — everybody signed in for a published or archived programme, methodologists and administrators
 * for drafts too — and a methodologist or administrator the files they uploaded themselves before a lesson shows
 * them. Enrolment will narrow nothing here: a published programme's page is open to every employee.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LessonFiles implements FileAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileStore files;

    @Override
    public boolean mayRead(String sha256) {
        Optional<Caller> caller = currentUser.caller();
        if (caller.isEmpty() || !FileRefs.isSha256(sha256)) {
            return false;
        }
        boolean editor = caller.get().hasAnyRole(Role.METHODOLOGIST, Role.ADMIN);
        List<ProgrammeStatus> statuses = em.createQuery("select distinct p.status from Programme p join p.modules m "
                + "join m.lessons l where l.fileSha256 = :s", ProgrammeStatus.class).setParameter("s", sha256)
                .getResultList();
        if (statuses.stream().anyMatch(s -> editor || s != ProgrammeStatus.DRAFT)) {
            return true;
        }
        return editor && files.uploadedBy(sha256, caller.get().username());
    }
}

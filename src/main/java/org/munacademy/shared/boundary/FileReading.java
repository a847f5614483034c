package org.munacademy.shared.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.munacademy.shared.entity.AccessDeniedException;
import org.munacademy.shared.entity.FileContent;
import org.munacademy.shared.entity.FileInfo;
import org.munacademy.shared.entity.NotFoundException;
import org.munacademy.shared.entity.SharedError;

/**
 * Stored files for the current caller, as far as the contexts that reference them allow: a file is read when any
 * {@link FileAccess} bean says the caller may, otherwise refused. What REST serves ({@code FilesResource}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FileReading {

    @Inject
    FileStore store;

    @Inject
    Instance<FileAccess> access;

    /**
     * @throws NotFoundException when no such file is stored
     * @throws AccessDeniedException when no context lets the caller read it
     */
    public FileContent read(String sha256) {
        FileInfo info = store.info(sha256).orElseThrow(() -> new NotFoundException(SharedError.FILE_NOT_FOUND));
        if (access.stream().noneMatch(a -> a.mayRead(info.sha256()))) {
            throw new AccessDeniedException(SharedError.FILE_ACCESS_DENIED);
        }
        return store.open(info.sha256());
    }
}

package org.munacademy.identity.entity;

import org.munacademy.shared.entity.BusinessException;

/** The user name is taken: user names identify accounts and must be unique (case-insensitive). */
public class DuplicateLoginException extends BusinessException {

    private final String username;

    public DuplicateLoginException(String username) {
        super(IdentityError.DUPLICATE_LOGIN, username);
        this.username = username;
    }

    public String username() {
        return username;
    }
}

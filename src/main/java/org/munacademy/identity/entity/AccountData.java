package org.munacademy.identity.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator enters for an account. The password is required for a new account and optional on
 * update (blank keeps the current one).
 */
public class AccountData {

    public static final int PASSWORD_MIN = 8;

    @NotBlank(message = "{account.username.required}")
    @Pattern(regexp = Account.USERNAME_PATTERN, message = "{account.username.format}")
    private String username;

    @Size(min = PASSWORD_MIN, max = 128, message = "{account.password.size}")
    private String password;

    private Long personId;

    private boolean enabled = true;

    @NotNull
    private List<@Valid @NotNull GrantData> grants = new ArrayList<>();

    private Long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : UserName.normalise(username);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null || password.isEmpty() ? null : password;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<GrantData> getGrants() {
        return grants;
    }

    public void setGrants(List<GrantData> grants) {
        this.grants = grants == null ? new ArrayList<>() : new ArrayList<>(grants);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** A role and its scope as entered: the region or municipality by its code. */
    public static class GrantData {

        @NotNull(message = "{grant.role.required}")
        private Role role;

        @NotNull(message = "{grant.scope.required}")
        private ScopeType scopeType;

        /** Region code (two digits) for a regional scope. */
        private String regionCode;

        /** OKTMO code for a municipal scope. */
        private String municipalityOktmo;

        public GrantData() {
        }

        public GrantData(Role role, ScopeType scopeType, String regionCode, String municipalityOktmo) {
            this.role = role;
            this.scopeType = scopeType;
            this.regionCode = regionCode;
            this.municipalityOktmo = municipalityOktmo;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }

        public ScopeType getScopeType() {
            return scopeType;
        }

        public void setScopeType(ScopeType scopeType) {
            this.scopeType = scopeType;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public void setRegionCode(String regionCode) {
            this.regionCode = regionCode;
        }

        public String getMunicipalityOktmo() {
            return municipalityOktmo;
        }

        public void setMunicipalityOktmo(String municipalityOktmo) {
            this.municipalityOktmo = municipalityOktmo;
        }
    }
}

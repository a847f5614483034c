package org.munacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Region;
import org.munacademy.shared.entity.BaseEntity;

/** One role granted to an account within one scope: a municipality, a region, or the whole country. */
@Entity
@Table(name = "role_grant")
public class RoleGrant extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false)
    private ScopeType scopeType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    protected RoleGrant() {
    }

    RoleGrant(Account account, Role role, ScopeType scopeType, Region region, Municipality municipality) {
        this.account = account;
        this.role = role;
        this.scopeType = scopeType;
        this.region = scopeType == ScopeType.REGION ? region : null;
        this.municipality = scopeType == ScopeType.MUNICIPALITY ? municipality : null;
    }

    public Account getAccount() {
        return account;
    }

    public Role getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public Region getRegion() {
        return region;
    }

    public Municipality getMunicipality() {
        return municipality;
    }
}

package org.munacademy.reserve.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.munacademy.shared.entity.BaseEntity;

/** A member of a reserve's commission: an account (with the COMMISSION_MEMBER role) and their role in it. */
@Entity
@Table(name = "reserve_commission_member")
public class CommissionMember extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reserve_id", nullable = false, updatable = false)
    private Reserve reserve;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    /** The member's own person (for the protocol's list of members present), when the account has one. */
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private CommissionRole role;

    protected CommissionMember() {
    }

    public CommissionMember(Reserve reserve, long accountId, Long personId, CommissionRole role) {
        this.reserve = reserve;
        this.accountId = accountId;
        this.personId = personId;
        this.role = role;
    }

    public Reserve getReserve() {
        return reserve;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getPersonId() {
        return personId;
    }

    public CommissionRole getRole() {
        return role;
    }

    public void setRole(CommissionRole role) {
        this.role = role;
    }
}

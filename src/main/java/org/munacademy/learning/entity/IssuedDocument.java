package org.munacademy.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.shared.entity.BaseEntity;

/**
 * A document issued to a graduate of a programme (273-ФЗ, ст. 60 ч. 10; ст. 76 ч. 16): an удостоверение о повышении
 * квалификации or a диплом о профессиональной переподготовке, with its registration number from the provider's
 * sequence ({@link DocumentNumber}). What the document says — the holder's name, the programme's title, its hours —
 * is copied at issue and does not change with the person or the programme. One document per person and programme.
 */
@Entity
@Table(name = "learning_document")
public class IssuedDocument extends BaseEntity {

    @Column(name = "registration_number", nullable = false, updatable = false)
    private String registrationNumber;

    @Column(name = "sequence_number", nullable = false, updatable = false)
    private long sequenceNumber;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CompletionDocument kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "holder_last_name", nullable = false)
    private String holderLastName;

    @Column(name = "holder_first_name", nullable = false)
    private String holderFirstName;

    @Column(name = "holder_middle_name")
    private String holderMiddleName;

    @Column(name = "programme_title", nullable = false)
    private String programmeTitle;

    @Column(nullable = false)
    private int hours;

    @Column(name = "study_start_year", nullable = false)
    private int studyStartYear;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IssuedDocument() {
    }

    /**
     * A document of the programme for a person, numbered {@code number}, issued on {@code issuedOn}.
     *
     * @param holder last, first and middle name of the holder at issue
     */
    public IssuedDocument(Programme programme, long personId, String[] holder, DocumentNumber number,
            String verificationCode, LocalDate studyStart, LocalDate issuedOn, String issuedBy, Instant now) {
        this.programme = programme;
        this.provider = programme.getProvider();
        this.kind = programme.document();
        this.personId = personId;
        this.holderLastName = holder[0];
        this.holderFirstName = holder[1];
        this.holderMiddleName = holder[2];
        this.programmeTitle = programme.getTitle();
        this.hours = programme.getHours();
        this.registrationNumber = number.registrationNumber();
        this.sequenceNumber = number.sequence();
        this.verificationCode = verificationCode;
        this.studyStartYear = (studyStart == null ? issuedOn : studyStart).getYear();
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.createdAt = now;
    }

    public String holderName() {
        StringBuilder b = new StringBuilder(holderLastName).append(' ').append(holderFirstName);
        if (holderMiddleName != null && !holderMiddleName.isBlank()) {
            b.append(' ').append(holderMiddleName);
        }
        return b.toString();
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public CompletionDocument getKind() {
        return kind;
    }

    public Programme getProgramme() {
        return programme;
    }

    public Provider getProvider() {
        return provider;
    }

    public long getPersonId() {
        return personId;
    }

    public String getHolderLastName() {
        return holderLastName;
    }

    public String getHolderFirstName() {
        return holderFirstName;
    }

    public String getHolderMiddleName() {
        return holderMiddleName;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public int getHours() {
        return hours;
    }

    public int getStudyStartYear() {
        return studyStartYear;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

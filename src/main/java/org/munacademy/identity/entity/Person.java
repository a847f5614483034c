package org.munacademy.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.munacademy.organisation.entity.Municipality;
import org.munacademy.organisation.entity.Position;
import org.munacademy.shared.entity.BaseEntity;
import org.munacademy.shared.entity.FieldLimits;

/**
 * A person known to the platform: a municipal employee, candidate or official (ФИО, contacts, where they work
 * and in which position). Personal data: it is read only within the reader's scope, and every read of the card
 * by somebody else is audited. Processing needs the person's consent, recorded with its date.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    public static final int NAME_MAX = FieldLimits.PERSON_NAME;

    /** The ОКСМ code of the Russian Federation, every person's citizenship unless recorded otherwise. */
    public static final String RUSSIA = "643";

    @Size(max = FieldLimits.PERSON_CODE)
    @Column(length = FieldLimits.PERSON_CODE)
    private String code;

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = NAME_MAX, message = "{person.name.size}")
    @Column(name = "last_name", nullable = false)
    private String lastName;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = NAME_MAX, message = "{person.name.size}")
    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Size(max = NAME_MAX, message = "{person.name.size}")
    @Column(name = "middle_name")
    private String middleName;

    @Email(message = "{person.email.format}")
    @Size(max = FieldLimits.EMAIL)
    private String email;

    @Pattern(regexp = PersonData.PHONE_PATTERN, message = "{person.phone.format}")
    @Size(max = FieldLimits.PHONE)
    private String phone;

    /** СНИЛС, the person's individual insurance account number: eleven digits, unique. */
    @Size(max = FieldLimits.SNILS)
    @Column(length = FieldLimits.SNILS)
    private String snils;

    /** Табельный номер in the employer's HR system: unique within the municipality. */
    @Size(max = FieldLimits.PERSONNEL_NUMBER)
    @Column(name = "personnel_number", length = FieldLimits.PERSONNEL_NUMBER)
    private String personnelNumber;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    /** The department (подразделение) as the HR system names it. */
    @Size(max = FieldLimits.DEPARTMENT)
    @Column(length = FieldLimits.DEPARTMENT)
    private String department;

    @NotNull(message = "{person.municipality.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    /** Sex, as the federal registry of education documents needs it; null while not recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 6)
    private Sex sex;

    /** Citizenship as the numeric code of ОКСМ (Общероссийский классификатор стран мира); 643 is Russia. */
    @Column(length = 3, nullable = false)
    private String citizenship = RUSSIA;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Person() {
    }

    public Person(String code, Municipality municipality, Instant createdAt) {
        this.code = code;
        this.municipality = municipality;
        this.createdAt = createdAt;
    }

    public void setName(String lastName, String firstName, String middleName) {
        this.lastName = trim(lastName);
        this.firstName = trim(firstName);
        this.middleName = blankToNull(middleName);
    }

    public void setContacts(String email, String phone) {
        this.email = blankToNull(email) == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(phone);
    }

    public void setWorkplace(Municipality municipality, Position position) {
        this.municipality = municipality;
        this.position = position;
    }

    /** The identifiers and details an HR system's staff list carries (null where the list has none). */
    public void setStaffRecord(String snils, String personnelNumber, LocalDate birthDate, String department) {
        this.snils = blankToNull(snils);
        this.personnelNumber = blankToNull(personnelNumber);
        this.birthDate = birthDate;
        this.department = blankToNull(department);
    }

    /**
     * Sex and citizenship (an ОКСМ code of three digits), as the registry of education documents needs them; a null
     * leaves the recorded value as it is.
     */
    public void setRegistryDetails(Sex sex, String citizenship) {
        if (sex != null) {
            this.sex = sex;
        }
        if (citizenship != null && !citizenship.isBlank()) {
            this.citizenship = citizenship.trim();
        }
    }

    /**
     * СНИЛС (eleven digits, checksum already checked) and date of birth entered on the card; a null leaves the
     * recorded value as it is.
     */
    public void setSnilsAndBirthDate(String snils, LocalDate birthDate) {
        if (snils != null && !snils.isBlank()) {
            this.snils = snils.strip();
        }
        if (birthDate != null) {
            this.birthDate = birthDate;
        }
    }

    public Sex getSex() {
        return sex;
    }

    public String getCitizenship() {
        return citizenship;
    }

    /** Records consent to personal-data processing (with its date) or its withdrawal. */
    public void setConsent(boolean given, LocalDate date) {
        this.consentGiven = given;
        this.consentDate = given ? date : null;
    }

    public String getCode() {
        return code;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    /** Фамилия Имя Отчество. */
    public String getFullName() {
        return fullName(lastName, firstName, middleName);
    }

    public static String fullName(String last, String first, String middle) {
        StringBuilder b = new StringBuilder(last == null ? "" : last);
        if (first != null && !first.isBlank()) {
            b.append(' ').append(first);
        }
        if (middle != null && !middle.isBlank()) {
            b.append(' ').append(middle);
        }
        return b.toString();
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getSnils() {
        return snils;
    }

    public String getPersonnelNumber() {
        return personnelNumber;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getDepartment() {
        return department;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Position getPosition() {
        return position;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

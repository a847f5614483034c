package org.munacademy.identity.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What may be entered about a person: the one set of rules the form (through {@code BeanValidationBinder}), the
 * REST API and the facade all apply. {@code version} carries the version read, so that a concurrent change is
 * refused instead of overwritten.
 */
public class PersonData {

    /** Russian-style phone numbers: digits, spaces, brackets, dashes and a leading plus; empty means none. */
    public static final String PHONE_PATTERN = "^$|^\\+?[0-9 ()\\-]{5,30}$";

    @NotBlank(message = "{person.lastName.required}")
    @Size(max = FieldLimits.PERSON_NAME, message = "{person.name.size}")
    private String lastName;

    @NotBlank(message = "{person.firstName.required}")
    @Size(max = FieldLimits.PERSON_NAME, message = "{person.name.size}")
    private String firstName;

    @Size(max = FieldLimits.PERSON_NAME, message = "{person.name.size}")
    private String middleName;

    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{person.email.format}")
    @Size(max = FieldLimits.EMAIL, message = "{person.email.format}")
    private String email;

    @Pattern(regexp = PHONE_PATTERN, message = "{person.phone.format}")
    private String phone;

    @NotNull(message = "{person.municipality.required}")
    private Long municipalityId;

    private Long positionId;

    private boolean consentGiven;

    @PastOrPresent(message = "{person.consentDate.future}")
    private LocalDate consentDate;

    /** Sex (for the registry of education documents); null leaves the recorded value. */
    private Sex sex;

    /** Citizenship as a three-digit ОКСМ code (643: Russia); null leaves the recorded value. */
    @Pattern(regexp = "^$|^[0-9]{3}$", message = "{person.citizenship.format}")
    private String citizenship;

    /**
     * СНИЛС, with or without dashes and spaces; checked by its checksum. Null or blank leaves the recorded value:
     * a СНИЛС the registry needs is corrected, never removed by a client that does not send it.
     */
    @ValidSnils
    private String snils;

    /** Date of birth; null leaves the recorded value (as for the СНИЛС). */
    @PlausibleBirthDate
    private LocalDate birthDate;

    private Long version;

    public String getSnils() {
        return snils;
    }

    public void setSnils(String snils) {
        this.snils = snils == null || snils.isBlank() ? null : snils.strip();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Sex getSex() {
        return sex;
    }

    public void setSex(Sex sex) {
        this.sex = sex;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = citizenship;
    }

    /** A consent needs its date. */
    @AssertTrue(message = "{person.consentDate.required}")
    public boolean isConsentDated() {
        return !consentGiven || consentDate != null;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public void setMunicipalityId(Long municipalityId) {
        this.municipalityId = municipalityId;
    }

    public Long getPositionId() {
        return positionId;
    }

    public void setPositionId(Long positionId) {
        this.positionId = positionId;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public void setConsentGiven(boolean consentGiven) {
        this.consentGiven = consentGiven;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

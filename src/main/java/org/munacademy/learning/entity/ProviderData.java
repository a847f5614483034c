package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.munacademy.shared.entity.FieldLimits;

/**
 * What may be entered about a provider: the one rule set of the form, the REST API and the facade. The ИНН's check
 * digit and the region are checked by the boundary; {@code version} carries the version read (optimistic locking).
 */
public class ProviderData {

    /** A code in the learning context: Latin letters, digits, dot, hyphen and underscore. */
    public static final String CODE_PATTERN = "^[A-Za-z0-9._-]*$";

    @NotBlank(message = "{learning.code.required}")
    @Size(max = FieldLimits.LEARNING_CODE, message = "{learning.code.size}")
    @Pattern(regexp = CODE_PATTERN, message = "{learning.code.format}")
    private String code;

    @NotBlank(message = "{learning.provider.name.required}")
    @Size(max = FieldLimits.PROVIDER_NAME, message = "{learning.provider.name.size}")
    private String name;

    @NotBlank(message = "{learning.provider.shortName.required}")
    @Size(max = FieldLimits.PROVIDER_SHORT_NAME, message = "{learning.provider.shortName.size}")
    private String shortName;

    @NotBlank(message = "{learning.provider.inn.required}")
    @Pattern(regexp = "^\\s*\\d{10}\\s*$", message = "{learning.provider.inn.format}")
    private String inn;

    @Size(max = FieldLimits.LICENCE_NUMBER, message = "{learning.provider.licence.size}")
    private String licenceNumber;

    @PastOrPresent(message = "{learning.provider.licenceDate.future}")
    private LocalDate licenceDate;

    /** The region's code (субъект РФ: 35, 78...), or empty for a federal provider. */
    private String regionCode;

    private Long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public void setLicenceNumber(String licenceNumber) {
        this.licenceNumber = licenceNumber;
    }

    public LocalDate getLicenceDate() {
        return licenceDate;
    }

    public void setLicenceDate(LocalDate licenceDate) {
        this.licenceDate = licenceDate;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}

package org.munacademy.learning.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * What a participant should bring to a programme: a position group ({@code code} = the group's code), a least
 * current level in a competency ({@code code} = the competency, {@code minLevel}), or another programme completed
 * before ({@code code} = its code). The boundary checks each code through the context that owns it. A class rather
 * than a record: Payara's OpenAPI generator fails on constraint annotations of record components; the record-style
 * accessors stay for the code that reads it.
 */
public final class Prerequisite {

    @NotNull(message = "{learning.prerequisite.kind.required}")
    private PrerequisiteKind kind;

    @NotBlank(message = "{learning.prerequisite.code.required}")
    private String code;

    private Integer minLevel;

    public Prerequisite() {
    }

    public Prerequisite(PrerequisiteKind kind, String code, Integer minLevel) {
        this.kind = kind;
        this.code = code;
        this.minLevel = minLevel;
    }

    public PrerequisiteKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Integer minLevel() {
        return minLevel;
    }

    public PrerequisiteKind getKind() {
        return kind;
    }

    public void setKind(PrerequisiteKind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getMinLevel() {
        return minLevel;
    }

    public void setMinLevel(Integer minLevel) {
        this.minLevel = minLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Prerequisite p && kind == p.kind && Objects.equals(code, p.code)
                && Objects.equals(minLevel, p.minLevel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code, minLevel);
    }

    @Override
    public String toString() {
        return kind + " " + code + (minLevel == null ? "" : " ≥ " + minLevel);
    }
}

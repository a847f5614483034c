package org.munacademy.identity.entity;

/**
 * A person's sex as the federal registry of education documents (ФИС ФРДО) records it: its upload layout writes
 * «Муж» or «Жен» ({@link #registryLabel()}).
 */
public enum Sex {
    MALE("Муж"),
    FEMALE("Жен");

    private final String registryLabel;

    Sex(String registryLabel) {
        this.registryLabel = registryLabel;
    }

    /** The value of the registry's column «Пол получателя». */
    public String registryLabel() {
        return registryLabel;
    }
}

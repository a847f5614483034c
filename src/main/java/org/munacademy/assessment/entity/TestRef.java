package org.munacademy.assessment.entity;

/** A test as other contexts refer to it: by its stable code, with its title and status (a module check's test). */
public record TestRef(long id, String code, String title, TestStatus status) {
}

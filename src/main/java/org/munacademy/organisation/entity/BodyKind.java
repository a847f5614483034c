package org.munacademy.organisation.entity;

/** Kind of local self-government body (орган местного самоуправления), Federal Law 131-ФЗ, Article 34. */
public enum BodyKind {
    /** местная администрация */
    ADMINISTRATION,
    /** представительный орган (дума, совет депутатов) */
    REPRESENTATIVE,
    /** глава муниципального образования */
    HEAD,
    /** контрольно-счётный орган */
    CONTROL
}

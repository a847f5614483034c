/**
 * Assessment: the item bank (versioned questions tagged with competency, level and difficulty; GIFT and QTI
 * import/export), tests built from blueprints, exam-grade taking (server clock, per-answer autosave with sequence
 * numbers, idempotent finish, overdue closing), per-competency results written as evidence into the competency
 * context, and item statistics.
 */
package org.munacademy.assessment;

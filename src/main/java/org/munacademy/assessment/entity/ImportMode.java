package org.munacademy.assessment.entity;

/**
 * What an import of questions may do to the bank. {@link #CREATE} (the default) only adds questions: an item
 * whose code is already taken gets a fresh code (reported), so an import never changes a question it does not
 * own. {@link #UPDATE} revises the questions whose codes the file names, after a preview (dry run) of every
 * change; a question in use gets a new revision, never an in-place rewrite, and keeps its type and competency.
 */
public enum ImportMode {
    CREATE, UPDATE
}

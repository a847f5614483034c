/**
 * Deliberately bad classes, one or more per rule of {@code ArchitectureTest}, laid out like two contexts
 * ({@code alpha}, {@code beta}) and a shared kernel. They are test classes: {@code ArchitectureTest} does not import
 * them; {@code ArchitectureRulesFailTest} does, and shows every rule failing on them. Nothing uses them.
 */
package org.munacademy.archfixture;

package org.dyad.store;

/**
 * A role an actor was named with, and when: the first and last publication days of the documents
 * naming it so, and the month a text said the role ends (from the {@code people} table), if any.
 */
public record RoleRow(String title, String firstSeen, String lastSeen, String leaves) {
}

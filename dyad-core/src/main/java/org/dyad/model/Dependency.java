package org.dyad.model;

/**
 * One arc of a sentence's Universal Dependencies parse.
 *
 * @param relation  relation name, e.g. {@code nsubj}, {@code obl:tmod}
 * @param governor  token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
}

package org.dyad.model;

/**
 * A named-entity mention found by the annotator.
 *
 * @param text       surface text
 * @param type       coarse type: PERSON, ORGANIZATION, LOCATION, MISC, DATE, …
 * @param tokenStart first token index in its sentence
 * @param tokenEnd   token index after the last
 * @param start      character offset in the cleaned text
 * @param end        character offset after the mention
 */
public record Entity(String text, String type, int tokenStart, int tokenEnd, int start, int end) {
}

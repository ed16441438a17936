package org.dyad.model;

/**
 * A time expression as the annotator (SUTime) found it, before Dyad's own resolution.
 *
 * @param text       surface text
 * @param type       TIMEX3 type: DATE, TIME, DURATION, SET
 * @param value      TIMEX3 value SUTime gave, anchored on the document date, or null
 * @param tokenStart first token index in its sentence
 * @param tokenEnd   token index after the last
 * @param start      character offset in the cleaned text
 * @param end        character offset after the expression
 */
public record Timex(String text, String type, String value, int tokenStart, int tokenEnd, int start, int end) {
}

package org.dyad.model;

/**
 * A time expression of the narration with its TIMEX3 value resolved against the publication date.
 *
 * @param text     surface text
 * @param value    TIMEX3 value ({@code 2026-02-03}, {@code 2026-01}, {@code 2026-W05}, {@code PAST_REF}, …)
 * @param type     TIMEX3 type: DATE, TIME, DURATION, SET
 * @param start    character offset in the cleaned text
 * @param end      character offset after the expression
 * @param sentence index of its sentence
 */
public record TimeExpression(String text, String value, String type, int start, int end, int sentence) {
}

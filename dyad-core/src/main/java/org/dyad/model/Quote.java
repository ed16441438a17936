package org.dyad.model;

/**
 * Words someone said, with who said them and when.
 *
 * @param text    the quoted words, without quote marks
 * @param speaker the speaker, or null when nobody can be named
 * @param date    TIMEX3 value of when it was said, or null
 * @param start   character offset in the cleaned text
 * @param end     character offset after the quote
 */
public record Quote(String text, ActorRef speaker, String date, int start, int end) {
}

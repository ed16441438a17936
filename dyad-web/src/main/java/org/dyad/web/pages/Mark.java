package org.dyad.web.pages;

/**
 * One extracted fact lit up in an article's text, with what the page shows about it on hover. The
 * fields a kind has no use for are null, and the template leaves their attributes out.
 *
 * @param kind      {@code event}, {@code quote}, {@code actor} or {@code time}: the CSS class and {@code data-kind}
 * @param start     offset in the cleaned text
 * @param end       offset after the fact
 * @param source    who acted (event), who spoke (quote), the actor's name (actor)
 * @param target    whom it was done to (event), the actor's country and sector (actor)
 * @param cameo     CAMEO code (event)
 * @param plover    PLOVER type (event)
 * @param goldstein Goldstein score (event)
 * @param date      when it happened or was said; a time expression's TIMEX3 value
 */
public record Mark(String kind, int start, int end, String source, String target, String cameo, String plover, String goldstein,
                   String date) {

    /** Characters it covers: the longer of two overlapping marks encloses the shorter. */
    int length() {
        return end - start;
    }
}

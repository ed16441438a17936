package org.dyad.model;

/**
 * Who did what to whom, coded, dated when it happened, and traceable to its sentence.
 *
 * @param id         stable id
 * @param source     who acted
 * @param target     whom it was done to
 * @param cameo      CAMEO code, e.g. {@code 163}
 * @param plover     PLOVER event type, e.g. {@code SANCTION}
 * @param goldstein  Goldstein score, -10 to +10
 * @param date       TIMEX3 value of when it happened, or null
 * @param sentence   the sentence it was coded from
 * @param start      offset of that sentence in the cleaned text
 * @param end        offset after that sentence
 * @param confidence 0 to 1
 */
public record Event(String id, ActorRef source, ActorRef target, String cameo, String plover, double goldstein,
                    String date, DateSource dateSource, Location location, String sentence, int start, int end,
                    double confidence) {

    /** Where an event's date comes from: a time expression of its clause, or the publication date. */
    public enum DateSource { TEXT, PUBLISHED, UNKNOWN }
}

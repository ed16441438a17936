package org.dyad.model;

/**
 * Words someone said, with who said them and when.
 *
 * <p>A quote is {@link Kind#DIRECT direct} (the speaker's own words, between quotation marks) or
 * {@link Kind#INDIRECT indirect} (reported speech with no marks: the clause of {@code X said that …},
 * {@code X told reporters …}, {@code according to X, …}, without the {@code that}). An indirect
 * quote's text is the reporter's wording of what was said, not the speaker's: search it, do not cite
 * it as the speaker's words.
 *
 * <p>Where the offsets point: a quote of the narration ({@code post == null}) has offsets into the
 * cleaned text. Embedded posts are kept out of the narration, so a quotation inside a post has
 * offsets into that post's {@link Post#text() text} and {@code post} is the post's index in the
 * article's posts. A post's own words are its author's speech and are not repeated as a quote (the
 * post already carries its author); only quotation marks inside a post make quotes, spoken by whoever
 * the post names as their speaker ({@code "…" said X}, {@code "…" — X}), else by the post's author.
 *
 * @param text    the quoted words, without quote marks; for an indirect quote, the reported clause
 * @param speaker the speaker, or null when nobody can be named
 * @param date    TIMEX3 value of when it was said, or null
 * @param start   character offset in the cleaned text (in the post's text when {@code post} is set)
 * @param end     character offset after the quote
 * @param kind    direct or indirect speech
 * @param post    index of the embedded post the quote lies in, or null for the narration
 */
public record Quote(String text, ActorRef speaker, String date, int start, int end, Kind kind, Integer post) {

    /** Direct speech (quotation marks) or indirect (reported clause). */
    public enum Kind {
        DIRECT, INDIRECT;

        /** The lower-case name the analysis record and the store use. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Quote {
        Validate.notNull(text, "text");
        Validate.notNull(kind, "kind");
    }

    /** A direct quote of the narration. */
    public Quote(String text, ActorRef speaker, String date, int start, int end) {
        this(text, speaker, date, start, end, Kind.DIRECT, null);
    }
}

package org.dyad.model;

/**
 * A line the cleaner removed from the narration, with the reason, so a reader can see what went
 * and why.
 */
public record Dropped(String text, Reason reason) {

    /** Why a line is not narration. */
    public enum Reason {
        TITLE, HEADER, DATELINE, BYLINE, HEADING, ADVERTISEMENT, CONTACT, COPYRIGHT, COMMENT_POLICY,
        LINK, POST, EMPTY
    }
}

package org.dyad.model;

import java.time.LocalDate;

/**
 * A social-media post embedded in an article (a tweet, an X or Instagram post), kept apart from
 * the narration because its words are not the article's own.
 *
 * @param author   display name of the account, or null
 * @param handle   the account handle with its {@code @}, or null
 * @param date     the date the attribution line gives, or null
 * @param language ISO 639-1 code of the post's text, or null when it cannot be told
 * @param text     the post's words, without attribution line or media links
 */
public record Post(String author, String handle, LocalDate date, String language, String text) {
}

package org.dyad.actors;

/**
 * Where an actor is named in the narration: tokens [tokenStart, tokenEnd) of a sentence, whose
 * syntactic head is token {@code head} ("Kenyan President William Ruto" → "Ruto").
 */
public record Mention(String actorId, int sentence, int tokenStart, int tokenEnd, int head, String text) {

    public boolean covers(int sentence, int token) {
        return this.sentence == sentence && token >= tokenStart && token < tokenEnd;
    }
}

package org.dyad.model;

import java.util.List;

/**
 * One sentence of the narration with its tokens, parse, entities and time expressions.
 *
 * @param index        position in the document, from 0
 * @param start        character offset in the cleaned text
 * @param end          character offset after the sentence
 * @param tokens       its tokens, in order
 * @param dependencies its dependency arcs
 * @param entities     named-entity mentions
 * @param timexes      time expressions
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       List<Entity> entities, List<Timex> timexes) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
    }
}

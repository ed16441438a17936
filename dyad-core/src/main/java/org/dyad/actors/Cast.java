package org.dyad.actors;

import org.dyad.model.Actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actors of one document, every place they are mentioned, and which of them are people. */
public record Cast(List<Actor> actors, List<Mention> mentions, Set<String> people) {
    public Cast {
        actors = List.copyOf(actors);
        mentions = List.copyOf(mentions);
        people = Set.copyOf(people);
    }

    public boolean isPerson(String actorId) {
        return people.contains(actorId);
    }

    /** The mention that covers this token, if any. */
    public Optional<Mention> mentionAt(int sentence, int token) {
        return mentions.stream().filter(m -> m.covers(sentence, token)).findFirst();
    }

    public Actor actor(String id) {
        return byId().get(id);
    }

    private Map<String, Actor> byId() {
        return actors.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    }
}

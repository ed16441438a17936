package org.dyad.actors;

import org.dyad.model.Actor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The actors of one document, every place they are mentioned, and which of them are people. */
public final class Cast {
    private final List<Actor> actors;
    private final List<Mention> mentions;
    private final Set<String> people;
    private final Map<String, Actor> byId;

    public Cast(List<Actor> actors, List<Mention> mentions, Set<String> people) {
        this.actors = List.copyOf(actors);
        this.mentions = List.copyOf(mentions);
        this.people = Set.copyOf(people);
        this.byId = this.actors.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
    }

    public List<Actor> actors() {
        return actors;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public boolean isPerson(String actorId) {
        return people.contains(actorId);
    }

    /** The mention that covers this token, if any. */
    public Optional<Mention> mentionAt(int sentence, int token) {
        return mentions.stream().filter(m -> m.covers(sentence, token)).findFirst();
    }

    public Actor actor(String id) {
        return byId.get(id);
    }
}

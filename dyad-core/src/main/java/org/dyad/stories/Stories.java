package org.dyad.stories;

import org.dyad.model.Analysis;
import org.dyad.model.Story;
import org.dyad.model.StoryEvent;
import org.dyad.model.Validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories stage: analyses in, stories out. Each analysis added joins a story by
 * {@link StoryClusterer}; a story is built on demand from its documents' analyses ({@link EventMerger},
 * {@link QuoteVariants}, {@link Dyads}). Stories remembered elsewhere (a store) are put back with
 * {@link #restore}, so a new run goes on where the last one stopped, with the same ids.
 * Not thread-safe: feed it from one thread.
 */
public final class Stories {
    private final StoryClusterer clusterer;
    private final Map<String, Map<String, Analysis>> members = new LinkedHashMap<>();

    public Stories() {
        this(new StoryClusterer());
    }

    public Stories(StoryClusterer clusterer) {
        this.clusterer = Validate.notNull(clusterer, "clusterer");
    }

    /** Adds an analysis (replacing an earlier analysis of the same document) and returns its story id. */
    public String add(Analysis a) {
        String story = clusterer.add(StoryDocument.of(a)).story();
        members.computeIfAbsent(story, k -> new LinkedHashMap<>()).put(a.id(), a);
        return story;
    }

    /** Puts back an analysis in the story it was given before. */
    public void restore(Analysis a, String story) {
        clusterer.restore(StoryDocument.of(a), story);
        members.computeIfAbsent(clusterer.storyOf(a.id()), k -> new LinkedHashMap<>()).put(a.id(), a);
    }

    /** The story with this id, built from its documents as they are now. */
    public Story story(String id) {
        Map<String, Analysis> docs = members.get(id);
        Validate.isTrue(docs != null, "no story " + id);
        return build(id, new ArrayList<>(docs.values()));
    }

    /** Story ids, in the order the stories started. */
    public List<String> ids() {
        return List.copyOf(members.keySet());
    }

    /** A story from its documents' analyses, in the order given. */
    public static Story build(String id, List<Analysis> documents) {
        List<StoryEvent> events = EventMerger.merge(documents);
        return new Story(id, documents.stream().map(Analysis::id).toList(), events, QuoteVariants.find(documents),
                Dyads.all(events));
    }
}

package org.dyad.events.petrarch;

import org.dyad.actors.PhoenixActors;
import org.dyad.actors.PhoenixAgents;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PETRARCH actors and agents with their full codes, read by {@link PhoenixActors} and
 * {@link PhoenixAgents}, and found in a sentence's words with {@link #at}: the longest name or
 * agent term that starts at a word, matched word for word.
 */
public final class ActorDictionary {
    /** An actor's name as words, with its dated codes. */
    private record Actor(List<String> words, List<PhoenixActors.DatedCode> codes) {
    }

    /** An agent term as words; its code goes before the actor's when {@code prefix}. */
    public record Agent(List<String> words, String code, boolean prefix) {
    }

    /** What starts at a word: {@code length} words naming actor codes, or an agent. */
    public record Found(int length, List<String> actorCodes, Agent agent) {
        public boolean isAgent() {
            return agent != null;
        }
    }

    private final Map<String, List<Actor>> actors = new HashMap<>();
    private final Map<String, List<Agent>> agents = new HashMap<>();

    private ActorDictionary() {
    }

    /** Both dictionaries, in the PETRARCH/Phoenix formats. */
    public static ActorDictionary read(Reader actorFile, Reader agentFile) throws IOException {
        ActorDictionary d = new ActorDictionary();
        for (PhoenixActors.Entry e : PhoenixActors.entries(actorFile)) {
            List<String> names = new ArrayList<>(List.of(e.name()));
            names.addAll(e.forms());
            for (String name : names) {
                List<String> words = words(name);
                if (!words.isEmpty()) {
                    d.actors.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Actor(words, e.codes()));
                }
            }
        }
        for (PhoenixAgents.Entry e : PhoenixAgents.entries(agentFile)) {
            for (String form : e.forms()) {
                List<String> words = words(form);
                if (!words.isEmpty()) {
                    d.agents.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Agent(words, e.code(), e.prefix()));
                }
            }
        }
        return d;
    }

    private static List<String> words(String name) {
        String n = name.toUpperCase(Locale.ROOT).strip();
        return n.isEmpty() ? List.of() : List.of(n.split("\\s+"));
    }

    /**
     * The longest actor name or agent term starting at word {@code i} of {@code words} (upper case);
     * an actor wins a tie. An actor whose codes are all dated away from {@code date} is not found.
     */
    public Optional<Found> at(List<String> words, int i, LocalDate date) {
        Found best = null;
        for (Actor a : actors.getOrDefault(words.get(i).split("_")[0], List.of())) {
            List<String> codes = codesOn(a.codes(), date);
            int length = matches(a.words(), words, i);
            if (!codes.isEmpty() && length > 0 && (best == null || length > best.length())) {
                best = new Found(length, codes, null);
            }
        }
        for (Agent g : agents.getOrDefault(words.get(i).split("_")[0], List.of())) {
            int length = matches(g.words(), words, i);
            if (length > 0 && (best == null || length > best.length())) {
                best = new Found(length, List.of(), g);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * How many of the sentence's words, from {@code i}, spell the name; 0 if they do not. A word
     * may hold several of the name's words joined by "_" ({@code Dol_Amroth}), as parses sometimes keep them.
     */
    private static int matches(List<String> name, List<String> words, int i) {
        int k = 0;
        int w = i;
        while (k < name.size()) {
            if (w >= words.size()) {
                return 0;
            }
            for (String part : words.get(w).split("_")) {
                if (k >= name.size() || !part.equals(name.get(k))) {
                    return 0;
                }
                k++;
            }
            w++;
        }
        return w - i;
    }

    /** The first restriction that covers the date (file order decides overlaps), else the undated codes. */
    static List<String> codesOn(List<PhoenixActors.DatedCode> codes, LocalDate date) {
        if (date != null) {
            for (PhoenixActors.DatedCode c : codes) {
                if (!c.undated() && c.covers(date)) {
                    return List.of(c.code());
                }
            }
        }
        return codes.stream().filter(PhoenixActors.DatedCode::undated).map(PhoenixActors.DatedCode::code).toList();
    }
}

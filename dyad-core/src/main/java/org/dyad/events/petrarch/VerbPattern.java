package org.dyad.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One pattern of a verb block, {@code - SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [161]}: the elements
 * in order, the verb ({@code *}) among them. Words before the verb must precede it and words after
 * must follow it, in order; {@code _} makes two elements adjacent (a trailing {@code _} only ends a
 * word). {@code $} is where the source stands, {@code +} the target, {@code %} a compound actor,
 * {@code ^} any one word or actor, {@code &NAME} any member of a synset. The grouping marks of newer
 * dictionaries ({@code {…}} noun phrase, {@code (…)} prepositional phrase) are read as plain order.
 * A null code means the pattern codes no event.
 */
public record VerbPattern(List<Element> elements, String code, int line) {

    /** What an element stands for. */
    public enum Kind { WORD, SYNSET, VERB, SOURCE, TARGET, COMPOUND, SKIP }

    /** An element; {@code joinedToNext} when it must stand right before the next one. */
    public record Element(Kind kind, String text, boolean joinedToNext) {
    }

    /** The index of the verb among the elements. */
    public int verb() {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).kind() == Kind.VERB) {
                return i;
            }
        }
        throw new IllegalStateException("a pattern always has its verb");
    }

    /** The pattern of a line's text before its code; empty when it has no {@code *}. */
    static Optional<VerbPattern> parse(String text, String code, int line) {
        List<Element> elements = new ArrayList<>();
        for (String chunk : text.replaceAll("[{}()]", " ").strip().split("\\s+")) {
            String[] parts = chunk.split("_", -1);
            for (int k = 0; k < parts.length; k++) {
                if (parts[k].isEmpty()) {
                    continue;
                }
                boolean joined = k < parts.length - 1 && !parts[k + 1].isEmpty();
                elements.add(element(parts[k].toUpperCase(Locale.ROOT), joined));
            }
        }
        if (elements.stream().noneMatch(e -> e.kind() == Kind.VERB)) {
            return Optional.empty();
        }
        return Optional.of(new VerbPattern(List.copyOf(elements), code, line));
    }

    private static Element element(String part, boolean joined) {
        Kind kind = switch (part) {
            case "*" -> Kind.VERB;
            case "$" -> Kind.SOURCE;
            case "+" -> Kind.TARGET;
            case "%" -> Kind.COMPOUND;
            case "^" -> Kind.SKIP;
            default -> part.startsWith("&") ? Kind.SYNSET : Kind.WORD;
        };
        return new Element(kind, kind == Kind.SYNSET ? VerbDictionary.name(part) : part, joined);
    }
}

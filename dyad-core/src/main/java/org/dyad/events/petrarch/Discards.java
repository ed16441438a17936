package org.dyad.events.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A PETRARCH discard list: phrases ({@code BASEBALL}, {@code AFRICAN NATIONS CUP}) whose presence
 * means the sentence is not political news (sports, weather) and codes nothing. A leading {@code +}
 * marks a story-level discard; a coder of single sentences treats both alike.
 */
public final class Discards {
    private final List<List<String>> phrases;

    private Discards(List<List<String>> phrases) {
        this.phrases = phrases;
    }

    public static Discards none() {
        return new Discards(List.of());
    }

    public static Discards read(Reader in) throws IOException {
        List<List<String>> phrases = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.replaceAll("#.*", "").strip();
            if (t.startsWith("+")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty() && !t.startsWith("<")) {
                phrases.add(List.of(t.toUpperCase(Locale.ROOT).replace('_', ' ').split("\\s+")));
            }
        }
        return new Discards(phrases);
    }

    /** Whether the words (upper case) hold one of the phrases. */
    public boolean matches(List<String> words) {
        return phrases.stream().anyMatch(p -> java.util.Collections.indexOfSubList(words, p) >= 0);
    }
}

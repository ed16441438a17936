package org.dyad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH validation file: {@code <Sentence>} records, each followed by its
 * {@code <EventCoding>} records (or one with {@code noevents="True"}) and its {@code <Text>}.
 */
final class PetrarchValidation {
    private PetrarchValidation() {
    }

    /** A gold coding: source and target actor codes ("USA", "GUYJUD", "---LEG") and the CAMEO code. */
    record Coding(String source, String target, String cameo) {
        /** The country part of an actor code; null where the gold gives none ("---"). */
        static String country(String code) {
            return code == null || code.length() < 3 || code.startsWith("---") ? null : code.substring(0, 3);
        }
    }

    /** One sentence with its gold codings; {@code codings} is empty where the gold says no event. */
    record Case(String id, String category, String date, String text, List<Coding> codings) {
    }

    private static final Pattern TAG = Pattern.compile("<(Sentence|EventCoding)\\b([^>]*)>|<(/?)Text>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /**
     * Reads the records by their tags, not as XML: the files are not well-formed (a self-closed
     * {@code <Sentence/>} is later closed again), and PETRARCH reads them leniently too.
     */
    static List<Case> read(Path file) throws IOException {
        String xml = Files.readString(file);
        List<Case> cases = new ArrayList<>();
        Map<String, String> sentence = null;
        List<Coding> codings = new ArrayList<>();
        int textStart = -1;
        Matcher m = TAG.matcher(xml);
        while (m.find()) {
            if ("/".equals(m.group(3))) {
                if (sentence != null && textStart >= 0 && !"false".equals(sentence.get("evaluate"))) {
                    cases.add(new Case(sentence.get("id"), sentence.get("category"), isoDate(sentence.getOrDefault("date", "")),
                            xml.substring(textStart, m.start()).strip().replaceAll("\\s+", " "), List.copyOf(codings)));
                }
                textStart = -1;
            } else if ("Sentence".equals(m.group(1))) {
                sentence = attributes(m.group(2));
                codings = new ArrayList<>();
            } else if ("EventCoding".equals(m.group(1))) {
                Map<String, String> a = attributes(m.group(2));
                if (a.containsKey("eventcode")) {
                    codings.add(new Coding(a.get("sourcecode"), a.get("targetcode"), a.get("eventcode")));
                }
            } else if (m.group(3) != null) {
                textStart = m.end();
            }
        }
        return cases;
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** "20080804" → "2008-08-04". */
    private static String isoDate(String yyyymmdd) {
        return yyyymmdd.length() == 8 ? yyyymmdd.substring(0, 4) + "-" + yyyymmdd.substring(4, 6) + "-" + yyyymmdd.substring(6) : null;
    }
}

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
 * {@code <EventCoding>} records (or one with {@code noevents="True"}, or an {@code error=} one), its
 * {@code <Text>} and, in PETRARCH's unit tests, its Treebank {@code <Parse>}.
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

    /**
     * One sentence with its gold codings; {@code codings} is empty where the gold says no event
     * ({@code noEvents}) or expects an error ({@code error}, such as "sentencediscard"); {@code parse}
     * is null where the record has none.
     */
    record Case(String id, String category, String date, String text, List<Coding> codings, String parse, boolean noEvents,
                String error) {
    }

    private static final Pattern TAG = Pattern.compile("<(Sentence|EventCoding)\\b([^>]*)>|<(/?)(Text|Parse|Sentence)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");

    /**
     * Reads the records by their tags, not as XML: the files are not well-formed (a self-closed
     * {@code <Sentence/>} is later closed again), and PETRARCH reads them leniently too.
     */
    static List<Case> read(Path file) throws IOException {
        String xml = Files.readString(file);
        List<Case> cases = new ArrayList<>();
        Map<String, String> sentence = null;
        List<Coding> codings = new ArrayList<>();
        Map<String, String> body = new HashMap<>();
        int start = -1;
        Matcher m = TAG.matcher(xml);
        while (m.find()) {
            if ("/".equals(m.group(3)) && !"Sentence".equals(m.group(4))) {
                body.put(m.group(4), xml.substring(start, m.start()).strip());
            } else if ("/".equals(m.group(3))) {
                if (sentence != null && body.containsKey("Text") && !"false".equals(sentence.get("evaluate"))) {
                    cases.add(new Case(sentence.get("id"), sentence.get("category"), isoDate(sentence.getOrDefault("date", "")),
                            body.get("Text").replaceAll("\\s+", " "), List.copyOf(codings), body.get("Parse"),
                            "True".equalsIgnoreCase(body.get("noevents")), body.get("error")));
                }
                sentence = null;
            } else if ("Sentence".equals(m.group(1))) {
                sentence = attributes(m.group(2));
                codings = new ArrayList<>();
                body = new HashMap<>();
            } else if ("EventCoding".equals(m.group(1))) {
                Map<String, String> a = attributes(m.group(2));
                if (a.containsKey("eventcode")) {
                    codings.add(new Coding(a.get("sourcecode"), a.get("targetcode"), a.get("eventcode")));
                }
                body.putIfAbsent("noevents", a.get("noevents"));
                body.putIfAbsent("error", a.get("error"));
            } else if (m.group(4) != null) {
                start = m.end();
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

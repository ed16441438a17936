package org.dyad.events.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A PETRARCH verb dictionary: synsets ({@code &NAME} with {@code +} members, which may name other
 * synsets), and blocks {@code --- VERB [code] ---} holding the verb, its other forms and fellow verbs
 * ({@code BREAK {BROKE BROKEN}}, {@code +BREAK_DOWN {+BROKE_DOWN}}, {@code WIRE_+TAP}, {@code DOWNPLAY [014]};
 * the {@code +} marks the inflected word of a phrasal verb, a leading one its first word) and then
 * the patterns {@code - words * words [code]} that refine the code for any verb of the block.
 * Read with {@link #read}; looked up with {@link #verbAt}.
 */
public final class VerbDictionary {
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("\\[([^\\]]*)]");
    /** Event codes are letters and digits, one or two of them around a colon; "+++" or "###" mark broken test entries, not codes. */
    private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("\\w*(:\\w*)?");

    /** A block: its name, default code (null for {@code ---}: no event) and patterns in file order. */
    public record Block(String name, String code, List<VerbPattern> patterns) {
    }

    /** One verb form: its words, which of them inflects, the code of its own line if any, and its block. */
    public record Verb(List<String> words, int head, String code, Block block) {
        /** The verb's own code, else its block's; null when neither codes an event. */
        public String defaultCode() {
            return code != null ? code : block.code();
        }
    }

    /** A verb found in a sentence: which form, over which words. */
    public record VerbAt(Verb verb, int start, int end) {
    }

    private final Map<String, List<List<String>>> synsets;
    private final Map<String, List<Verb>> byWord;
    private final List<Block> blocks;

    private VerbDictionary(Map<String, List<List<String>>> synsets, Map<String, List<Verb>> byWord, List<Block> blocks) {
        this.synsets = synsets;
        this.byWord = byWord;
        this.blocks = blocks;
    }

    /** The members of a synset, each a phrase of words; nested synsets are expanded. */
    public List<List<String>> synset(String name) {
        return synsets.getOrDefault(name, List.of());
    }

    public List<Block> blocks() {
        return blocks;
    }

    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    /**
     * The longest verb forms whose inflected word is the word at {@code i} (as written, else its lemma)
     * and whose other words stand next to it; several when blocks share a verb ({@code SHOT} in two).
     * Forms as written come first: {@code LEFT} is its own verb before being a form of {@code LEAVE}.
     */
    public List<VerbAt> verbAt(List<String> words, List<String> lemmas, int i) {
        List<VerbAt> best = new ArrayList<>();
        for (String key : List.of(words.get(i), lemmas.get(i))) {
            for (Verb v : byWord.getOrDefault(key, List.of())) {
                int start = i - v.head();
                int end = start + v.words().size();
                if (start < 0 || end > words.size() || !fits(v, words, start, i)) {
                    continue;
                }
                if (!best.isEmpty() && end - start > best.get(0).end() - best.get(0).start()) {
                    best.clear();
                }
                boolean sameBlock = best.stream().anyMatch(b -> b.verb().block() == v.block());
                if (best.isEmpty() || end - start == best.get(0).end() - best.get(0).start() && !sameBlock) {
                    best.add(new VerbAt(v, start, end));
                }
            }
        }
        return best;
    }

    private static boolean fits(Verb v, List<String> words, int start, int head) {
        for (int k = 0; k < v.words().size(); k++) {
            int at = start + k;
            String w = v.words().get(k);
            if (at != head && !w.equals(words.get(at))) {
                return false;
            }
        }
        return true;
    }

    /** Reads a dictionary; lines that fit no form are skipped (the files hold odd hand-typed lines). */
    public static VerbDictionary read(Reader in) throws IOException {
        return new Builder().read(new BufferedReader(in));
    }

    /** The reading state: the synset or block that {@code +} lines belong to. */
    private static final class Builder {
        private final Map<String, List<String>> rawSynsets = new HashMap<>();
        private final Map<String, List<Verb>> byWord = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private String synset;
        private Block block;
        private List<VerbPattern> patterns;

        VerbDictionary read(BufferedReader r) throws IOException {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String text = line.replaceAll("#.*", "").strip();
                if (text.isEmpty() || text.startsWith("<")) {
                    continue;
                }
                if (text.startsWith("---")) {
                    startBlock(text);
                } else if (text.startsWith("-")) {
                    pattern(text.substring(1), number);
                } else if (text.startsWith("&")) {
                    synset = name(text);
                    rawSynsets.putIfAbsent(synset, new ArrayList<>());
                } else if (text.startsWith("+") && synset != null) {
                    rawSynsets.get(synset).add(text.substring(1).strip());
                } else if (block != null) {
                    verbLine(text);
                }
            }
            Map<String, List<List<String>>> synsets = new HashMap<>();
            rawSynsets.keySet().forEach(k -> synsets.put(k, expand(k, new java.util.HashSet<>())));
            byWord.values().forEach(list -> list.sort(Comparator.comparingInt((Verb v) -> -v.words().size())));
            return new VerbDictionary(synsets, byWord, List.copyOf(blocks));
        }

        private void startBlock(String text) {
            synset = null;
            Matcher code = CODE.matcher(text);
            String c = code.find() ? code(code.group(1)) : null;
            String name = text.replaceAll("\\[.*", "").replace("-", " ").strip();
            patterns = new ArrayList<>();
            block = new Block(name, c, patterns);
            blocks.add(block);
        }

        /** {@code BREAK {BROKE BROKEN}}, {@code +BREAK_DOWN {+BROKE_DOWN}}, {@code DOWNPLAY [014]}. */
        private void verbLine(String text) {
            synset = null;
            Matcher code = CODE.matcher(text);
            String own = code.find() ? code(code.group(1)) : null;
            String body = text.replaceAll("\\[.*?]", " ");
            String main = body.replaceAll("\\{.*", "").strip();
            List<String> forms = new ArrayList<>(List.of(main));
            int brace = body.indexOf('{');
            if (brace >= 0) {
                String inner = body.substring(brace + 1).replaceAll("}.*", "");
                forms.addAll(List.of(inner.strip().split("\\s+")));
            }
            for (String form : forms) {
                if (!form.isBlank()) {
                    verb(form, own);
                }
            }
        }

        private void verb(String form, String own) {
            String f = form.toUpperCase(Locale.ROOT);
            List<String> words = new ArrayList<>();
            int head = 0;
            for (String w : f.split("[_\\s]+")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.startsWith("+")) {
                    head = words.size();
                    w = w.substring(1);
                }
                words.add(w);
            }
            if (words.isEmpty()) {
                return;
            }
            Verb v = new Verb(List.copyOf(words), head, own, block);
            byWord.computeIfAbsent(words.get(head), k -> new ArrayList<>()).add(v);
        }

        private void pattern(String text, int line) {
            if (block == null) {
                return;
            }
            synset = null;
            Matcher code = CODE.matcher(text);
            String c = null;
            int at = -1;
            while (code.find()) {
                c = code(code.group(1));
                at = code.start();
            }
            if (at < 0) {
                return;
            }
            if (c == null || VALID.matcher(c).matches()) {
                VerbPattern.parse(text.substring(0, at), c, line).ifPresent(patterns::add);
            }
        }

        private List<List<String>> expand(String name, java.util.Set<String> seen) {
            List<List<String>> out = new ArrayList<>();
            if (!seen.add(name)) {
                return out; // a synset that names itself through others adds nothing more
            }
            for (String member : rawSynsets.getOrDefault(name, List.of())) {
                if (member.startsWith("&")) {
                    out.addAll(expand(name(member), seen));
                } else {
                    List<String> words = List.of(member.toUpperCase(Locale.ROOT).replace('_', ' ').strip().split("\\s+"));
                    if (!words.get(0).isEmpty()) {
                        out.add(words);
                    }
                }
            }
            return out;
        }
    }

    /** "&PREPOSIT1_" and "&PREPOSIT1" are one synset, "PREPOSIT1". */
    static String name(String text) {
        return text.strip().split("\\s+")[0].replaceAll("^&|_+$", "").toUpperCase(Locale.ROOT);
    }

    /** "---" (and the like) codes nothing: null. */
    private static String code(String raw) {
        String c = raw.strip();
        return c.isEmpty() || c.equals("---") ? null : c;
    }
}

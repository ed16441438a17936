package org.dyad.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the quotations of a text are, from its quotation marks alone: no parse, no guess at who
 * spoke. The event coder reads it to leave quoted words alone; the {@link QuoteFinder} to find quotes.
 *
 * <p>Double marks (straight {@code "} and curly {@code “ ”}) make quotations. A quotation ends with
 * its paragraph unless the next paragraph opens with a quote mark: news reopens, and does not close,
 * a quote that goes on in the next paragraph. A quotation left open with no such paragraph after it
 * runs to the end of its paragraph, as the writer most likely forgot the closing mark; a stray
 * closing mark with no opening one is ignored.
 *
 * <p>Single marks ({@code ' ‘ ’}) are also apostrophes (don't, the ’90s, Gondor’s, leaders’), so
 * they make a quotation only where double marks cannot be: inside a double-quoted quotation (a quote
 * within a quote) and in a headline, which news writes with single marks.
 */
public final class QuoteMarks {
    /** Paragraphs are separated by a blank line in the cleaned text. */
    private static final String PARAGRAPH_BREAK = "\n\n";
    /** A headline is one short line with no closing stop; longer lines are narration. */
    private static final int HEADLINE_MAX_CHARS = 140;

    private QuoteMarks() {
    }

    /** A run of characters [start, end) of the text. */
    public record Part(int start, int end) {
    }

    /**
     * One quotation: its words, in one part per paragraph it runs over, without the marks.
     *
     * @param parts  the quoted stretches, in text order
     * @param closed whether a closing mark ends it (false: it ran to the end of its paragraph)
     * @param single whether single marks make it (a quote within a quote, or a headline's quote)
     */
    public record Quotation(List<Part> parts, boolean closed, boolean single) {
        public Quotation {
            parts = List.copyOf(parts);
        }

        public int start() {
            return parts.get(0).start();
        }

        public int end() {
            return parts.get(parts.size() - 1).end();
        }

        /**
         * Without the comma (and spaces) news puts before the closing mark when attribution follows
         * ("“We won,” she said"): punctuation of the sentence, not the speaker's words.
         */
        public Quotation trimmed(String source) {
            Part last = parts.get(parts.size() - 1);
            int end = last.end();
            while (end > last.start() && (source.charAt(end - 1) == ',' || Character.isWhitespace(source.charAt(end - 1)))) {
                end--;
            }
            List<Part> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
            out.add(new Part(last.start(), end));
            return new Quotation(out, closed, single);
        }

        /** Whether the character at {@code offset} is quoted by this quotation. */
        public boolean covers(int offset) {
            return parts.stream().anyMatch(p -> offset >= p.start() && offset < p.end());
        }

        /** The quoted words, paragraphs joined by one space. */
        public String text(String source) {
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                b.append(b.length() == 0 ? "" : " ").append(source, p.start(), p.end());
            }
            return b.toString().strip();
        }
    }

    /** The double-quoted quotations of a text, and the headlines' single-quoted ones, in text order. */
    public static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        List<Part> carried = List.of();
        for (Part paragraph : paragraphs(text)) {
            carried = doubles(text, paragraph, carried, out);
            if (isHeadline(text, paragraph) && carried.isEmpty()) {
                singles(text, paragraph, false).stream().filter(s -> out.stream().noneMatch(d -> d.covers(s.start())))
                        .forEach(out::add);
            }
        }
        if (!carried.isEmpty()) {
            out.add(new Quotation(carried, false, false));
        }
        out.sort(java.util.Comparator.comparingInt(Quotation::start));
        return out;
    }

    /** Quotes within a quote: single-quoted stretches inside this quotation's parts. */
    public static List<Quotation> nested(String text, Quotation outer) {
        List<Quotation> out = new ArrayList<>();
        for (Part p : outer.parts()) {
            out.addAll(singles(text, p, true));
        }
        return out;
    }

    /** For each character, whether it lies inside double quotation marks (the marks themselves do not). */
    public static boolean[] inside(String text) {
        boolean[] inside = new boolean[text.length() + 1];
        for (Quotation q : find(text)) {
            if (!q.single()) {
                q.parts().forEach(p -> java.util.Arrays.fill(inside, p.start(), p.end(), true));
            }
        }
        return inside;
    }

    /**
     * Scans one paragraph for double-quoted stretches; {@code carried} holds the parts of a quotation
     * left open by the paragraph before. Returns the parts of one left open by this paragraph.
     */
    private static List<Part> doubles(String text, Part paragraph, List<Part> carried, List<Quotation> out) {
        List<Part> parts = new ArrayList<>(carried);
        int open = -1;
        int first = firstNonSpace(text, paragraph);
        if (!parts.isEmpty()) {
            if (first < paragraph.end() && isDouble(text.charAt(first)) && text.charAt(first) != '\u201D') {
                open = first + 1; // the quotation goes on: this paragraph reopens it
            } else {
                out.add(new Quotation(parts, false, false));
                parts.clear();
            }
        }
        for (int i = open < 0 ? paragraph.start() : open; i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean closes = open >= 0 && (c == '\u201D' || c == '"');
            boolean opens = open < 0 && (c == '\u201C' || c == '"' && !inches(text, i));
            if (closes) {
                parts.add(new Part(open, i));
                out.add(new Quotation(parts, true, false));
                parts.clear();
                open = -1;
            } else if (opens) {
                open = i + 1;
            }
        }
        if (open >= 0) {
            parts.add(new Part(open, paragraph.end()));
            return parts;
        }
        return List.of();
    }

    /** A straight mark after a digit is a unit ({@code a 5" screen}), not a quotation mark. */
    private static boolean inches(String text, int i) {
        return i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /** Single-quoted stretches of a part, by where apostrophes cannot be. */
    private static List<Quotation> singles(String text, Part part, boolean nested) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        for (int i = part.start(); i < part.end(); i++) {
            if (!isSingle(text.charAt(i))) {
                continue;
            }
            if (open < 0 && opensSingle(text, i, part)) {
                open = i + 1;
            } else if (open >= 0 && closesSingle(text, i, part)) {
                out.add(new Quotation(List.of(new Part(open, i)), true, true));
                open = -1;
            }
        }
        return out;
    }

    /**
     * An opening single mark follows a space, an opening bracket or dash or the start, and comes
     * before a letter; "’90s" and "’em" are elisions, not quotations.
     */
    private static boolean opensSingle(String text, int i, Part part) {
        char before = i == part.start() ? ' ' : text.charAt(i - 1);
        char after = i + 1 < part.end() ? text.charAt(i + 1) : ' ';
        boolean leftEdge = Character.isWhitespace(before) || "([{\u2014\u2013-\u201C\"".indexOf(before) >= 0;
        return leftEdge && Character.isLetter(after) && !elision(text, i + 1);
    }

    private static boolean elision(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return word.equals("em") || word.equals("til") || word.equals("tis") || word.equals("twas") || word.equals("cause");
    }

    /** A closing single mark follows a word or punctuation and comes before a space, punctuation or the end. */
    private static boolean closesSingle(String text, int i, Part part) {
        char before = i == part.start() ? ' ' : text.charAt(i - 1);
        char after = i + 1 < part.end() ? text.charAt(i + 1) : ' ';
        return text.charAt(i) != '\u2018' && !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    /** A paragraph of one line, short, with no closing stop: how a headline or section title looks. */
    private static boolean isHeadline(String text, Part p) {
        String s = text.substring(p.start(), p.end()).strip().replaceAll("[\"'\u201D\u2019]+$", "");
        return !s.isEmpty() && s.length() <= HEADLINE_MAX_CHARS && s.indexOf('\n') < 0 && ".!?:".indexOf(s.charAt(s.length() - 1)) < 0;
    }

    private static int firstNonSpace(String text, Part p) {
        int i = p.start();
        while (i < p.end() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The paragraphs of the text, without their separating blank lines. */
    static List<Part> paragraphs(String text) {
        List<Part> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int cut = text.indexOf(PARAGRAPH_BREAK, from);
            int end = cut < 0 ? text.length() : cut;
            if (end > from) {
                out.add(new Part(from, end));
            }
            if (cut < 0) {
                break;
            }
            from = cut + PARAGRAPH_BREAK.length();
        }
        return out;
    }
}

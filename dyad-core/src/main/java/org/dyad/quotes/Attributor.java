package org.dyad.quotes;

import org.dyad.model.Annotated;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.quotes.QuoteMarks.Part;
import org.dyad.quotes.QuoteMarks.Quotation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the act of speaking behind each quotation of one document, by the conventions of news
 * writing, in this order (the first that answers wins):
 * <ol>
 *   <li>the clause: the verb the quoted words hang from is a cue verb ({@code said “…”},
 *       {@code “…,” he said}, {@code compared them to “…”});</li>
 *   <li>a name and a colon before the quote, as headlines attribute ({@code Smith: “…”});</li>
 *   <li>{@code according to X} in the quote's sentence;</li>
 *   <li>the nearest cue verb of the sentence that opens or closes the quote, outside quotation
 *       marks (a parse that hung the cue elsewhere);</li>
 *   <li>for a quote that fills its sentences: the speaker of the sentence before, in its paragraph
 *       (or the paragraph before, when the quote is a paragraph of its own), else the cue of the
 *       sentence after.</li>
 * </ol>
 * A short noun phrase in quotation marks that no cue verb governs (a title, a nickname, a coined
 * phrase: {@code deploying a “Granite Doctrine”}) is a term, not speech.
 */
final class Attributor {
    /** A quotation of at most this many words, with no verb and no cue, is a term, not speech. */
    static final int TERM_MAX_WORDS = 5;

    private final String text;
    private final List<Syntax> sentences = new ArrayList<>();
    private final List<Part> paragraphs;
    private final boolean[] quoted;
    private final CueVerbs cues;
    /** The speech of the last quote attributed in each sentence, for the quotes that follow it. */
    private final Map<Integer, Speech> spoken = new HashMap<>();

    /**
     * An act of speaking: the verb (or -1 for {@code according to}) and the speaker's token (or -1)
     * in a sentence, and the verbs whose clauses tell when it happened.
     */
    record Speech(int sentence, int verb, int speaker, List<Integer> frame) {
        Speech {
            frame = List.copyOf(frame);
        }
    }

    /** Where one quotation lies, and where a cue verb for it may be. */
    interface Scope {
        boolean inside(Token t);

        boolean mayCue(Token t);
    }

    Attributor(Annotated doc, CueVerbs cues) {
        this.text = doc.text();
        this.cues = cues;
        this.paragraphs = QuoteMarks.paragraphs(text);
        this.quoted = QuoteMarks.inside(text);
        doc.sentences().forEach(s -> sentences.add(new Syntax(s)));
    }

    Syntax sentence(int index) {
        return sentences.get(index);
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** Whether the character at this offset lies inside double quotation marks. */
    boolean quoted(int offset) {
        return quoted[offset];
    }

    /** A quotation of the narration: its words, and cue verbs anywhere outside quotation marks. */
    Scope topLevel(Quotation q) {
        return new Scope() {
            public boolean inside(Token t) {
                return q.covers(t.start());
            }

            public boolean mayCue(Token t) {
                return !q.covers(t.start()) && !quoted[t.start()];
            }
        };
    }

    /** A quote within a quote: cue verbs only in the outer quote's words. */
    Scope nested(Quotation outer, Quotation inner) {
        return new Scope() {
            public boolean inside(Token t) {
                return inner.covers(t.start());
            }

            public boolean mayCue(Token t) {
                return outer.covers(t.start()) && !inner.covers(t.start());
            }
        };
    }

    /** Whether a quotation is a term (title, nickname, coined phrase) rather than speech. */
    boolean isTerm(Quotation q, Scope scope) {
        int open = sentenceAt(q.start());
        if (open < 0 || opensSentence(open, scope)) {
            return false;
        }
        int words = 0;
        for (int s = open; s <= sentenceAt(q.end() - 1); s++) {
            for (Token t : sentences.get(s).sentence.tokens()) {
                if (scope.inside(t) && !sentences.get(s).isPunctuation(t.index())) {
                    if (t.pos().startsWith("VB") || ++words > TERM_MAX_WORDS) {
                        return false;
                    }
                }
            }
        }
        return byClause(q, scope).isEmpty();
    }

    /** The speech of a quotation of the narration, if any of the cascade's rules finds one. */
    Optional<Speech> speech(Quotation q, Scope scope) {
        Optional<Speech> found = byClause(q, scope).or(() -> byColon(q, scope)).or(() -> byAccordingTo(q, scope))
                .or(() -> byNearestCue(q, scope)).or(() -> byNeighbour(q, scope));
        found.ifPresent(s -> spoken.put(sentenceAt(q.end() - 1), s));
        return found;
    }

    /** The speech of a quote within a quote: only a cue verb in the outer quote introduces one. */
    Optional<Speech> nestedSpeech(Quotation inner, Scope scope) {
        return byClause(inner, scope).or(() -> byNearestCue(inner, scope));
    }

    /** 1. A quoted word whose governor lies outside the quote hangs from a cue verb. */
    private Optional<Speech> byClause(Quotation q, Scope scope) {
        for (int s : edges(q)) {
            Syntax x = sentences.get(s);
            for (Token t : x.sentence.tokens()) {
                int g = x.governor(t.index());
                if (!scope.inside(t) || x.isPunctuation(t.index()) || g < 0 || scope.inside(x.token(g))) {
                    continue;
                }
                int v = x.isVerb(g) ? g : x.verbAbove(g);
                if (v >= 0 && scope.mayCue(x.token(v)) && cues.cues(x.token(v))) {
                    return Optional.of(speech(s, v));
                }
            }
        }
        return Optional.empty();
    }

    /** 2. {@code Name: “…”}: a sentence that opens with a name and a colon before the quote. */
    private Optional<Speech> byColon(Quotation q, Scope scope) {
        int s = sentenceAt(q.start());
        if (s < 0) {
            return Optional.empty();
        }
        Syntax x = sentences.get(s);
        int mark = x.tokenAt(q.start() - 1);
        if (mark < 2 || !x.token(mark - 1).word().equals(":")) {
            return Optional.empty();
        }
        for (int i = 0; i < mark - 1; i++) {
            if (!x.token(i).pos().startsWith("NNP")) {
                return Optional.empty();
            }
        }
        return Optional.of(new Speech(s, -1, mark - 2, List.of()));
    }

    /** 3. {@code according to X}: X is the speaker. */
    private Optional<Speech> byAccordingTo(Quotation q, Scope scope) {
        for (int s : edges(q)) {
            Syntax x = sentences.get(s);
            for (Token t : x.sentence.tokens()) {
                if (t.word().toLowerCase(Locale.ROOT).equals("according") && scope.mayCue(t) && x.governor(t.index()) >= 0) {
                    int named = x.governor(t.index());
                    int v = x.verbAbove(named);
                    return Optional.of(new Speech(s, -1, named, v < 0 ? List.of() : List.of(v)));
                }
            }
        }
        return Optional.empty();
    }

    /** 4. The cue verb of the quote's sentences nearest to the quote. */
    private Optional<Speech> byNearestCue(Quotation q, Scope scope) {
        for (int s : edges(q)) {
            int v = nearestCue(s, q, scope);
            if (v >= 0) {
                return Optional.of(speech(s, v));
            }
        }
        return Optional.empty();
    }

    private int nearestCue(int s, Quotation q, Scope scope) {
        Syntax x = sentences.get(s);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : x.sentence.tokens()) {
            if (scope.mayCue(t) && cues.cues(t)) {
                int distance = Math.min(Math.abs(t.start() - q.start()), Math.abs(t.start() - q.end()));
                if (distance < bestDistance) {
                    best = t.index();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** 5. A quote alone in its sentences speaks with the voice of the sentence before, else after. */
    private Optional<Speech> byNeighbour(Quotation q, Scope scope) {
        int first = sentenceAt(q.start());
        int last = sentenceAt(q.end() - 1);
        if (!standsAlone(first, last, scope)) {
            return Optional.empty();
        }
        boolean ownParagraph = paragraphOf(sentences.get(first).sentence.start())
                != paragraphOf(first > 0 ? sentences.get(first - 1).sentence.start() : -1);
        if (first > 0 && (!ownParagraph || spoken.containsKey(first - 1) || endsWithColon(first - 1))) {
            Optional<Speech> before = voiceOf(first - 1);
            if (before.isPresent()) {
                return before;
            }
        }
        int next = last + 1;
        if (next < sentences.size() && samePargraph(last, next) && QuoteMarks.find(sentenceText(next)).isEmpty()) {
            int v = nearestCue(next, q, topLevel(q));
            return v < 0 ? Optional.empty() : Optional.of(speech(next, v));
        }
        return Optional.empty();
    }

    /** The speech of a sentence: of the quote attributed in it, else of its own cue verb. */
    private Optional<Speech> voiceOf(int s) {
        if (spoken.containsKey(s)) {
            return Optional.of(spoken.get(s));
        }
        Syntax x = sentences.get(s);
        for (Token t : x.sentence.tokens()) {
            if (!quoted[t.start()] && cues.cues(t)) {
                return Optional.of(speech(s, t.index()));
            }
        }
        return Optional.empty();
    }

    /** The act of speaking of cue verb {@code verb} in sentence s: its speaker and the verbs that date it. */
    Speech speech(int s, int verb) {
        Syntax x = sentences.get(s);
        Syntax.Subject subject = x.subject(verb, i -> cues.cues(x.token(i)));
        List<Integer> frame = new ArrayList<>(subject.verbs());
        for (int v : subject.verbs()) {
            // "Speaking to reporters on Monday, Smith said …": a subjectless participle sets the scene
            x.children(v).stream().filter(d -> d.relation().equals("advcl") && x.child(d.dependent(), "nsubj") < 0)
                    .forEach(d -> frame.add(d.dependent()));
        }
        return new Speech(s, verb, subject.token(), frame);
    }

    /** The sentences that close and open the quote, closing first: attribution follows a quote more often. */
    private List<Integer> edges(Quotation q) {
        int open = sentenceAt(q.start());
        int close = sentenceAt(q.end() - 1);
        if (close < 0) {
            return List.of();
        }
        return open == close || open < 0 ? List.of(close) : List.of(close, open);
    }

    private boolean opensSentence(int s, Scope scope) {
        Syntax x = sentences.get(s);
        for (Token t : x.sentence.tokens()) {
            if (!x.isPunctuation(t.index())) {
                return scope.inside(t);
            }
        }
        return false;
    }

    /** Whether every word of these sentences is inside the quote. */
    private boolean standsAlone(int first, int last, Scope scope) {
        for (int s = first; s <= last; s++) {
            Syntax x = sentences.get(s);
            for (Token t : x.sentence.tokens()) {
                if (!scope.inside(t) && !x.isPunctuation(t.index())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean endsWithColon(int s) {
        return sentenceText(s).strip().endsWith(":");
    }

    private boolean samePargraph(int a, int b) {
        return paragraphOf(sentences.get(a).sentence.start()) == paragraphOf(sentences.get(b).sentence.start());
    }

    private String sentenceText(int s) {
        Sentence x = sentences.get(s).sentence;
        return text.substring(x.start(), x.end());
    }

    private int paragraphOf(int offset) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (offset >= paragraphs.get(i).start() && offset < paragraphs.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the sentence holding this character (the one before, between two), or -1 before the first. */
    int sentenceAt(int offset) {
        int found = -1;
        for (Syntax x : sentences) {
            if (x.sentence.start() <= offset) {
                found = x.sentence.index();
            }
        }
        return found;
    }
}

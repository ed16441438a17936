package org.dyad.quotes;

import org.dyad.model.Dependency;
import org.dyad.model.Token;
import org.dyad.quotes.Attributor.Speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported speech without quotation marks, from the dependency parse, in three shapes:
 * <ol>
 *   <li>the clausal complement of a reporting cue verb ({@code X said (that) CLAUSE},
 *       {@code X told reporters CLAUSE}, {@code CLAUSE, X said});</li>
 *   <li>a clause beside a parenthetical cue verb ({@code CLAUSE, X said, …} parsed as parataxis);</li>
 *   <li>{@code according to X, CLAUSE} and {@code CLAUSE, according to X}.</li>
 * </ol>
 * Not reported speech: a cue verb inside quotation marks (it is the speaker's own words, not the
 * narration's report), a negated cue verb ({@code did not say that}), a verb that is no cue or does
 * not report its complement ({@code believes that}, {@code denied that}: see {@code cues.tsv}), and a
 * clause that quotation marks already make a direct quote (its head or all its words quoted).
 */
final class IndirectSpeech {
    /** Words that negate the cue verb they modify: what was not said is no quote. */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    /** A reported clause has at least this many words; shorter ones are fragments ("he said so"). */
    static final int MIN_WORDS = 3;

    private final Attributor attributor;
    private final CueVerbs cues;

    IndirectSpeech(Attributor attributor, CueVerbs cues) {
        this.attributor = attributor;
        this.cues = cues;
    }

    /**
     * One reported clause: who reported it (the speech), the clause's span in the text, and whether
     * {@code according to} named the speaker (then a speaker that is no actor, "according to the
     * data", means the clause was nobody's speech).
     */
    record Reported(Speech speech, int start, int end, boolean according) {
    }

    /** The reported clauses of the document, in text order. */
    List<Reported> find() {
        List<Reported> out = new ArrayList<>();
        for (int s = 0; s < attributor.sentenceCount(); s++) {
            Syntax x = attributor.sentence(s);
            for (Token t : x.sentence.tokens()) {
                int v = t.index();
                if (attributor.quoted(t.start())) {
                    continue;
                }
                if (cues.reports(t) && !negated(x, v)) {
                    for (Dependency d : x.children(v)) {
                        if (d.relation().equals("ccomp")) {
                            clause(x, x.subtree(d.dependent()), d.dependent())
                                    .ifPresent(c -> out.add(new Reported(attributor.speech(x.sentence.index(), v), c[0], c[1], false)));
                        }
                    }
                    beside(x, v).or(() -> misparsed(x, v))
                            .ifPresent(c -> out.add(new Reported(attributor.speech(x.sentence.index(), v), c[0], c[1], false)));
                }
                if (t.word().toLowerCase(Locale.ROOT).equals("according")) {
                    according(x, v).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** 2. {@code The talks failed, Smith said.} parsed with the cue verb as parataxis of the clause. */
    private java.util.Optional<int[]> beside(Syntax x, int v) {
        int g = x.governor(v);
        if (!x.relation(v).equals("parataxis") || g < 0 || g > v || !x.isVerb(g) && x.child(g, "cop") < 0
                || x.child(v, "nsubj") < 0) {
            return java.util.Optional.empty();
        }
        List<Integer> own = x.subtree(v);
        int first = own.get(0);
        List<Integer> clause = x.subtree(g).stream().filter(i -> i < first).toList();
        return clause(x, clause, g);
    }

    /**
     * 1b. The parser's usual slip on a clause without {@code that}: it takes the clause's subject as
     * the cue verb's object and hangs the cue verb as the clausal subject of the clause's verb
     * ({@code said the talks would fail}: csubj(fail, said), obj(said, talks)), or the clause as a
     * bare dependent of the cue verb. The clause then runs from that object to the clause verb's end.
     */
    private java.util.Optional<int[]> misparsed(Syntax x, int v) {
        int object = x.child(v, "obj");
        if (object < v) {
            return java.util.Optional.empty();
        }
        int g = x.governor(v);
        int verb = -1;
        if (x.relation(v).equals("csubj") && g > v && x.child(g, "nsubj") < 0) {
            verb = g;
        } else {
            verb = x.children(v).stream().filter(d -> d.relation().equals("dep") && d.dependent() > object && x.isVerb(d.dependent()))
                    .map(org.dyad.model.Dependency::dependent).findFirst().orElse(-1);
        }
        if (verb < 0) {
            return java.util.Optional.empty();
        }
        List<Integer> tail = x.subtree(verb);
        int from = x.subtree(object).get(0);
        List<Integer> clause = new ArrayList<>();
        for (int i = from; i <= tail.get(tail.size() - 1); i++) {
            clause.add(i);
        }
        return clause(x, clause, verb);
    }

    /** 3. {@code according to X}: the sentence on the longer side of the phrase, X the speaker. */
    private java.util.Optional<Reported> according(Syntax x, int according) {
        int named = x.governor(according);
        if (named < 0 || !x.token(named).pos().matches("NN.*|PRP")) {
            return java.util.Optional.empty();
        }
        List<Integer> phrase = x.subtree(named);
        int from = phrase.get(0);
        int to = phrase.get(phrase.size() - 1);
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            (i < from ? before : after).add(i);
        }
        after.removeIf(i -> i <= to);
        List<Integer> side = words(x, after) >= words(x, before) ? after : before;
        if (side.isEmpty()) {
            return java.util.Optional.empty();
        }
        int head = side.stream().filter(i -> !side.contains(x.governor(i))).findFirst().orElse(side.get(0));
        // no verb dates the speech: the clause's own verb tells when its news happened, not when X told it
        Speech speech = new Speech(x.sentence.index(), -1, named, List.of());
        return clause(x, side, head).map(c -> new Reported(speech, c[0], c[1], true));
    }

    /**
     * The character span of a clause's tokens without a leading {@code that}, the sentence's commas
     * and stops at its edges, or nothing when it is too short or quotation marks already make it a
     * direct quote.
     */
    private java.util.Optional<int[]> clause(Syntax x, List<Integer> tokens, int head) {
        int a = 0;
        int b = tokens.size() - 1;
        while (a <= b && (edge(x, tokens.get(a)) || isThat(x, tokens.get(a)))) {
            a++;
        }
        for (int k = a + 1; k < b; k++) {
            if (participleAfterComma(x, tokens.get(k))) {
                b = k - 1; // "said trade would grow, claiming …": the participle is the speaker's act, not the report
                break;
            }
        }
        while (b >= a && edge(x, tokens.get(b))) {
            b--;
        }
        if (a > b || words(x, tokens.subList(a, b + 1)) < MIN_WORDS || attributor.quoted(x.token(head).start())
                || tokens.subList(a, b + 1).stream().filter(i -> !x.isPunctuation(i))
                .allMatch(i -> attributor.quoted(x.token(i).start()))) {
            return java.util.Optional.empty();
        }
        int start = x.token(tokens.get(a)).start();
        int end = x.token(tokens.get(b)).end();
        return java.util.Optional.of(new int[] {start, end});
    }

    /** Punctuation that bounds a clause, not part of it; quotation marks stay, they belong to a partial quote. */
    private static boolean edge(Syntax x, int i) {
        String pos = x.token(i).pos();
        return x.isPunctuation(i) && !pos.equals("``") && !pos.equals("''");
    }

    /** A comma before a participle with no subject of its own ({@code , describing …}, {@code , adding …}). */
    private static boolean participleAfterComma(Syntax x, int i) {
        return x.token(i).word().equals(",") && i + 1 < x.size() && x.token(i + 1).pos().equals("VBG")
                && x.child(i + 1, "nsubj") < 0;
    }

    private static boolean isThat(Syntax x, int i) {
        return x.relation(i).equals("mark") && x.token(i).word().equalsIgnoreCase("that");
    }

    private static int words(Syntax x, List<Integer> tokens) {
        return (int) tokens.stream().filter(i -> !x.isPunctuation(i)).count();
    }

    private static boolean negated(Syntax x, int v) {
        return x.children(v).stream().anyMatch(d -> (d.relation().equals("advmod") || d.relation().equals("neg"))
                && NEGATIONS.contains(x.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }
}

package org.dyad.quotes;

import org.dyad.actors.Cast;
import org.dyad.actors.Mention;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Annotated;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Quote.Kind;
import org.dyad.model.TimeExpression;
import org.dyad.quotes.Attributor.Scope;
import org.dyad.quotes.Attributor.Speech;
import org.dyad.quotes.IndirectSpeech.Reported;
import org.dyad.quotes.QuoteMarks.Part;
import org.dyad.quotes.QuoteMarks.Quotation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds who said what, and when: every quotation of the narration that is speech (not a title or
 * coined phrase), with its speaker resolved to the document's canonical actor and the date of its
 * speech verb.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteFinder.standard().find(annotated, cast, times);
 * }</pre>
 *
 * <p>Where the quotations are comes from {@link QuoteMarks}; whose voice each is, from the
 * {@link Attributor}'s cascade of news conventions. The speaker is the actor the {@link Cast}
 * resolved at the subject of the cue verb ("he" already resolved there); a subject that is no actor
 * ("a witness said") leaves the quote without speaker. The date is the resolved time expression of
 * the speech verb's clause ("said Monday", "Speaking on Monday, … said"), else the publication date,
 * as news reports what was said since the last edition. A quote within a quote has no publication
 * date to fall back on: it was said before the outer quote, at a time the text does not tell.
 *
 * <p>Reported speech without quotation marks ({@code X said that …}, {@code according to X, …})
 * becomes {@link org.dyad.model.Quote.Kind#INDIRECT indirect} quotes by {@link IndirectSpeech}: the
 * clause, its speaker resolved as above, dated by its speech verb. A clause that is nobody's speech
 * ("it is said that", "according to the data") is left out.
 *
 * <p>Social posts are not searched here: they are kept out of the narration, and these quotes'
 * offsets are offsets into the narration; {@link PostQuotes} finds the quotations inside posts.
 */
public final class QuoteFinder {
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME");

    private final CueVerbs cues;

    public QuoteFinder(CueVerbs cues) {
        this.cues = cues;
    }

    /** With the project's cue verbs. */
    public static QuoteFinder standard() {
        return new QuoteFinder(CueVerbs.shared());
    }

    /** The quotes of an annotated document, in text order; empty when it was not annotated. */
    public List<Quote> find(Annotated doc, Cast cast, List<TimeExpression> times) {
        if (doc.sentences().isEmpty()) {
            return List.of();
        }
        Attributor attributor = new Attributor(doc, cues);
        Dating dating = new Dating(attributor, times, doc.article().published().date());
        List<Quote> out = new ArrayList<>();
        for (Quotation q : QuoteMarks.find(doc.text())) {
            Scope scope = attributor.topLevel(q);
            if (attributor.isTerm(q, scope)) {
                continue; // a title, nickname or coined phrase: nobody's words
            }
            Optional<Speech> speech = attributor.speech(q, scope);
            out.add(quote(doc, q.trimmed(doc.text()), speech, cast, attributor, dating.of(speech, q, true), Kind.DIRECT));
            for (Quotation inner : QuoteMarks.nested(doc.text(), q)) {
                Optional<Speech> voice = attributor.nestedSpeech(inner, attributor.nested(q, inner));
                voice.ifPresent(v -> out.add(quote(doc, inner.trimmed(doc.text()), voice, cast, attributor,
                        dating.of(voice, inner, false), Kind.DIRECT)));
            }
        }
        Set<Integer> reportedAt = new HashSet<>();
        for (Reported r : new IndirectSpeech(attributor, cues).find()) {
            Optional<Speech> speech = Optional.of(r.speech());
            boolean nobody = r.speech().speaker() < 0 || r.according() && speaker(r.speech(), cast, attributor) == null;
            if (nobody || !reportedAt.add(r.start())) {
                continue; // "it is said that …", "according to the data, …": nobody's speech
            }
            Quotation clause = new Quotation(List.of(new Part(r.start(), r.end())), true, false);
            out.add(quote(doc, clause, speech, cast, attributor, dating.of(speech, clause, true), Kind.INDIRECT));
        }
        out.sort(Comparator.comparingInt(Quote::start));
        return List.copyOf(out);
    }

    private static Quote quote(Annotated doc, Quotation words, Optional<Speech> speech, Cast cast, Attributor a, String date, Kind kind) {
        Actor speaker = speech.map(s -> speaker(s, cast, a)).orElse(null);
        ActorRef ref = speaker == null ? null : new ActorRef(speaker.id(), speaker.name(), speaker.country(), speaker.sector());
        return new Quote(words.text(doc.text()), ref, date, words.start(), words.end(), kind, null);
    }

    /** The actor at the speaker's token, or at a name beside it ("the spokesman, Jane Doe,"). */
    static Actor speaker(Speech s, Cast cast, Attributor a) {
        if (s.speaker() < 0) {
            return null;
        }
        Optional<Mention> m = cast.mentionAt(s.sentence(), s.speaker());
        if (m.isEmpty()) {
            Syntax x = a.sentence(s.sentence());
            m = x.children(s.speaker()).stream()
                    .filter(d -> Set.of("appos", "compound", "flat", "nmod").contains(d.relation()))
                    .map(Dependency::dependent).map(i -> cast.mentionAt(s.sentence(), i)).flatMap(Optional::stream).findFirst();
        }
        return m.map(x -> cast.actor(x.actorId())).orElse(null);
    }

    /** When each speech happened. */
    private record Dating(Attributor attributor, List<TimeExpression> times, String published) {

        String of(Optional<Speech> speech, Quotation q, boolean fallBackOnPublication) {
            String fallback = fallBackOnPublication ? published : null;
            return speech.flatMap(s -> timeOf(s, q)).orElse(fallback);
        }

        /** A dated time expression of the sentence, outside the quote, whose clause is the speech's. */
        private Optional<String> timeOf(Speech s, Quotation q) {
            Syntax x = attributor.sentence(s.sentence());
            for (TimeExpression t : times) {
                if (t.sentence() != s.sentence() || q.covers(t.start()) || !TIME_TYPES.contains(t.type())
                        || t.value() == null || !Character.isDigit(t.value().charAt(0))) {
                    continue;
                }
                int token = x.tokenAt(t.start());
                if (token >= 0 && s.frame().contains(x.verbAbove(token))) {
                    return Optional.of(t.value());
                }
            }
            return Optional.empty();
        }
    }
}

package org.dyad.events;

import org.dyad.actors.Cast;
import org.dyad.actors.Gazetteer;
import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Annotated;
import org.dyad.model.Event;
import org.dyad.model.Ids;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.quotes.QuoteMarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Codes who did what to whom from the dependency parse: each verb or event noun of the lexicon,
 * with its source (the subject, the agent of a passive, the owner of a nominal event) and target
 * (where the lexicon says the sense puts it), becomes a CAMEO event with PLOVER type and Goldstein
 * score, dated by the time expression in its clause.
 *
 * <p>Not coded: predicates inside quotation marks (reported speech is not the narration's own),
 * negated ones ("did not meet") and those under a verb of expectation or modality ("expected to
 * meet", "would meet"), which did not happen. An intention ("plans to attack") is coded as CAMEO
 * codes it, as intent (03x) or threat (13x). Each sentence is coded by a {@link SentenceCoder}.
 */
public final class EventCoder {
    private final Lexicon lexicon;
    private final Cameo cameo;
    private final Gazetteer gazetteer;

    public EventCoder(Lexicon lexicon, Cameo cameo, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.gazetteer = gazetteer;
    }

    public static EventCoder standard() {
        return new EventCoder(Lexicon.shared(), Cameo.shared(), Gazetteer.shared());
    }

    public List<Event> code(Annotated doc, Cast cast, List<TimeExpression> times) {
        Map<String, Event> events = new LinkedHashMap<>();
        boolean[] quoted = QuoteMarks.inside(doc.text());
        for (Sentence s : doc.sentences()) {
            new SentenceCoder(lexicon, cameo, gazetteer, doc, s, cast, times, quoted).code().forEach(e -> events.putIfAbsent(e.id(), e));
        }
        return List.copyOf(events.values());
    }

    static ActorRef ref(Actor a) {
        return new ActorRef(a.id(), a.name(), a.country(), a.sector());
    }

    static String id(String doc, int sentence, int token, String cameo, String source, String target) {
        return "e-" + Ids.hash(doc + "|" + sentence + "|" + token + "|" + cameo + "|" + source + "|" + target, 16);
    }
}

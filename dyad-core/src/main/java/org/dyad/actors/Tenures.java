package org.dyad.actors;

import org.dyad.model.Actor;
import org.dyad.model.Annotated;
import org.dyad.model.Parse;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * When a person leaves office, where the text says so: "Ruto will step down in March", "Petro, who is
 * set to leave office in August", "the minister resigned on Monday". The date is that of the time
 * expression in the leaving verb's clause; it ends the role the person holds, so a later article
 * dated after it does not give the person that role.
 */
public final class Tenures {
    /** Verbs of leaving a role by themselves. */
    private static final Set<String> LEAVING = Set.of("resign", "retire", "abdicate");
    /** Verbs that leave a role with this object: "leave office", "quit the post". */
    private static final Set<String> LEFT_WITH_OBJECT = Set.of("leave", "quit", "vacate", "relinquish");
    private static final Set<String> ROLES = Set.of("office", "post", "power", "presidency", "premiership", "job", "position");
    /** Relations by which the leaving verb hangs under what names the person ("who is set to leave", "will step down"). */
    private static final Set<String> UP = Set.of("xcomp", "conj", "acl", "acl:relcl", "dep", "ccomp");
    private static final int MAX_CLIMB = 6;

    private Tenures() {
    }

    /** The actors with the end of their role where the document tells it; the others as they are. */
    public static List<Actor> withEnds(Annotated doc, Cast cast, List<TimeExpression> times) {
        Map<String, String> ends = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            Parse parse = new Parse(s);
            for (int v = 0; v < parse.size(); v++) {
                if (leaves(parse, v)) {
                    int verb = v;
                    date(parse, s, v, times).ifPresent(date -> person(parse, s, verb, cast).ifPresent(a -> ends.putIfAbsent(a.id(), date)));
                }
            }
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : cast.actors()) {
            String end = ends.get(a.id());
            out.add(end == null ? a : new Actor(a.id(), a.name(), a.country(), a.sector(), a.title(), a.person(), end));
        }
        return out;
    }

    private static boolean leaves(Parse parse, int v) {
        if (!parse.token(v).pos().startsWith("VB")) {
            return false;
        }
        String lemma = parse.token(v).lemma().toLowerCase(Locale.ROOT);
        if (LEAVING.contains(lemma)) {
            return true;
        }
        if (lemma.equals("step")) {
            return parse.child(v, "compound:prt").map(p -> parse.token(p).word().equalsIgnoreCase("down")).orElse(false);
        }
        return LEFT_WITH_OBJECT.contains(lemma)
                && parse.child(v, "obj").map(o -> ROLES.contains(parse.token(o).lemma().toLowerCase(Locale.ROOT))).orElse(false);
    }

    /** The resolved date of a time expression whose head hangs from the verb itself. */
    private static Optional<String> date(Parse parse, Sentence s, int v, List<TimeExpression> times) {
        for (Timex t : s.timexes()) {
            int head = t.tokenEnd() - 1;
            if (head < parse.size() && parse.governor(head) == v) {
                Optional<String> value = times.stream().filter(x -> x.start() == t.start() && x.type().equals("DATE"))
                        .map(TimeExpression::value).findFirst();
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** The person who leaves: the subject of the verb or of a clause above it, or the noun a relative clause hangs on. */
    private static Optional<Actor> person(Parse parse, Sentence s, int v, Cast cast) {
        for (int k = v, steps = 0; k >= 0 && steps < MAX_CLIMB; steps++) {
            Optional<Actor> subject = parse.child(k, "nsubj").flatMap(sub -> personAt(cast, s, sub));
            if (subject.isPresent()) {
                return subject;
            }
            Optional<Actor> self = personAt(cast, s, k);
            if (self.isPresent()) {
                return self; // "Petro, who is set to leave office": the clause hangs on Petro
            }
            if (!UP.contains(parse.relation(k))) {
                return Optional.empty();
            }
            k = parse.governor(k);
        }
        return Optional.empty();
    }

    private static Optional<Actor> personAt(Cast cast, Sentence s, int token) {
        return cast.mentionAt(s.index(), token).map(m -> cast.actor(m.actorId())).filter(Actor::person);
    }
}

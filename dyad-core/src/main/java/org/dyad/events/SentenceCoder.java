package org.dyad.events;

import org.dyad.actors.ActorFinder;
import org.dyad.actors.Cast;
import org.dyad.actors.Gazetteer;
import org.dyad.actors.Mention;
import org.dyad.actors.Place;
import org.dyad.model.Actor;
import org.dyad.model.Annotated;
import org.dyad.model.CameoRoot;
import org.dyad.model.Entity;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Parse;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes the events of one sentence (see {@link EventCoder}): finds each predicate of the lexicon,
 * its source and target actors, whether it happened, and its date.
 */
final class SentenceCoder {
    /** Not "will": news reports what is decided and announced ("will supply arms") as it reports what is done. */
    private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "can");
    /** Someone else's expectation: "talks were expected to focus on…" did not happen and is no act of anyone's. */
    private static final Set<String> EXPECTED = Set.of("expect", "likely", "set", "schedule", "due", "poise");
    /** The actor's own intention: CAMEO codes "plans to attack" as a threat, "hopes to meet" as intent to meet. */
    private static final Set<String> INTENDED = Set.of("plan", "hope", "want", "seek", "intend", "aim", "try", "propose",
            "consider", "wish", "pledge", "vow", "promise", "offer", "threaten");
    /** The intent code for an act's root: cooperation roots to 03x, conflict roots to 13x. */
    private static final Map<CameoRoot, String> INTENT = Map.ofEntries(
            Map.entry(CameoRoot.CONSULT, "036"), Map.entry(CameoRoot.ENGAGE_IN_DIPLOMATIC_COOPERATION, "032"),
            Map.entry(CameoRoot.ENGAGE_IN_MATERIAL_COOPERATION, "031"), Map.entry(CameoRoot.PROVIDE_AID, "033"),
            Map.entry(CameoRoot.YIELD, "035"), Map.entry(CameoRoot.DEMAND, "130"), Map.entry(CameoRoot.DISAPPROVE, "130"),
            Map.entry(CameoRoot.REJECT, "130"), Map.entry(CameoRoot.PROTEST, "133"), Map.entry(CameoRoot.EXHIBIT_FORCE_POSTURE, "138"),
            Map.entry(CameoRoot.REDUCE_RELATIONS, "132"), Map.entry(CameoRoot.COERCE, "137"), Map.entry(CameoRoot.ASSAULT, "138"),
            Map.entry(CameoRoot.FIGHT, "138"), Map.entry(CameoRoot.USE_UNCONVENTIONAL_MASS_VIOLENCE, "138"));
    /** Verbs by which one asks another to act ("urged Kenya to withdraw"): the act is not done by being asked for. */
    private static final Set<String> REQUESTED = Set.of("want", "ask", "urge", "call", "invite", "encourage", "request",
            "tell", "press", "pressure", "push", "advise", "need", "order", "instruct", "implore", "beg");
    /** Auxiliaries that make a negation a refusal: "will not", "won't", "would not". */
    private static final Set<String> FUTURE = Set.of("will", "would", "wo", "'ll");
    /** The rejection code for a refused cooperation, by the root of what is refused. */
    private static final Map<CameoRoot, String> REFUSAL = Map.of(
            CameoRoot.EXPRESS_INTENT_TO_COOPERATE, "120", CameoRoot.CONSULT, "125", CameoRoot.ENGAGE_IN_DIPLOMATIC_COOPERATION, "120",
            CameoRoot.ENGAGE_IN_MATERIAL_COOPERATION, "121", CameoRoot.PROVIDE_AID, "121", CameoRoot.YIELD, "124");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Relations by which a clause hangs under another whose negation or modality it shares. */
    private static final Set<String> CLAUSAL = Set.of("xcomp", "acl", "ccomp", "obj", "obl", "nmod");
    /** Verbs that only carry an event noun: "held talks", "launched strikes", "helped facilitate a call". */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "launch", "conduct", "carry", "stage", "make",
            "give", "facilitate", "host", "begin", "start", "order", "continue", "mount", "announce");
    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "nmod");
    /** Prepositions that name the other party of a thing: "an agreement with", "aid to", "a case against". */
    private static final List<String> PARTIES = List.of("with", "to", "against");
    /** Pronouns for a country or group, resolved to who is speaking ("Kenya said it would…", "they said they would…"). */
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "we");
    /**
     * Roots of acts whose verb, with no target named, hits where it happens ("clashed in Aleppo"); an
     * attack told by a noun ("an operation in Kenya") may be only talked of.
     */
    private static final Set<CameoRoot> AIMED_AT_PLACE = Set.of(CameoRoot.ASSAULT, CameoRoot.FIGHT,
            CameoRoot.USE_UNCONVENTIONAL_MASS_VIOLENCE);
    /** Prepositions that say where a thing is, or what it is part of. */
    private static final List<String> PLACED_IN = List.of("in", "of");
    private static final String ACCUSE = "112";
    private static final String CLAIM_RESPONSIBILITY = "015";
    private static final String HOST_VISIT = "043";
    private static final String MAKE_VISIT = "042";
    /** Roots of acts that coordinated parties do to each other: talks, deals, exchanges, fights. */
    private static final Set<CameoRoot> MUTUAL = Set.of(CameoRoot.EXPRESS_INTENT_TO_COOPERATE, CameoRoot.CONSULT,
            CameoRoot.ENGAGE_IN_DIPLOMATIC_COOPERATION, CameoRoot.ENGAGE_IN_MATERIAL_COOPERATION, CameoRoot.YIELD, CameoRoot.FIGHT);
    /** Prepositions that say where: "clashed in Aleppo", "met at the White House". */
    private static final Set<String> PLACES = Set.of("in", "at", "near", "outside");

    private final Lexicon lexicon;
    private final Cameo cameo;
    private final Gazetteer gazetteer;
    private final Annotated doc;
    private final Sentence s;
    private final Parse parse;
    private final Cast cast;
    private final List<TimeExpression> times;
    private final boolean[] quoted;
    private final List<Event> out = new ArrayList<>();

    SentenceCoder(Lexicon lexicon, Cameo cameo, Gazetteer gazetteer, Annotated doc, Sentence s, Cast cast,
                  List<TimeExpression> times, boolean[] quotedChars) {
        this.lexicon = lexicon;
        this.cameo = cameo;
        this.gazetteer = gazetteer;
        this.doc = doc;
        this.s = s;
        this.parse = new Parse(s);
        this.cast = cast;
        this.times = times;
        this.quoted = new boolean[s.tokens().size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = quotedChars[s.tokens().get(i).start()];
        }
    }

    List<Event> code() {
        codeAll();
        // one sentence reports an act once: "held talks" is not also a second "talks"
        Map<String, Event> once = new LinkedHashMap<>();
        out.forEach(e -> once.putIfAbsent(e.source().id() + ">" + e.target().id() + ":" + e.cameo().substring(0, 2), e));
        return List.copyOf(once.values());
    }

    private void codeAll() {
        for (int v = 0; v < parse.size(); v++) {
            Token t = parse.token(v);
            if (quoted[v] || !happened(v) && !refused(v)) {
                continue;
            }
            if (t.pos().startsWith("VB") && !alleged(v)) {
                verb(v);
                accusation(v);
            } else if (t.pos().startsWith("NN")) {
                noun(v);
            }
        }
    }

    private void verb(int v) {
        // the lexicon's keys: verb + particle ("crack down"), verb + fixed object ("impose sanctions"), verb
        Optional<Integer> object = object(v);
        Map<String, Boolean> keys = new LinkedHashMap<>();   // key → whether it holds the object
        parse.child(v, "compound:prt").ifPresent(p -> keys.put(lemma(v) + " " + lower(p), false));
        object.ifPresent(o -> {
            keys.put(lemma(v) + " " + lower(o), true);
            keys.put(lemma(v) + " " + lemma(o), true);
        });
        keys.putIfAbsent(lemma(v), false);
        if (lemma(v).startsWith("re-")) {
            keys.putIfAbsent(lemma(v).substring(3), false); // "re-impose" is "impose" again
        }
        for (Map.Entry<String, Boolean> key : keys.entrySet()) {
            for (Lexicon.Sense sense : lexicon.verb(key.getKey())) {
                if (sense.frame().startsWith(Lexicon.CONVERSE) ? converse(v, sense, key.getValue())
                        : emit(v, sense, sources(v), target(v, sense.frame(), key.getValue()))) {
                    return;
                }
            }
        }
    }

    /**
     * What the verb acts on: its direct object; in the passive, its subject ("evidence was
     * presented"); else the subject of a small clause right after it ("released the mayor jailed
     * a year ago", which parsers read as a clause).
     */
    private Optional<Integer> object(int v) {
        Optional<Integer> object = parse.child(v, "obj");
        if (object.isPresent()) {
            return object;
        }
        if (passive(v)) {
            return parse.child(v, "nsubj:pass");
        }
        return parse.childrenWith(v, "xcomp").stream().map(c -> parse.child(c, "nsubj")).flatMap(Optional::stream)
                .filter(sub -> sub == v + 1 || sub > v && parse.token(v + 1).pos().equals("DT")).findFirst()
                .or(() -> parse.child(v, "ccomp").filter(c -> parse.child(c, "mark").isEmpty())
                        .flatMap(c -> parse.child(c, "nsubj")).filter(sub -> sub > v && sub <= v + 3));
    }

    /** "The militia received weapons from Uganda": the giver is the source, the receiver the target. */
    private boolean converse(int v, Lexicon.Sense sense, boolean fixedObject) {
        String prep = sense.frame().substring(Lexicon.CONVERSE.length());
        int holder = fixedObject ? object(v).orElse(v) : v;
        Optional<Integer> giver = prepositional(v, prep).or(() -> prepositional(holder, prep));
        List<Integer> receivers = sources(v);
        return giver.isPresent() && receivers.size() == 1 && emit(v, sense, List.of(giver.get()), receivers.get(0));
    }

    /**
     * "Kenya said that Somali forces attacked the town": a statement that another used force accuses
     * them; that the speaker did ("the group said it had attacked Kenya") claims the act.
     */
    private void accusation(int v) {
        Optional<Integer> clause = parse.child(v, "ccomp").filter(c -> !quoted[c] && !passive(c) && force(c));
        if (clause.isEmpty() || !statement(v) || !happened(clause.get()) || announced(clause.get())) {
            return;
        }
        int c = clause.get();
        List<Integer> doers = sources(c);
        List<Integer> speakers = sources(v);
        if (!doers.isEmpty() && doers.equals(speakers)) { // "the group said it had attacked the town": it claims the act
            parse.child(c, "obj").ifPresent(t -> emit(v, new Lexicon.Sense(lemma(v), Lexicon.NO_TARGET, CLAIM_RESPONSIBILITY), speakers, t));
        } else {
            parse.child(c, "nsubj").ifPresent(doer -> emit(v, new Lexicon.Sense(lemma(v), Lexicon.NO_TARGET, ACCUSE), speakers, doer));
        }
    }

    private boolean force(int v) {
        return lexicon.verb(lemma(v)).stream().map(SentenceCoder::root)
                .anyMatch(r -> r.violent() || r == CameoRoot.ASSAULT || r == CameoRoot.COERCE);
    }

    /** Force a statement says was used: the narration codes the claim or accusation, not the act it does not witness. */
    private boolean alleged(int v) {
        int governor = parse.governor(v);
        return governor >= 0 && parse.relation(v).equals("ccomp") && !passive(v) && force(v) && statement(governor)
                && !announced(v);
    }

    /** An event noun: its owner is the source ("the Kenyan raid"), or the subject of the verb that carries it. */
    private void noun(int n) {
        Set<Lexicon.Sense> senses = new LinkedHashSet<>();
        parse.child(n, "compound").ifPresent(c -> senses.addAll(lexicon.noun(lower(c) + " " + lower(n))));
        senses.addAll(lexicon.noun(lower(n)));
        senses.addAll(lexicon.noun(lemma(n)));
        Optional<Integer> between = prepositional(n, "between");
        for (Lexicon.Sense sense : senses) {
            List<Integer> sources = owners(n);
            if (sources.isEmpty() && between.isPresent()) {  // "a phone call between Macron and Ruto"
                sources = new ArrayList<>(List.of(between.get()));
                sources.addAll(parse.childrenWith(between.get(), "conj"));
            }
            int governor = parse.governor(n);
            if (sources.isEmpty() && governor >= 0 && parse.relation(n).equals("obj")
                    && LIGHT_VERBS.contains(lemma(governor))) {
                sources = sources(governor);
            }
            Integer target = nounTarget(n, sense.frame());
            if (sources.isEmpty() && governor >= 0 && parse.relation(n).startsWith("obl") && "in".equals(parse.preposition(n))
                    && parse.token(governor).pos().startsWith("VB")) {
                sources = sources(governor);      // "engaged the rebels in a firefight": the verb's parties
                target = target != null ? target : parse.child(governor, "obj").orElse(null);
            }
            if (sources.isEmpty() && parse.relation(n).startsWith("nsubj") && governor >= 0) {
                continue; // "the raid captured Farah": the verb codes it, with the raid's owner as source
            }
            if (emit(n, sense, sources, target) || root(sense) == CameoRoot.PROTEST && protest(n, sense)) {
                return;
            }
        }
    }

    /**
     * "anti-American demonstrations" in a sentence that names one other country: the protest is
     * against the country of its "anti-" and by the people of the country where it is told.
     */
    private boolean protest(int n, Lexicon.Sense sense) {
        Optional<Actor> against = parse.childrenWith(n, "amod").stream().map(this::lower).filter(w -> w.startsWith("anti-"))
                .map(w -> gazetteer.lookup(w.substring(5))).flatMap(Optional::stream).filter(Place::isCountry)
                .map(ActorFinder::country).findFirst();
        if (against.isEmpty()) {
            return false;
        }
        List<Actor> others = cast.mentions().stream().filter(m -> m.sentence() == s.index()).map(m -> cast.actor(m.actorId()))
                .filter(a -> a.country() != null && !a.country().equals(against.get().country())).toList();
        if (others.stream().map(Actor::country).distinct().count() != 1) {
            return false;
        }
        add(n, sense, others.get(0), against.get(), 0.5);
        return true;
    }

    /** The actors the noun belongs to: "US" in "the Kenyan raid", "Washington's sanctions". */
    private List<Integer> owners(int n) {
        List<Integer> owners = new ArrayList<>();
        for (var d : parse.children(n)) {
            if (MODIFIERS.contains(d.relation()) && parse.preposition(d.dependent()) == null && actorAt(d.dependent()) != null) {
                owners.add(d.dependent());
            }
        }
        return owners;
    }

    /** Who did it: the subject (or the coordinated subjects), the agent of a passive, or an inherited subject. */
    private List<Integer> sources(int v) {
        if (passive(v)) {
            return parse.childrenWith(v, "obl").stream().filter(o -> "by".equals(parse.preposition(o))).limit(1).toList();
        }
        Optional<Integer> subject = parse.child(v, "nsubj");
        if (subject.isPresent()) {
            int sub = subject.get();
            if (unplaced(sub) && !owners(sub).isEmpty()) {
                return owners(sub); // "the Kenyan raid captured Farah", "Iraq's national security advisor met…"
            }
            if (actorAt(sub) == null && GROUP_PRONOUNS.contains(lower(sub))) {
                return speakers(v);       // "Kenya said it would send troops": it is Kenya
            }
            Optional<Integer> members = prepositional(sub, "of")
                    .filter(m -> actorAt(sub) == null && actorAt(m) != null && lexicon.noun(lemma(sub)).isEmpty());
            if (members.isPresent()) {
                return List.of(members.get()); // "hundreds of soldiers", "a group of protesters"
            }
            List<Integer> all = new ArrayList<>(List.of(sub));
            all.addAll(parse.childrenWith(sub, "conj"));
            for (int modifier : coordinatedModifiers(sub)) { // "US and British activists"
                all.add(modifier);
                all.addAll(parse.childrenWith(modifier, "conj"));
            }
            return all;
        }
        String rel = parse.relation(v);
        int governor = parse.governor(v);
        if (governor >= 0 && rel.equals("xcomp") && !passive(governor) && parse.child(governor, "obj").isPresent()) {
            return List.of(parse.child(governor, "obj").get()); // "urged Kenya to withdraw": Kenya would withdraw
        }
        if (governor >= 0 && (rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("advcl") || gerund(v))) {
            return sources(governor);
        }
        return List.of();
    }

    /**
     * The target's token: the direct object (the recipient, where there is one: "granted Ruto a
     * visa"), the object of the sense's preposition, the subject of a reported clause ("demanded
     * that Uganda return…"), or, for the second of coordinated verbs, the first one's target.
     */
    private Integer target(int v, String frame, boolean fixedObject) {
        Integer own = ownTarget(v, frame, fixedObject);
        if ((own == null || targets(own).isEmpty()) && parse.relation(v).equals("conj") && !statement(v)) {
            // "accused the Ruto government of failing … and threatened strikes": the first verb's target
            for (int up = parse.governor(v); up >= 0; up = parse.governor(up)) {
                int verb = up;
                Optional<Integer> object = parse.child(verb, "iobj").or(() -> parse.child(verb, "obj"));
                if (object.isPresent() && !targets(object.get()).isEmpty()) {
                    return object.get();
                }
                if (!parse.relation(up).equals("conj") && !gerund(up) && !parse.relation(up).equals("xcomp")) {
                    break;
                }
            }
        }
        return own;
    }

    /** The subjects of the statement whose reported clause holds token v, or none. */
    private List<Integer> speakers(int v) {
        for (int k = v; k >= 0 && parse.governor(k) >= 0; k = parse.governor(k)) {
            int governor = parse.governor(k);
            if (parse.relation(k).equals("ccomp") && statement(governor)) {
                List<Integer> subjects = sources(governor);
                return subjects.stream().anyMatch(t -> GROUP_PRONOUNS.contains(lower(t))) ? List.of() : subjects;
            }
            if (!CLAUSAL.contains(parse.relation(k)) && !parse.relation(k).equals("conj")) {
                break;
            }
        }
        return List.of();
    }

    private List<Integer> coordinatedModifiers(int head) {
        return parse.children(head).stream().filter(d -> d.relation().equals("compound") || d.relation().equals("amod"))
                .map(d -> d.dependent()).filter(m -> !parse.childrenWith(m, "conj").isEmpty()).toList();
    }

    /** "escalated tensions by demanding…": a gerund that tells how its governor's act was done. */
    private boolean gerund(int v) {
        return parse.token(v).pos().equals("VBG") && parse.relation(v).startsWith("obl");
    }

    private static String plover(Cameo.Code code) {
        return code.plover() == null ? null : code.plover().name();
    }

    private static CameoRoot root(Lexicon.Sense sense) {
        return CameoRoot.of(sense.cameo());
    }

    private boolean statement(int v) {
        return lexicon.verb(lemma(v)).stream().anyMatch(x -> root(x) == CameoRoot.MAKE_STATEMENT);
    }

    private Integer ownTarget(int v, String frame, boolean fixedObject) {
        if (passive(v) && frame.equals(Lexicon.OBJECT)) {
            return parse.child(v, "nsubj:pass").orElse(null);
        }
        Optional<Integer> reported = parse.child(v, "ccomp").flatMap(c -> parse.child(c, "nsubj"));
        if (frame.equals(Lexicon.OBJECT) && !fixedObject) {
            return parse.child(v, "iobj").or(() -> object(v)).or(() -> reported).orElse(null);
        }
        if (frame.equals(Lexicon.NO_TARGET)) {
            // "demanded that Uganda return…", "ratified an agreement with the EU"; "said that Ruto…" is no act toward Ruto
            return statement(v) ? null : reported.or(() -> parse.child(v, "obj")).orElse(null);
        }
        if (frame.equals(Lexicon.OBJECT)) {
            return null;
        }
        int holder = fixedObject ? object(v).orElse(v) : v;
        Integer own = prepositional(v, frame).or(() -> prepositional(holder, frame)).orElse(null);
        if (own != null && targets(own).isEmpty()) { // "advised against travel to Tunisia": the party the verb names
            return PARTIES.stream().map(p -> prepositional(v, p)).flatMap(Optional::stream).filter(t -> actorAt(t) != null)
                    .findFirst().orElse(own);
        }
        return own;
    }

    /** Where the predicate (or the verb that carries it) happens: "a protest in Beijing". */
    private Optional<Integer> place(int predicate) {
        int governor = parse.governor(predicate);
        return prepositional(predicate, "in").or(() -> governor >= 0 ? prepositional(governor, "in") : Optional.empty())
                .filter(t -> actorAt(t) != null);
    }

    private Integer nounTarget(int n, String frame) {
        return prepositional(n, frame).orElse(null);
    }

    private Optional<Integer> prepositional(int head, String prep) {
        return parse.children(head).stream()
                .filter(d -> d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                .map(d -> d.dependent()).filter(o -> prep.equals(parse.preposition(o))).findFirst();
    }

    /** Emits the events of one sense; "Macron and Ruto met", with no target, pairs the subjects. */
    private boolean emit(int predicate, Lexicon.Sense sense, List<Integer> sources, Integer target) {
        // a protest, a show of force, or an attack told by its verb, with no target named is aimed at where it happens
        boolean aimed = root(sense) == CameoRoot.PROTEST || root(sense) == CameoRoot.EXHIBIT_FORCE_POSTURE
                || AIMED_AT_PLACE.contains(root(sense)) && parse.token(predicate).pos().startsWith("VB");
        if ((target == null || targets(target).isEmpty()) && aimed) {
            target = place(predicate).orElse(target);
        }
        List<Actor> from = sources.stream().map(this::actorAt).filter(a -> a != null).toList();
        if (from.isEmpty()) {
            return false;
        }
        List<Actor> to = target == null ? List.of() : targets(target);
        if (to.isEmpty() && from.size() > 1 && reciprocal(predicate, sense)) { // "the US, Russia and Switzerland met": each with each
            for (Actor a : from) {
                for (Actor b : from) {
                    if (!a.id().equals(b.id()) && a.country() != null && b.country() != null) {
                        add(predicate, sense, a, b, 0.6);
                    }
                }
            }
            return true;
        }
        boolean any = false;
        for (Actor a : from) {
            for (Actor b : to) {
                if (!a.id().equals(b.id()) && placed(a, b) && !figurative(sense, a, b)) {
                    add(predicate, sense, a, b, 0.8);
                    if (sense.frame().equals("with") && root(sense) == CameoRoot.CONSULT) {
                        add(predicate, sense, b, a, 0.8); // who meets with someone is met by them
                    } else if (sense.cameo().equals(HOST_VISIT)) {
                        add(predicate, new Lexicon.Sense(sense.predicate(), sense.frame(), MAKE_VISIT), b, a, 0.8); // the hosted came
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    /**
     * Used without another party, as "met" or "signed a deal" are: coordinated subjects acted on each
     * other. Not for what is said ("X and Y said…").
     */
    private boolean reciprocal(int predicate, Lexicon.Sense sense) {
        if (!MUTUAL.contains(root(sense))) {
            return false; // "US and British activists staged a protest": not a protest at each other
        }
        return parse.child(predicate, "ccomp").isEmpty()
                && parse.child(predicate, "obj").map(this::targets).map(List::isEmpty).orElse(true)
                && (!parse.token(predicate).pos().startsWith("VB") || !statement(predicate));
    }

    /**
     * A dyad needs its target's country; its source may be a group the text leaves unplaced
     * ("insurgents shelled Aleppo", "lawmakers pressed the Kenyan president"), which says who acted.
     */
    private static boolean placed(Actor source, Actor target) {
        return target.country() != null && (source.country() != null || source.sector() != null);
    }

    /** Two named people do not fight or massacre each other in news: "Ruto clashed with Macron" is words. */
    private boolean figurative(Lexicon.Sense sense, Actor a, Actor b) {
        return root(sense).violent() && cast.isPerson(a.id()) && cast.isPerson(b.id());
    }

    /**
     * The actors a target token stands for: its own, or, for a thing ("the Beijing Olympics", "an
     * agreement with the EU", "a district of Aleppo"), its placed owner, the party its "with", "to" or
     * "against" names, or the country it lies in.
     */
    private List<Actor> targets(int target) {
        List<Actor> all = new ArrayList<>();
        Actor first = actorAt(target);
        if (first == null) {
            owners(target).stream().map(this::actorAt).filter(a -> a.country() != null).forEach(all::add);
            if (all.isEmpty()) {
                PARTIES.stream().map(p -> prepositional(target, p)).flatMap(Optional::stream).map(this::actorAt)
                        .filter(a -> a != null).findFirst().ifPresent(all::add);
            }
            if (all.isEmpty()) { // "the refineries in Iran", "a part of Aleppo": a thing's country is hit through it
                PLACED_IN.stream().map(p -> prepositional(target, p)).flatMap(Optional::stream).map(this::actorAt)
                        .filter(a -> a != null && a.country() != null && !cast.isPerson(a.id())).findFirst().ifPresent(all::add);
            }
        } else {
            all.add(first);
        }
        parse.childrenWith(target, "conj").stream().map(this::actorAt).filter(a -> a != null).forEach(all::add);
        return all;
    }

    private void add(int predicate, Lexicon.Sense sense, Actor source, Actor target, double confidence) {
        String coded = intended(predicate) ? INTENT.getOrDefault(root(sense), sense.cameo()) : sense.cameo();
        if (refused(predicate)) {
            coded = REFUSAL.get(root(sense));
            if (coded == null) {
                return; // "will not attack" is no act at all
            }
        }
        sense = new Lexicon.Sense(sense.predicate(), sense.frame(), coded);
        Optional<Cameo.Code> code = cameo.code(sense.cameo());
        if (code.isEmpty()) {
            return;
        }
        String sentence = doc.text().substring(s.start(), s.end());
        String id = EventCoder.id(doc.article().id(), s.index(), predicate, sense.cameo(), source.id(), target.id());
        String date = date(clauseHead(predicate));
        int head = clauseHead(predicate);
        if (date == null && parse.relation(head).startsWith("advcl") && parse.governor(head) >= 0
                && parse.children(head).stream().anyMatch(d -> lower(d.dependent()).equals("when"))) {
            date = date(parse.governor(head)); // "strained in October when Macron imposed sanctions"
        }
        Event.DateSource from = Event.DateSource.TEXT;
        if (date == null) {
            date = doc.article().published().date();
            from = date == null ? Event.DateSource.UNKNOWN : Event.DateSource.PUBLISHED;
        }
        out.add(new Event(id, EventCoder.ref(source), EventCoder.ref(target), sense.cameo(), plover(code.get()), code.get().goldstein(),
                date, from, location(head), sentence, s.start(), s.end(), confidence));
    }

    /**
     * Where the clause says it happened: a place "in", "at", "near" or "outside" it, named in the
     * gazetteer or tagged as a location.
     */
    private Location location(int head) {
        for (var d : parse.children(head)) {
            String prep = parse.preposition(d.dependent());
            if (!d.relation().startsWith("obl") || prep == null || !PLACES.contains(prep)) {
                continue;
            }
            Actor place = actorAt(d.dependent());
            if (place != null && !cast.isPerson(place.id()) && place.country() != null) {
                return new Location(mentionText(d.dependent()), place.country());
            }
            Optional<Entity> named = s.entities().stream().filter(e -> e.type().equals("LOCATION")
                    && d.dependent() >= e.tokenStart() && d.dependent() < e.tokenEnd()).findFirst();
            if (named.isPresent()) {
                return new Location(named.get().text(), null);
            }
        }
        return null;
    }

    private String mentionText(int token) {
        return cast.mentionAt(s.index(), token).map(Mention::text).orElse(parse.token(token).word());
    }

    /** The verb whose clause dates the predicate: "continued to criticize", "held talks" date by their first verb. */
    private int clauseHead(int predicate) {
        int head = predicate;
        while (parse.governor(head) >= 0 && (parse.relation(head).equals("xcomp") || gerund(head)
                || !parse.token(head).pos().startsWith("VB") && parse.token(parse.governor(head)).pos().startsWith("VB"))) {
            head = parse.governor(head);
        }
        return head;
    }

    /** The resolved time expression in the predicate's clause, nearest first; null where the text gives none. */
    private String date(int predicate) {
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (var t : s.timexes()) {
            int head = t.tokenEnd() - 1;
            if (!parse.dominates(predicate, head) || crossesClause(predicate, head)) {
                continue;
            }
            String value = resolved(t.start());
            if (value != null && Math.abs(head - predicate) < distance) {
                best = value;
                distance = Math.abs(head - predicate);
            }
        }
        return best;
    }

    /** Whether another verb stands between the predicate and the token: its time is that verb's. */
    private boolean crossesClause(int predicate, int token) {
        for (int k = parse.governor(token); k >= 0 && k != predicate; k = parse.governor(k)) {
            if (parse.token(k).pos().startsWith("VB") && !parse.relation(k).equals("xcomp")) { // "helped facilitate" is one clause
                return true;
            }
        }
        return false;
    }

    private String resolved(int start) {
        return times.stream().filter(t -> t.start() == start).map(TimeExpression::value).findFirst().orElse(null);
    }

    /** No actor here, or one whose country the text leaves unsaid. */
    private boolean unplaced(int token) {
        Actor a = actorAt(token);
        return a == null || a.country() == null;
    }

    private Actor actorAt(int token) {
        return cast.mentionAt(s.index(), token).map(Mention::actorId).map(cast::actor).orElse(null);
    }

    private boolean passive(int v) {
        return parse.child(v, "nsubj:pass").isPresent() || parse.child(v, "aux:pass").isPresent();
    }

    /** Not negated, not under a modal, not a mere expectation. */
    private boolean happened(int v) {
        // "would not give permission to Russia to help Israel": what governs a clause governs its time
        for (int k = v, steps = 0; k >= 0 && steps < parse.size(); k = parse.governor(k), steps++) {
            if (negatedOrModal(k)) {
                return false;
            }
            int governor = parse.governor(k);
            if (governor >= 0 && parse.relation(k).equals("xcomp") && (EXPECTED.contains(lemma(governor))
                    || REQUESTED.contains(lemma(governor)) && parse.child(governor, "obj").isPresent())) {
                return false; // "urged Kenya to withdraw": asked for, not done
            }
            if (!CLAUSAL.contains(parse.relation(k))) {
                return true;
            }
        }
        return true;
    }

    /** Under a verb of the actor's own intention: "plans to attack", "hopes to meet". */
    private boolean intended(int v) {
        int governor = parse.governor(v);
        return governor >= 0 && parse.relation(v).equals("xcomp") && INTENDED.contains(lemma(governor)) || announced(v);
    }

    /** "Kenya said it would send troops", "they said they will attack": a future the speaker announces for itself. */
    private boolean announced(int v) {
        int governor = parse.governor(v);
        return governor >= 0 && parse.relation(v).equals("ccomp") && statement(governor) && !refused(v)
                && parse.childrenWith(v, "aux").stream().map(this::lower).anyMatch(FUTURE::contains)
                && parse.child(v, "nsubj").map(sub -> GROUP_PRONOUNS.contains(lower(sub)) || sources(governor).contains(sub)).orElse(false);
    }

    /** "Kenya will not attend", "said it would not provide aid": a cooperation refused, CAMEO's REJECT. */
    private boolean refused(int v) {
        boolean negated = false;
        boolean future = false;
        for (var d : parse.children(v)) {
            String word = lower(d.dependent());
            negated |= d.relation().equals("advmod") && NEGATIONS.contains(word);
            future |= d.relation().equals("aux") && FUTURE.contains(word);
        }
        return negated && future;
    }

    private boolean negatedOrModal(int v) {
        if (announced(v)) {
            return false; // coded as the intent it is
        }
        for (var d : parse.children(v)) {
            String word = lower(d.dependent());
            if (d.relation().equals("advmod") && NEGATIONS.contains(word) || d.relation().equals("aux") && MODALS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private String lemma(int i) {
        return parse.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    private String lower(int i) {
        return parse.token(i).word().toLowerCase(Locale.ROOT);
    }
}

package org.dyad.actors;

import org.dyad.model.Actor;
import org.dyad.model.Annotated;
import org.dyad.model.Entity;
import org.dyad.model.Ids;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the actors of a document and resolves their mentions to one actor each.
 *
 * <p>In each sentence, (1) pieces are found: people and organisations by the entity tagger, places
 * and organisations by the {@link Gazetteer}, roles and groups by {@link Agents}; (2) adjacent pieces
 * make one phrase, read as a person ("Colombian President Gustavo Petro": COL, GOV, President), a
 * group ("Colombian officials", "the Petro government", "a court in Guyana"), a country or an
 * organisation. Across the document, (3) a person's shorter mentions ("Petro", "Mr. Petro") join the
 * full one; what the document leaves unsaid of a person is filled, in this order, (4) from the office
 * holders known on the article's date ({@link KnownPeople}), (5) from a definite description ("the
 * Venezuelan leader" places the last person who lacked a country), (6) from the only country the
 * sentence of a person with a role names ("spokesman Lin Jian … China"), and (7) from the dateline,
 * when it is a capital: news names the nationality of foreign figures, not of the home country's own.
 * (8) "He" and "she" refer to the last person named as a subject (else the last named).
 */
public final class ActorFinder {
    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her");

    private final Gazetteer gazetteer;
    private final Agents agents;
    private final KnownPeople known;

    public ActorFinder(Gazetteer gazetteer, Agents agents, KnownPeople known) {
        this.gazetteer = gazetteer;
        this.agents = agents;
        this.known = known;
    }

    /** With the project's gazetteer, agent and office-holder tables. */
    public static ActorFinder standard() {
        return new ActorFinder(Gazetteer.shared(), Agents.shared(), KnownPeople.shared());
    }

    public Cast find(Annotated doc) {
        // read twice: the second time, a surname the tagger missed ("sanctions on Petro") is known
        Set<String> surnames = surnames(read(doc, Set.of()));
        List<Phrase> phrases = read(doc, surnames);
        People people = new People();
        phrases.stream().filter(p -> p.person != null).forEach(people::add);
        people.recall(known, date(doc));
        describeLastUnplaced(phrases, people);
        placeBySentence(phrases, people);
        String home = datelineCountry(doc.article().dateline());
        if (home != null) {
            people.placeTheUnplaced(home);
        }
        return build(phrases, people);
    }

    private List<Phrase> read(Annotated doc, Set<String> surnames) {
        List<Phrase> phrases = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            phrases.addAll(new SentenceReader(s, doc.text(), surnames).phrases());
        }
        return phrases;
    }

    private static Set<String> surnames(List<Phrase> phrases) {
        Set<String> surnames = new HashSet<>();
        phrases.stream().filter(p -> p.person != null).forEach(p -> surnames.add(p.person.substring(p.person.lastIndexOf(' ') + 1)));
        return surnames;
    }

    /** "the Venezuelan leader": a definite description gives its country to the last person without one. */
    private static void describeLastUnplaced(List<Phrase> phrases, People people) {
        for (int i = 0; i < phrases.size(); i++) {
            Phrase p = phrases.get(i);
            if (!p.definite || p.person != null || p.country == null || p.agent == null || !p.singular) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                Phrase before = phrases.get(k);
                if (before.person != null && people.of(before).country == null) {
                    people.of(before).country = p.country;
                    p.coreferent = before;
                    break;
                }
            }
        }
    }

    private static LocalDate date(Annotated doc) {
        String d = doc.article().published().date();
        try {
            return d == null ? null : LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "Foreign Ministry spokesman Lin Jian" in a sentence that names China alone: Lin Jian is Chinese. */
    private static void placeBySentence(List<Phrase> phrases, People people) {
        for (Phrase p : phrases) {
            if (p.person == null || people.of(p).country != null || people.of(p).sector == null) {
                continue; // only a person with a role: "spokesman Lin Jian", not a bare name
            }
            Set<String> named = new HashSet<>();
            phrases.stream().filter(q -> q.sentence == p.sentence && q.person == null && q.affiliate == null
                    && q.agent == null && q.organisation == null && q.country != null).forEach(q -> named.add(q.country));
            if (named.size() == 1) {
                people.of(p).country = named.iterator().next();
            }
        }
    }

    private String datelineCountry(String dateline) {
        if (dateline == null) {
            return null;
        }
        return gazetteer.lookup(dateline.split(",")[0]).filter(pl -> pl.kind() == Place.Kind.SEAT).map(Place::code).orElse(null);
    }

    private Cast build(List<Phrase> phrases, People people) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        Set<String> persons = new HashSet<>();
        Phrase lastPerson = null;
        Phrase lastSubject = null;
        for (Phrase p : phrases) {
            Actor actor;
            if (p.pronoun) {
                Phrase antecedent = lastSubject != null ? lastSubject : lastPerson;
                if (antecedent == null) {
                    continue;
                }
                actor = people.actor(antecedent);
            } else if (p.coreferent != null) {
                actor = people.actor(p.coreferent);
            } else if (p.person != null) {
                actor = people.actor(p);
                persons.add(actor.id());
                lastPerson = p;
                lastSubject = p.subject ? p : lastSubject;
            } else {
                actor = group(p, people);
            }
            if (actor == null) {
                continue;
            }
            actors.putIfAbsent(actor.id(), actor);
            mentions.add(new Mention(actor.id(), p.sentence, p.start, p.end, p.end - 1, p.text));
        }
        return new Cast(List.copyOf(actors.values()), mentions, persons);
    }

    /** A group, country or organisation; null where nothing tells whose it is. */
    private Actor group(Phrase p, People people) {
        String country = p.country;
        if (p.affiliate != null) {
            country = people.of(p.affiliate).country;
        }
        String sector = p.agent != null ? p.agent.sector() : p.placeSector;
        if (p.organisation != null) {
            return actor(p.organisation, p.organisationCode != null ? p.organisationCode : country, sector, null);
        }
        if (country == null) {
            return null;
        }
        String countryName = gazetteer.countryName(country);
        String name = p.agent != null ? countryName + " " + p.agentText.toLowerCase(Locale.ROOT)
                : p.placeSector != null ? countryName + " government" : countryName; // "the Kremlin": Russia's government
        return actor(name, country, sector, null);
    }

    /** The actor a country is as a whole ("Colombia"), as the finder makes it from a country's name. */
    public static Actor country(Place place) {
        return actor(place.name(), place.code(), place.sector(), null);
    }

    static Actor actor(String name, String country, String sector, String title) {
        return new Actor(id(name, country), name, country, sector, title);
    }

    /** Stable across runs and documents: the same name and country give the same id. */
    static String id(String name, String country) {
        return "a-" + Ids.hash(name + "|" + country, 12);
    }

    /** A run of adjacent pieces read as one actor mention, with what it tells. */
    static final class Phrase {
        int sentence;
        int start;
        int end;
        String text;
        String person;
        String country;
        String placeSector;
        Agents.Agent agent;
        String agentText;
        String title;
        String organisation;
        String organisationCode;
        Phrase affiliate;
        Phrase coreferent;
        boolean definite;
        boolean singular;
        boolean pronoun;
        boolean subject;
    }

    /** Reads the phrases of one sentence. */
    private final class SentenceReader {
        private final Sentence s;
        private final String text;
        private final List<Token> tokens;
        private final Set<String> surnames;

        SentenceReader(Sentence s, String text, Set<String> surnames) {
            this.s = s;
            this.text = text;
            this.tokens = s.tokens();
            this.surnames = surnames;
        }

        List<Phrase> phrases() {
            List<Phrase> out = new ArrayList<>();
            int i = 0;
            while (i < tokens.size()) {
                Phrase p = newPhrase(i);
                int j = i;
                while (j < tokens.size() && p.person == null && !p.pronoun) {
                    int next = piece(j, p);
                    if (next == j && p.country != null && p.agent == null && isPossessive(j)) {
                        next = j + 1;                         // "Iraq's national security adviser"
                    }
                    if (next == j) {
                        break;
                    }
                    j = next;
                }
                if (j > i && p.agent != null && p.country == null && p.person == null) {
                    j = placedBy(j, p);                       // "a court in Guyana", "the mayor of Nablus"
                }
                if (j == i) {
                    i++;
                    continue;
                }
                p.end = j;
                close(p, out);
                if (p.person != null && followedByGroup(j)) {     // "the Petro government"
                    Phrase group = newPhrase(p.start);
                    group.definite = p.definite;
                    group.affiliate = p;
                    j = agent(j, group);
                    group.end = j;
                    close(group, out);
                }
                i = j;
            }
            return out;
        }

        private Phrase newPhrase(int i) {
            Phrase p = new Phrase();
            p.sentence = s.index();
            p.start = i;
            p.end = i;
            p.definite = i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("the");
            return p;
        }

        private void close(Phrase p, List<Phrase> out) {
            p.text = text.substring(tokens.get(p.start).start(), tokens.get(p.end - 1).end());
            p.subject = s.dependencies().stream().anyMatch(d -> d.dependent() == p.end - 1 && d.relation().startsWith("nsubj"));
            out.add(p);
        }

        /** Reads the piece at token i into the phrase; the token after it, or i where none starts here. */
        private int piece(int i, Phrase p) {
            Token t = tokens.get(i);
            String lower = t.word().toLowerCase(Locale.ROOT);
            if (p.start == i && PRONOUNS.contains(lower) && t.pos().startsWith("PRP")) {
                p.pronoun = true;
                return i + 1;
            }
            if (HONORIFICS.contains(lower) && i + 1 < tokens.size() && isPerson(i + 1)) {
                return i + 1;
            }
            Entity person = personAt(i);
            if (person != null) {
                p.person = text.substring(person.start(), person.end());
                return person.tokenEnd();
            }
            if (t.pos().startsWith("NNP") && surnames.contains(t.word())) {
                p.person = t.word();
                return i + 1;
            }
            int end = place(i, p);
            if (end > i) {
                return end;
            }
            end = agent(i, p);
            if (end > i) {
                return end;
            }
            Entity org = entityAt(i, "ORGANIZATION");
            if (org != null && p.organisation == null && p.person == null) {
                p.organisation = text.substring(org.start(), org.end());
                return org.tokenEnd();
            }
            return i;
        }

        private int place(int i, Phrase p) {
            if (!Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                return i;
            }
            for (int j = Math.min(tokens.size(), i + Gazetteer.MAX_WORDS); j > i; j--) {
                Optional<Place> found = gazetteer.lookup(span(i, j));
                if (found.isPresent()) {
                    Place pl = found.get();
                    if (pl.isCountry() && p.country == null) {
                        p.country = pl.code();
                        p.placeSector = pl.sector();
                    } else if (!pl.isCountry() && p.organisation == null) {
                        p.organisation = pl.name();
                        p.organisationCode = pl.code();
                        p.placeSector = pl.sector();
                    } else {
                        return i;
                    }
                    return j;
                }
            }
            return i;
        }

        private boolean isPossessive(int i) {
            return tokens.get(i).pos().equals("POS");
        }

        /** A group noun followed by "in" or "of" and a country takes that country; the phrase then ends there. */
        private int placedBy(int j, Phrase p) {
            if (j >= tokens.size() || !Set.of("in", "of").contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                return j;
            }
            for (int k = j + 1; k < Math.min(tokens.size(), j + 5); k++) {
                Phrase place = new Phrase();
                int end = place(k, place);
                if (end > k && place.country != null) {
                    p.country = place.country;
                    return end;
                }
                String pos = tokens.get(k).pos();
                if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.startsWith("NN")) {
                    break;
                }
            }
            return j;
        }

        private int agent(int i, Phrase p) {
            for (int j = Math.min(tokens.size(), i + Agents.MAX_WORDS); j > i; j--) {
                Optional<Agents.Agent> found = agents.lookup(span(i, j));
                Token last = tokens.get(j - 1);
                if (found.isPresent() && (last.pos().startsWith("NN") || found.get().title())) {
                    p.agent = found.get();
                    p.agentText = span(i, j);
                    p.singular = !last.pos().endsWith("S");
                    if (found.get().title() && Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                        p.title = span(i, j);
                    }
                    return j;
                }
            }
            return i;
        }

        /** A person may be followed by a group noun that makes the phrase the person's group. */
        private boolean followedByGroup(int i) {
            if (i >= tokens.size()) {
                return false;
            }
            for (int j = Math.min(tokens.size(), i + Agents.MAX_WORDS); j > i; j--) {
                Optional<Agents.Agent> found = agents.lookup(span(i, j));
                if (found.isPresent() && !found.get().title() && tokens.get(j - 1).pos().startsWith("NN")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isPerson(int i) {
            return personAt(i) != null || surnames.contains(tokens.get(i).word());
        }

        private Entity personAt(int i) {
            return entityAt(i, "PERSON");
        }

        private Entity entityAt(int i, String type) {
            for (Entity e : s.entities()) {
                if (e.tokenStart() == i && e.type().equals(type) && !tokens.get(i).pos().startsWith("PRP")) {
                    return e;
                }
            }
            return null;
        }

        private String span(int from, int to) {
            return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
        }
    }

    /** The people of a document, each mention joined to the fullest one with the same surname. */
    private static final class People {
        private final Map<Phrase, Person> byPhrase = new HashMap<>();
        private final List<Person> all = new ArrayList<>();

        static final class Person {
            String name;
            String country;
            String sector;
            String title;

            boolean sameAs(String other) {
                String[] a = name.split("\\s+");
                String[] b = other.split("\\s+");
                return a[a.length - 1].equals(b[b.length - 1]) && (a.length == 1 || b.length == 1 || a[0].equals(b[0]));
            }
        }

        void add(Phrase p) {
            Person x = all.stream().filter(q -> q.sameAs(p.person)).findFirst().orElseGet(() -> {
                Person fresh = new Person();
                fresh.name = p.person;
                all.add(fresh);
                return fresh;
            });
            if (p.person.length() > x.name.length()) {
                x.name = p.person;
            }
            x.country = x.country != null ? x.country : p.country;
            x.sector = x.sector != null ? x.sector : p.agent == null ? null : p.agent.sector();
            x.title = x.title != null ? x.title : p.title;
            byPhrase.put(p, x);
        }

        Person of(Phrase p) {
            return byPhrase.get(p);
        }

        /** Fills what the document does not say of a person from the office holders known on that date. */
        void recall(KnownPeople known, LocalDate date) {
            for (Person x : all) {
                if (x.country != null && x.sector != null) {
                    continue;
                }
                String surname = x.name.substring(x.name.lastIndexOf(' ') + 1);
                known.role(x.name, date).or(() -> known.role(surname, date))
                        .filter(r -> x.country == null || x.country.equals(r.country()))
                        .ifPresent(r -> {
                            x.country = r.country();
                            x.sector = x.sector != null ? x.sector : r.sector();
                            x.title = x.title != null ? x.title : r.title();
                        });
            }
        }

        void placeTheUnplaced(String country) {
            all.stream().filter(x -> x.country == null).forEach(x -> x.country = country);
        }

        Actor actor(Phrase p) {
            Person x = of(p);
            return x == null ? null : ActorFinder.actor(x.name, x.country, x.sector, x.title);
        }
    }
}

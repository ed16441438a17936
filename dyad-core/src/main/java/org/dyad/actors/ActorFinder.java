package org.dyad.actors;

import org.dyad.model.Actor;
import org.dyad.model.Annotated;
import org.dyad.model.Ids;
import org.dyad.model.Sentence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the actors of a document and resolves their mentions to one actor each.
 *
 * <p>In each sentence, (1) pieces are found: people and organisations by the entity tagger, places
 * and organisations by the {@link Gazetteer}, roles and groups by {@link Agents}; (2) adjacent pieces
 * make one phrase, read as a person ("Kenyan President William Ruto": KEN, GOV, President), a
 * group ("Kenyan officials", "the Ruto government", "a court in Guyana"), a country or an
 * organisation. Across the document, (3) a person's shorter mentions ("Ruto", "Mr. Ruto") join the
 * full one; what the document leaves unsaid of a person is filled, in this order, (4) from the office
 * holders known on the article's date ({@link KnownPeople}), (5) from a definite description ("the
 * Somali leader" places the last person who lacked a country), (6) from the only country the
 * sentence of a person with a role names ("spokesman Lin Jian … China"), and (7) from the dateline,
 * when it is a capital: news names the nationality of foreign figures, not of the home country's own.
 * (8) "He" and "she" refer to the last person named as a subject (else the last named).
 */
public final class ActorFinder {
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
        // read twice: the second time, a surname the tagger missed ("sanctions on Ruto") is known
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
            phrases.addAll(new PhraseReader(gazetteer, agents, s, doc.text(), surnames).phrases());
        }
        return phrases;
    }

    private static Set<String> surnames(List<Phrase> phrases) {
        Set<String> surnames = new HashSet<>();
        phrases.stream().filter(p -> p.person != null).forEach(p -> surnames.add(p.person.substring(p.person.lastIndexOf(' ') + 1)));
        return surnames;
    }

    /** "the Somali leader": a definite description gives its country to the last person without one. */
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
        if (country == null) { // "insurgents", "the police": a group whose country the text leaves unsaid
            return p.agent == null || p.person != null ? null : actor(p.agentText.toLowerCase(Locale.ROOT), null, sector, null);
        }
        String countryName = gazetteer.countryName(country);
        String name = p.agent != null ? countryName + " " + p.agentText.toLowerCase(Locale.ROOT)
                : p.placeSector != null ? countryName + " government" : countryName; // "the Kremlin": Russia's government
        return actor(name, country, sector, null);
    }

    /** The actor a country is as a whole ("Kenya"), as the finder makes it from a country's name. */
    public static Actor country(Place place) {
        return actor(place.name(), place.code(), place.sector(), null);
    }

    static Actor actor(String name, String country, String sector, String title) {
        return new Actor(id(name, country), name, country, sector, title, false);
    }

    /** Stable across runs and documents: the same name and country give the same id. */
    static String id(String name, String country) {
        return "a-" + Ids.hash(name + "|" + country, 12);
    }

}

package org.dyad.actors;

import org.dyad.model.Actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The people of a document, each mention joined to the fullest one with the same surname. */
final class People {
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
        return x == null ? null : new Actor(ActorFinder.id(x.name, x.country), x.name, x.country, x.sector, x.title, true);
    }
}

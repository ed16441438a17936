package org.dyad.actors;

import org.dyad.resource.Tsv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Office holders with the dates of their roles ({@code people.tsv}), so that a person news names
 * without nationality ("Putin said…") is placed: the role held on the article's date, else the last
 * one before it, else the first after it.
 */
public final class KnownPeople {

    /** A role held from {@code from} to {@code to} (null: still held). */
    public record Role(String name, String country, String sector, String title, LocalDate from, LocalDate to) {
        boolean heldOn(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Role>> byForm = new HashMap<>();
    /** Roles by the last word of the name: "President Bush" is the one Bush in office that day, if one. */
    private final Map<String, List<Role>> bySurname = new HashMap<>();

    /** From rows of {@code people.tsv}'s columns (see {@link PhoenixActors} for dictionaries in that format). */
    public KnownPeople(List<String[]> rows) {
        for (String[] row : rows) {
            Role role = new Role(row[0], row[2], row[3].isEmpty() ? null : row[3], row[4].isEmpty() ? null : row[4],
                    start(row[5]), row[6].isEmpty() ? null : end(row[6]));
            add(row[0], role);
            Tsv.list(row[1]).forEach(form -> add(form, role));
            bySurname.computeIfAbsent(key(row[0].substring(row[0].lastIndexOf(' ') + 1)), k -> new ArrayList<>()).add(role);
        }
    }

    /** The project's table, read on first use. */
    public static KnownPeople shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final KnownPeople INSTANCE = new KnownPeople(Tsv.read(KnownPeople.class, "people.tsv", 7));
    }

    /** These people and those of another table; this table's roles come first. */
    public KnownPeople with(KnownPeople other) {
        KnownPeople both = new KnownPeople(List.of());
        for (KnownPeople table : List.of(this, other)) {
            table.byForm.forEach((form, roles) -> both.byForm.computeIfAbsent(form, k -> new ArrayList<>()).addAll(roles));
            table.bySurname.forEach((name, roles) -> both.bySurname.computeIfAbsent(name, k -> new ArrayList<>()).addAll(roles));
        }
        return both;
    }

    private void add(String form, Role role) {
        byForm.computeIfAbsent(key(form), k -> new ArrayList<>()).add(role);
    }

    /** Forms match without regard to case, underscores or runs of spaces. */
    private static String key(String form) {
        return form.replace('_', ' ').strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }

    /** The role of the person named so on that date (or, without a date, the latest role). */
    public Optional<Role> role(String name, LocalDate date) {
        List<Role> roles = byForm.getOrDefault(key(name), List.of());
        if (roles.isEmpty()) {
            return date == null ? Optional.empty() : onlyHolder(name, date);
        }
        if (date == null) {
            return roles.stream().max(Comparator.comparing(Role::from));
        }
        return roles.stream().filter(r -> r.heldOn(date)).findFirst()
                .or(() -> roles.stream().filter(r -> r.from().isBefore(date)).max(Comparator.comparing(Role::from)))
                .or(() -> roles.stream().min(Comparator.comparing(Role::from)));
    }

    /** The role held that day by the one known person of this surname who held one, if exactly one did. */
    private Optional<Role> onlyHolder(String surname, LocalDate date) {
        List<Role> held = bySurname.getOrDefault(key(surname), List.of()).stream().filter(r -> r.heldOn(date)).toList();
        return held.stream().map(Role::name).distinct().count() == 1 ? Optional.of(held.get(0)) : Optional.empty();
    }

    /** "2009" or "2009-01" as the first day it can mean. */
    private static LocalDate start(String value) {
        return value.length() == 4 ? LocalDate.of(Integer.parseInt(value), 1, 1) : LocalDate.parse(value + "-01");
    }

    /** "2017" or "2017-01" as the last day it can mean. */
    private static LocalDate end(String value) {
        return value.length() == 4 ? LocalDate.of(Integer.parseInt(value), 12, 31)
                : LocalDate.parse(value + "-01").plusMonths(1).minusDays(1);
    }
}

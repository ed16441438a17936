package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agent dictionaries in the PETRARCH/Phoenix format: a term, its plurals in braces where they
 * are not the regular plural ({@code {}} for none), and its code, appended to an actor's code
 * ({@code FOREIGN_MINISTER [~GOVFRM]}) or put before it ({@code MSF [NGO~]}). Macros such as
 * {@code !PERSON! = MAN, MEN, WOMAN, WOMEN} stand for each of their words, joined to what precedes
 * them ({@code CATTLE!PERSON!} is "cattleman", "cattlemen", …). {@link #entries} keeps the full
 * codes; {@link #read} gives {@link Agents} rows.
 */
public final class PhoenixAgents {
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)})?\\s*\\[\\s*(~?)\\s*([A-Za-z]+)\\s*(~?)\\s*]");

    private PhoenixAgents() {
    }

    /** One term with all its forms (lower case, words joined by spaces) and its code; {@code prefix} for {@code [NGO~]}. */
    public record Entry(List<String> forms, String code, boolean prefix) {
    }

    /** The entries of a dictionary in file order. */
    public static List<Entry> entries(Reader in) throws IOException {
        Map<String, List<String>> macros = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        while ((line = r.readLine()) != null) {
            String text = line.replaceAll("#.*", "").strip();
            Matcher macro = MACRO.matcher(text);
            if (macro.matches()) {
                macros.put(macro.group(1), List.of(macro.group(2).split("\\s*,\\s*")));
                continue;
            }
            Matcher m = ENTRY.matcher(text);
            if (!m.find() || m.group(3).isEmpty() == m.group(5).isEmpty()) {
                continue;
            }
            List<String> forms = new ArrayList<>(expand(m.group(1), macros));
            if (m.group(2) == null) {
                forms.addAll(forms.stream().map(PhoenixAgents::plural).toList());
            } else {
                for (String plural : m.group(2).split("\\s*,\\s*|\\s+")) {
                    forms.addAll(expand(plural, macros));
                }
            }
            entries.add(new Entry(forms.stream().distinct().toList(), m.group(4).toUpperCase(Locale.ROOT), !m.group(5).isEmpty()));
        }
        return entries;
    }

    /** Rows of term, sector and kind: the columns of {@code agents.tsv}. */
    public static List<String[]> read(Reader in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Entry e : entries(in)) {
            String sector = e.code().substring(0, Math.min(3, e.code().length()));
            e.forms().forEach(f -> rows.add(new String[]{f, sector, "role"}));
        }
        return rows;
    }

    /** The regular English plural of a term's last word: "congress" → "congresses", "authority" → "authorities". */
    static String plural(String term) {
        if (term.matches(".*(s|x|z|ch|sh)")) {
            return term + "es";
        }
        if (term.matches(".*[^aeiou]y")) {
            return term.substring(0, term.length() - 1) + "ies";
        }
        return term + "s";
    }

    /** The readable forms of a term: underscores as spaces, each macro as each of its words. */
    private static List<String> expand(String term, Map<String, List<String>> macros) {
        List<String> forms = new ArrayList<>(List.of(term.strip()));
        for (Map.Entry<String, List<String>> macro : macros.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String form : forms) {
                if (form.contains(macro.getKey())) {
                    macro.getValue().forEach(word -> next.add(form.replace(macro.getKey(), word)));
                } else {
                    next.add(form);
                }
            }
            forms = next;
        }
        return forms.stream().filter(f -> !f.isBlank()).map(f -> f.replace('_', ' ').strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT)).toList();
    }
}

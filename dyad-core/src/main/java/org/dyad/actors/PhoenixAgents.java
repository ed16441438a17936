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
 * Reads agent dictionaries in the PETRARCH/Phoenix format into {@link Agents} rows: a term, its
 * plurals in braces where they are not the term plus "s", and its code ({@code FOREIGN_MINISTER
 * [~GOVFRM]}: the first three letters after the tilde are the sector). Macros such as
 * {@code !PERSON! = MAN, MEN, WOMAN, WOMEN} stand for each of their words, joined to what precedes
 * them ({@code CATTLE!PERSON!} is "cattleman", "cattlemen", …).
 */
public final class PhoenixAgents {
    private static final Pattern MACRO = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(?:\\{([^}]*)})?\\s*\\[~?([A-Za-z]{3})[A-Za-z]*]");

    private PhoenixAgents() {
    }

    /** Rows of term, sector and kind: the columns of {@code agents.tsv}. */
    public static List<String[]> read(Reader in) throws IOException {
        Map<String, List<String>> macros = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
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
            if (!m.find()) {
                continue;
            }
            String sector = m.group(3).toUpperCase(Locale.ROOT);
            List<String> forms = new ArrayList<>(expand(m.group(1), macros));
            if (m.group(2) == null) {
                forms.addAll(forms.stream().filter(f -> !f.endsWith("s")).map(f -> f + "s").toList());
            } else {
                for (String plural : m.group(2).split("\\s*,\\s*|\\s+")) {
                    forms.addAll(expand(plural, macros));
                }
            }
            forms.stream().distinct().forEach(f -> rows.add(new String[]{f, sector, "role"}));
        }
        return rows;
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

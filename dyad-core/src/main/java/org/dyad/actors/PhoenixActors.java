package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor dictionaries in the PETRARCH/Phoenix format into {@link KnownPeople} rows, so users
 * can bring the dictionaries they already have. An entry is a name ({@code BARACK_OBAMA}), its
 * other forms on {@code +} lines, and its codes, each with an optional date range:
 * {@code [USAGOV 090120-170120]}, {@code [AFGGOV >100201]}, {@code [USAELI <090119]}, or a code on
 * the name's own line ({@code ISRAEL [ISR]}). Comments start with {@code #} or {@code <!--}.
 */
public final class PhoenixActors {
    private static final Pattern CODE = Pattern.compile("\\[\\s*([~A-Za-z0-9]+)\\s*([<>]?\\d{6,8}(?:\\s*-\\s*\\d{6,8})?)?\\s*]");

    private PhoenixActors() {
    }

    /** Rows of name, other forms, country, sector, title, from, to: the columns of {@code people.tsv}. */
    public static List<String[]> read(Reader in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String name = null;
        List<String> forms = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String line;
        while ((line = r.readLine()) != null) {
            String text = stripComment(line);
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith("+")) {
                forms.add(readable(text.substring(1)));
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !text.startsWith("[")) {
                name = readable(text.replaceAll("\\[.*", ""));
                forms = new ArrayList<>();
            }
            Matcher m = CODE.matcher(text);
            while (name != null && m.find()) {
                row(name, forms, m.group(1), m.group(2)).ifPresent(rows::add);
            }
        }
        return rows;
    }

    private static java.util.Optional<String[]> row(String name, List<String> forms, String code, String dates) {
        String c = code.toUpperCase(Locale.ROOT);
        if (c.length() < 3 || c.startsWith("~")) {
            return java.util.Optional.empty();
        }
        String sector = c.length() >= 6 ? c.substring(3, 6) : "";
        String[] range = range(dates);
        return java.util.Optional.of(new String[]{name, String.join("|", forms), c.substring(0, 3), sector, "", range[0], range[1]});
    }

    /** "090120-170120" → {"2009-01", "2017-01"}; ">100201" → from; "<090119" → until; none → always. */
    private static String[] range(String dates) {
        if (dates == null) {
            return new String[]{"1900", ""};
        }
        String d = dates.replace(" ", "");
        if (d.startsWith(">")) {
            return new String[]{month(d.substring(1)), ""};
        }
        if (d.startsWith("<")) {
            return new String[]{"1900", month(d.substring(1))};
        }
        String[] parts = d.split("-");
        return new String[]{month(parts[0]), parts.length > 1 ? month(parts[1]) : ""};
    }

    /** "090120" or "20090120" as "2009-01"; two-digit years before 40 are this century's. */
    private static String month(String date) {
        if (date.length() == 8) {
            return date.substring(0, 4) + "-" + date.substring(4, 6);
        }
        int yy = Integer.parseInt(date.substring(0, 2));
        return (yy < 40 ? 2000 + yy : 1900 + yy) + "-" + date.substring(2, 4);
    }

    private static String stripComment(String line) {
        String t = line.strip();
        if (t.startsWith("<!--") || t.startsWith("<")) {
            return "";
        }
        int hash = t.indexOf('#');
        return (hash >= 0 ? t.substring(0, hash) : t).strip();
    }

    /** "PRESIDENT_GEORGE_W._BUSH_" → "PRESIDENT GEORGE W. BUSH". */
    private static String readable(String name) {
        return name.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }
}

package org.dyad.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads actor dictionaries in the PETRARCH/Phoenix format, so users can bring the dictionaries they
 * already have. An entry is a name ({@code BARACK_OBAMA}), its other forms on {@code +} lines (before
 * or after its codes), and its codes, each with an optional date range: {@code [USAGOV 090120-170120]},
 * {@code [AFGGOV >100201]}, {@code [USAELI < 090119]}, several codes at once ({@code [ELR/GAL]}), or a
 * code on the name's own line ({@code ISRAEL [ISR]}). Comments start with {@code #} or {@code <}.
 * {@link #entries} keeps the full codes (for PETRARCH-style coding); {@link #read} turns them into
 * {@link KnownPeople} rows.
 */
public final class PhoenixActors {
    private static final Pattern CODE = Pattern.compile(
            "\\[\\s*([^\\]\\s<>]+)\\s*(?:([<>])?\\s*(\\d{8}|\\d{6})\\s*(?:-\\s*(\\d{8}|\\d{6}))?)?\\s*]");

    private PhoenixActors() {
    }

    /** One dictionary entry: its name and other forms as readable words, and its codes. */
    public record Entry(String name, List<String> forms, List<DatedCode> codes) {
    }

    /** A full code ({@code HOBGOV}) valid from {@code from} to {@code until} inclusive; null bounds are open. */
    public record DatedCode(String code, LocalDate from, LocalDate until) {
        public boolean undated() {
            return from == null && until == null;
        }

        public boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        }
    }

    /** The entries of a dictionary, in file order, each with all its forms and codes. */
    public static List<Entry> entries(Reader in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String name = null;
        List<String> forms = new ArrayList<>();
        List<DatedCode> codes = new ArrayList<>();
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
                // a new name closes the previous entry: its forms and codes may come in any order
                add(entries, name, forms, codes);
                name = readable(text.replaceAll("\\[.*", ""));
                forms = new ArrayList<>();
                codes = new ArrayList<>();
            }
            Matcher m = CODE.matcher(text);
            while (name != null && m.find()) {
                for (String code : m.group(1).toUpperCase(Locale.ROOT).split("/")) {
                    codes.add(dated(code, m.group(2), m.group(3), m.group(4)));
                }
            }
        }
        add(entries, name, forms, codes);
        return entries;
    }

    private static void add(List<Entry> entries, String name, List<String> forms, List<DatedCode> codes) {
        if (name != null && !name.isEmpty() && !codes.isEmpty()) {
            entries.add(new Entry(name, List.copyOf(forms), List.copyOf(codes)));
        }
    }

    /** "<" and ">" exclude their day (the next restriction usually starts on it); a range includes both ends. */
    private static DatedCode dated(String code, String sign, String first, String second) {
        if (first == null) {
            return new DatedCode(code, null, null);
        }
        LocalDate d = date(first);
        if ("<".equals(sign)) {
            return new DatedCode(code, null, d.minusDays(1));
        }
        if (">".equals(sign)) {
            return new DatedCode(code, d.plusDays(1), null);
        }
        return new DatedCode(code, d, second == null ? null : date(second));
    }

    /** "090120" or "20090120"; two-digit years before 40 are this century's. */
    private static LocalDate date(String digits) {
        String d = digits;
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            d = (yy < 40 ? 2000 + yy : 1900 + yy) + d.substring(2);
        }
        // hand-typed dictionaries hold a few impossible days ("19990231"): take the month's last day
        java.time.YearMonth month = java.time.YearMonth.of(Integer.parseInt(d.substring(0, 4)),
                Math.max(1, Math.min(12, Integer.parseInt(d.substring(4, 6)))));
        return month.atDay(Math.max(1, Math.min(month.lengthOfMonth(), Integer.parseInt(d.substring(6, 8)))));
    }

    /** Rows of name, other forms, country, sector, title, from, to: the columns of {@code people.tsv}. */
    public static List<String[]> read(Reader in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (Entry e : entries(in)) {
            for (DatedCode code : e.codes()) {
                row(e, code).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** Only codes that start with a country or group: agents ({@code ~GOV}) and placeholders ({@code ---}) say no country. */
    private static Optional<String[]> row(Entry e, DatedCode dated) {
        String c = dated.code();
        if (c.length() < 3 || !Character.isLetter(c.charAt(0)) || c.contains("~")) {
            return Optional.empty();
        }
        String sector = c.length() >= 6 ? c.substring(3, 6) : "";
        return Optional.of(new String[]{e.name(), String.join("|", e.forms()), c.substring(0, 3), sector, "",
                dated.from() == null ? "1900" : month(dated.from()), dated.until() == null ? "" : month(dated.until())});
    }

    private static String month(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }

    private static String stripComment(String line) {
        String t = line.strip();
        if (t.startsWith("<")) {
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

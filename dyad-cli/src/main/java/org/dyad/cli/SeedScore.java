package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Scores one document record against its entry in {@code shared/seeds/gold.json}, by the rules of
 * the seeds' README — the same rules, and the same arithmetic, as the reference scorer
 * {@code shared/tools/score.py}, so both print the same figures.
 */
final class SeedScore {
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\u201c\u201d\u2018\u2019\"'`\u00ab\u00bb]");
    private static final Pattern ISO_WEEK = Pattern.compile("^\\d{4}-W\\d\\d$");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)");
    private static final Set<String> NOT_SURNAMES = Set.of("jr", "sr", "mr", "ms", "mrs", "president", "sen");

    /** found of needed, and what was missed. */
    record Area(int found, int needed, List<String> missing) {
    }

    /** Event precision, recall and F1, with the false positives. */
    record EventPrf(double p, double r, double f1, List<String> falsePositives) {
    }

    record Result(Area clean, Area posts, Area times, Area quotes, Area events, EventPrf eventPrf) {
    }

    private SeedScore() {
    }

    static Result score(JsonNode gold, JsonNode out) {
        return new Result(clean(gold, out), posts(gold, out), times(gold, out), quotes(gold, out),
                events(gold, out), eventPrf(gold, out));
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        n = QUOTE_MARKS.matcher(n).replaceAll("");
        return n.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The story part of score.py's line ({@code  story=yes merged=2 variants=1}): both documents in
     * one story, each {@code same_event} pair one merged event of two documents or more, each
     * non-optional {@code quote_variants} pair among one variant's wordings.
     */
    static String story(JsonNode gold, List<JsonNode> documents, List<JsonNode> stories) {
        JsonNode s = gold.get("story");
        List<String> ids = strings(s, "documents").stream().map(f -> documents.stream()
                .filter(d -> { String src = text(d, "source"); return src != null && src.substring(src.lastIndexOf('/') + 1).equals(f); })
                .map(d -> text(d, "id")).findFirst().orElse(null)).toList();
        boolean together = stories.stream().anyMatch(st -> ids.stream().allMatch(i -> strings(st, "documents").contains(i)));
        java.util.Map<String, JsonNode> goldEvents = new java.util.HashMap<>();
        for (JsonNode d : list(gold, "documents")) {
            for (JsonNode e : list(d, "events")) {
                goldEvents.put(text(e, "id"), e);
            }
        }
        long merged = list(s, "same_event").stream().filter(pair -> stories.stream().flatMap(st -> list(st, "events").stream())
                .anyMatch(e -> new java.util.HashSet<>(strings(e, "documents")).size() >= 2
                        && eventMatch(goldEvents.get(pair.get(0).asText()), e))).count();
        long variants = list(s, "quote_variants").stream().filter(qv -> !qv.path("optional").asBoolean(false))
                .filter(qv -> stories.stream().flatMap(st -> list(st, "quoteVariants").stream()).anyMatch(v ->
                        list(v, "quotes").size() >= 2 && contains(v, text(qv, "a")) && contains(v, text(qv, "b")))).count();
        return " story=" + (together ? "yes" : "no") + " merged=" + merged + " variants=" + variants;
    }

    private static boolean contains(JsonNode variant, String wording) {
        String n = norm(wording);
        String head = n.substring(0, Math.min(30, n.length()));
        return list(variant, "quotes").stream().anyMatch(q -> norm(text(q, "text")).contains(head));
    }

    private static Area clean(JsonNode gold, JsonNode out) {
        String text = norm(text(out, "text"));
        List<String> keep = strings(gold, "must_keep").stream().filter(k -> !text.contains(norm(k))).toList();
        List<String> drop = strings(gold, "must_drop").stream().filter(d -> text.contains(norm(d))).toList();
        if (!strings(gold, "must_keep").isEmpty() && keep.size() == strings(gold, "must_keep").size()) {
            drop = strings(gold, "must_drop"); // keeping nothing is not dropping well
        }
        List<String> heads = strings(out, "headings").stream().map(SeedScore::norm).toList();
        List<String> bad = new ArrayList<>(keep);
        bad.addAll(drop);
        for (String h : strings(gold, "headings")) {
            if (!heads.contains(norm(h)) || text.contains(norm(h))) {
                bad.add("heading:" + norm(h).substring(0, Math.min(30, norm(h).length())));
            }
        }
        String published = text(out, "published");
        String goldPublished = text(gold, "published");
        if (!(published == null ? "" : published).startsWith(goldPublished == null ? "None" : goldPublished)) {
            bad.add("published=" + published);
        }
        int checks = strings(gold, "must_keep").size() + strings(gold, "must_drop").size() + strings(gold, "headings").size() + 1;
        return new Area(checks - bad.size(), checks, bad);
    }

    private static Area posts(JsonNode gold, JsonNode out) {
        int found = 0;
        for (JsonNode gp : list(gold, "posts")) {
            boolean ok = list(out, "posts").stream().anyMatch(p ->
                    String.valueOf(text(p, "handle")).equalsIgnoreCase(text(gp, "handle"))
                            && dateOk(text(gp, "date"), text(p, "date"))
                            && String.valueOf(text(p, "language")).equals(text(gp, "language"))
                            && norm(text(p, "text")).contains(norm(text(gp, "contains"))));
            found += ok ? 1 : 0;
        }
        return new Area(found, list(gold, "posts").size(), List.of());
    }

    private static Area times(JsonNode gold, JsonNode out) {
        int found = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode gt : list(gold, "times")) {
            String g = norm(text(gt, "text"));
            boolean ok = list(out, "times").stream().anyMatch(t -> {
                String got = norm(text(t, "text"));
                return String.valueOf(text(t, "value")).startsWith(text(gt, "value")) && !got.isEmpty()
                        && (got.contains(g) || g.contains(got));
            });
            found += ok ? 1 : 0;
            if (!ok) {
                missing.add(text(gt, "text"));
            }
        }
        return new Area(found, list(gold, "times").size(), missing);
    }

    private static Area quotes(JsonNode gold, JsonNode out) {
        int found = 0;
        int needed = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode gq : list(gold, "quotes")) {
            boolean ok = list(out, "quotes").stream().anyMatch(q -> norm(text(q, "text")).contains(norm(text(gq, "contains")))
                    && q.hasNonNull("speaker")
                    && surname(text(q.get("speaker"), "name")).equals(surname(text(gq, "speaker")))
                    && (text(gq, "date") == null || dateOk(text(gq, "date"), text(q, "date"))));
            if (gq.path("optional").asBoolean(false)) {
                continue;
            }
            needed++;
            found += ok ? 1 : 0;
            if (!ok) {
                String c = text(gq, "contains");
                missing.add(c.substring(0, Math.min(40, c.length())));
            }
        }
        for (JsonNode q : list(out, "quotes")) {
            for (JsonNode nq : list(gold, "not_quotes")) {
                if (norm(text(nq, "contains")).equals(norm(text(q, "text"))) && q.hasNonNull("speaker")) {
                    missing.add("FP:" + text(q, "text"));
                }
            }
        }
        return new Area(found, needed, missing);
    }

    private static Area events(JsonNode gold, JsonNode out) {
        List<JsonNode> need = list(gold, "events").stream().filter(g -> !g.path("optional").asBoolean(false)).toList();
        List<String> missing = need.stream().filter(g -> list(out, "events").stream().noneMatch(e -> eventMatch(g, e)))
                .map(g -> text(g, "id")).toList();
        return new Area(need.size() - missing.size(), need.size(), missing);
    }

    private static EventPrf eventPrf(JsonNode gold, JsonNode out) {
        List<JsonNode> events = list(out, "events");
        List<JsonNode> golds = list(gold, "events");
        int truePositives = 0;
        List<String> falsePositives = new ArrayList<>();
        for (JsonNode e : events) {
            String sentence = norm(text(e, "sentence"));
            boolean bad = list(gold, "not_events").stream().anyMatch(n -> sentence.contains(norm(text(n, "cue"))));
            if (!bad && golds.stream().anyMatch(g -> eventMatch(g, e))) {
                truePositives++;
            } else {
                String s = String.valueOf(text(e, "sentence"));
                falsePositives.add(country(e.get("source")) + "-" + text(e, "cameo") + "-" + country(e.get("target"))
                        + ":" + s.substring(0, Math.min(50, s.length())));
            }
        }
        Area found = events(gold, out);
        double p = events.isEmpty() ? 0.0 : (double) truePositives / events.size();
        double r = found.needed() == 0 ? 1.0 : (double) found.found() / found.needed();
        double f1 = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new EventPrf(p, r, f1, falsePositives);
    }

    static boolean eventMatch(JsonNode g, JsonNode e) {
        String code = String.valueOf(text(e, "cameo") == null ? "" : text(e, "cameo"));
        String root = code.substring(0, Math.min(2, code.length()));
        if (strings(g, "roots").stream().noneMatch(root::equals) || !dateOk(text(g, "date"), text(e, "date"))) {
            return false;
        }
        String s = country(e.get("source"));
        String t = country(e.get("target"));
        if (equal(s, text(g, "source")) && equal(t, text(g, "target"))) {
            return true;
        }
        return g.path("symmetric").asBoolean(false) && equal(t, text(g, "source")) && equal(s, text(g, "target"));
    }

    static boolean dateOk(String gold, String got) {
        if (gold == null) {
            return true;
        }
        if (got == null || got.isEmpty()) {
            return false;
        }
        if (ISO_WEEK.matcher(gold).matches()) {
            if (got.equals(gold)) {
                return true;
            }
            Matcher m = ISO_DAY.matcher(got);
            if (!m.find()) {
                return false;
            }
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).equals(gold);
        }
        return got.startsWith(gold) || (got.length() < gold.length() && gold.startsWith(got) && got.length() >= 7);
    }

    static String surname(String name) {
        List<String> tokens = new ArrayList<>();
        for (String t : norm(name).split("[\\s.]+")) {
            if (!t.isEmpty() && !NOT_SURNAMES.contains(t)) {
                tokens.add(t);
            }
        }
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    private static String country(JsonNode actor) {
        return actor == null || actor.isNull() ? null : text(actor, "country");
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode node, String field) {
        return list(node, field).stream().map(JsonNode::asText).toList();
    }

    static List<JsonNode> list(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !v.isArray() ? List.of() : StreamSupport.stream(v.spliterator(), false).toList();
    }
}

package org.dyad.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds social posts pasted into an article by the shape their embeds leave in copied text: the
 * post's words, a media link ({@code pic.twitter.com/…}) ending them, and an attribution line
 * {@code — Name (@handle) Month D, YYYY}. When the words before the attribution lack their media
 * link, the post was split around its own attribution line, and the lines after it up to the link
 * are the rest of the post.
 */
public final class PostFinder {
    /** How far past an attribution line the rest of a split post may run. */
    static final int MAX_CONTINUATION_LINES = 6;

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^\\s*(?:[—–-]{1,2}|A post shared by)\\s*(?<author>[^()@]{1,80}?)\\s*\\((?<handle>@?[A-Za-z0-9_.]{1,30})\\)\\s*(?:on\\s+)?(?<rest>.{0,80})$");
    private static final Pattern MEDIA_LINK = Pattern.compile(
            "(?:https?://)?(?:pic\\.twitter\\.com|t\\.co|pic\\.x\\.com)/\\w+");

    /** A post found in the lines, and which lines it took. */
    public record Found(String author, String handle, LocalDate date, String text, BitSet lines) {
    }

    private PostFinder() {
    }

    /**
     * "— Name (@handle) date": a bracketed word after a dash is common in narration too ("- The
     * World Health Organization (WHO) said…"), so an attribution needs an @handle or a date.
     */
    private static boolean isAttribution(Matcher m) {
        return m.matches() && (m.group("handle").startsWith("@") || Dates.find(m.group("rest")).isPresent());
    }

    private static boolean isAttribution(String line) {
        return isAttribution(ATTRIBUTION.matcher(line));
    }

    /** Every post in the lines, in order of their attribution lines. */
    public static List<Found> find(List<String> lines) {
        boolean blockLayout = lines.stream().anyMatch(String::isBlank);
        BitSet taken = new BitSet(lines.size());
        List<Found> posts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ATTRIBUTION.matcher(lines.get(i));
            if (taken.get(i) || !isAttribution(m)) {
                continue;
            }
            BitSet own = new BitSet(lines.size());
            own.set(i);
            List<String> words = new ArrayList<>(before(lines, i, blockLayout, taken, own));
            if (words.stream().noneMatch(w -> MEDIA_LINK.matcher(w).find())) {
                words.addAll(continuation(lines, i, own));
            }
            taken.or(own);
            String handle = m.group("handle").startsWith("@") ? m.group("handle") : "@" + m.group("handle");
            LocalDate date = Dates.find(m.group("rest")).map(Dates.Found::date).orElse(null);
            posts.add(new Found(m.group("author").trim(), handle, date, text(words), own));
        }
        return posts;
    }

    /** The post's words above its attribution: one line, or the whole block when paragraphs are blank-separated. */
    private static List<String> before(List<String> lines, int attribution, boolean blockLayout, BitSet taken, BitSet own) {
        List<String> words = new ArrayList<>();
        int j = attribution - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        while (j >= 0 && !lines.get(j).isBlank() && !taken.get(j) && !isAttribution(lines.get(j))) {
            words.add(0, lines.get(j));
            own.set(j);
            if (!blockLayout) {
                break;
            }
            j--;
        }
        return words;
    }

    /** The rest of a post split around its attribution: the lines after it up to its media link. */
    private static List<String> continuation(List<String> lines, int attribution, BitSet own) {
        int limit = Math.min(lines.size(), attribution + 1 + MAX_CONTINUATION_LINES);
        for (int k = attribution + 1; k < limit; k++) {
            if (isAttribution(lines.get(k))) {
                return List.of();
            }
            if (MEDIA_LINK.matcher(lines.get(k)).find()) {
                if (nextIsAttribution(lines, k)) {
                    return List.of(); // that link ends the next post, not this one
                }
                own.set(attribution + 1, k + 1);
                return lines.subList(attribution + 1, k + 1).stream().filter(l -> !l.isBlank()).toList();
            }
        }
        return List.of();
    }

    private static boolean nextIsAttribution(List<String> lines, int k) {
        for (int n = k + 1; n < lines.size(); n++) {
            if (!lines.get(n).isBlank()) {
                return isAttribution(lines.get(n));
            }
        }
        return false;
    }

    private static String text(List<String> words) {
        String joined = String.join(" ", words.stream().map(String::trim).toList());
        return MEDIA_LINK.matcher(joined).replaceAll("").replaceAll("\\s+", " ").trim();
    }
}

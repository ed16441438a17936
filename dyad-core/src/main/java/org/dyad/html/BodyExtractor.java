package org.dyad.html;

import org.dyad.clean.Boilerplate;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the article's text in a page's body: the paragraphs of the container with the most prose,
 * and of its siblings that hold prose too, without the furniture in between.
 *
 * <p>The cascade, in {@link #extract(Element)}: (1) furniture is pruned — tags that never hold
 * article text, ARIA roles and class or id words of navigation, comments, sharing, ads and related
 * links, hidden elements; (2) the page is cut into blocks; (3) each paragraph-sized block scores
 * the containers above it, by its length and commas, and a container's score is cut by the share
 * of its text that is links; (4) the best container wins, with those of its siblings whose score
 * comes near; (5) their blocks are kept, save link lists and boilerplate lines.
 */
final class BodyExtractor {
    /** A block shorter than this is no paragraph and gives its containers no score. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** Containers above a paragraph that share its score, with weights 1, 1/2, 1/3. */
    static final int SCORED_ANCESTORS = 3;
    /** A paragraph's score grows by one per this many characters, up to {@link #MAX_LENGTH_POINTS}. */
    static final int CHARS_PER_POINT = 100;
    static final int MAX_LENGTH_POINTS = 3;
    /** A sibling of the best container joins it when its score is at least this share of the best's. */
    static final double SIBLING_SHARE = 0.2;
    /** ... or when it is one paragraph this long, with few links. */
    static final int LONE_PARAGRAPH_CHARS = 80;
    static final double LONE_PARAGRAPH_LINKS = 0.25;
    /** A kept container's block with more link text than this is a list of links, not prose. */
    static final double MAX_BLOCK_LINK_DENSITY = 0.5;
    /** The container above the best is taken instead when it holds this share more prose. */
    static final double CLIMB_GAIN = 0.5;
    /** How far above the best container a fuller one is looked for. */
    static final int CLIMB_LEVELS = 3;
    /** ... and no more than this share of its text is links. */
    static final double CLIMB_MAX_LINKS = 0.2;
    /** Bonus for a container whose class or id says it holds the article. */
    static final double BODY_WORD_BONUS = 0.25;
    /** A furniture-named element is kept when it holds more than this share of the page's prose: it is a wrapper. */
    static final double WRAPPER_SHARE = 0.5;

    private final PageSelectors selectors = PageSelectors.shared();
    private final Boilerplate boilerplate = Boilerplate.load();

    /** The article's blocks in page order; the element is pruned in place. Empty when the page has no prose. */
    List<Block> extract(Element body) {
        prune(body);                                                   // (1)
        List<Block> blocks = Blocks.of(body);                           // (2)
        Map<Element, Tally> tallies = tally(blocks);                    // (3)
        Element best = best(tallies);                                   // (4)
        if (best == null) {
            return List.of();
        }
        best = climb(best, tallies);
        Set<Element> kept = withSiblings(best, tallies);
        List<Block> out = new ArrayList<>();                            // (5)
        for (Block b : blocks) {
            if (inside(b.owner(), kept) && keep(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Removes what never holds article text, then furniture by role or class word, unless it holds
     * most of the page's prose: then the word belongs to a wrapper ("widget Blog", "modal-enabled").
     */
    private void prune(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && (selectors.isDropTag(e) || hidden(e))) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
        Map<Element, Integer> prose = prose(Blocks.of(body));
        int pageProse = prose.getOrDefault(body, 0);
        doomed.clear();
        for (Element e : body.getAllElements()) {
            if (e != body && selectors.isFurniture(e) && !selectors.looksLikeBodyByMicrodata(e)
                    && prose.getOrDefault(e, 0) <= WRAPPER_SHARE * pageProse) {
                doomed.add(e);
            }
        }
        doomed.forEach(Element::remove);
    }

    /** Characters of paragraph-like blocks under each element. */
    private static Map<Element, Integer> prose(List<Block> blocks) {
        Map<Element, Integer> prose = new HashMap<>();
        for (Block b : blocks) {
            if (b.text().length() >= MIN_PARAGRAPH_CHARS && b.linkDensity() <= MAX_BLOCK_LINK_DENSITY) {
                for (Element e = b.owner(); e != null; e = e.parent()) {
                    prose.merge(e, b.text().length(), Integer::sum);
                }
            }
        }
        return prose;
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || e.attr("aria-hidden").equals("true");
    }

    /** Per container: score from the paragraphs below it, and its characters and link characters. */
    private static final class Tally {
        double score;
        int chars;
        int linkChars;
        int paragraphs;
        int prose; // characters of paragraph blocks below

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static Map<Element, Tally> tally(List<Block> blocks) {
        Map<Element, Tally> tallies = new HashMap<>();
        for (Block b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                Tally t = tallies.computeIfAbsent(e, k -> new Tally());
                t.chars += b.text().length();
                t.linkChars += b.linkChars();
            }
            if (b.heading() || b.text().length() < MIN_PARAGRAPH_CHARS || b.linkDensity() > MAX_BLOCK_LINK_DENSITY) {
                continue;
            }
            for (Element e = b.owner(); e != null; e = e.parent()) {
                tallies.get(e).prose += b.text().length();
            }
            double points = 1 + commas(b.text()) + Math.min(b.text().length() / CHARS_PER_POINT, MAX_LENGTH_POINTS);
            Element e = b.owner().parent();
            for (int level = 1; level <= SCORED_ANCESTORS && e != null; level++, e = e.parent()) {
                Tally t = tallies.get(e);
                t.score += points / level;
                t.paragraphs++;
            }
        }
        return tallies;
    }

    private Element best(Map<Element, Tally> tallies) {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Tally> entry : tallies.entrySet()) {
            double s = finalScore(entry.getKey(), entry.getValue());
            if (s > bestScore) {
                best = entry.getKey();
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * An article split into several containers (by ads, embeds, or a template's sections) has its
     * best-scored part chosen; the container above holds the rest. Climb while the parent holds
     * clearly more prose than the child, little of it links.
     */
    private static Element climb(Element best, Map<Element, Tally> tallies) {
        Element e = best;
        for (Element up = higher(e, tallies); up != null; up = higher(e, tallies)) {
            e = up;
        }
        return e;
    }

    /** The nearest ancestor, within {@link #CLIMB_LEVELS} (wrappers hold one child), with clearly more prose and few links. */
    private static Element higher(Element e, Map<Element, Tally> tallies) {
        Tally child = tallies.get(e);
        Element up = e.parent();
        for (int level = 1; level <= CLIMB_LEVELS && up != null && tallies.containsKey(up); level++, up = up.parent()) {
            Tally t = tallies.get(up);
            if (t.prose >= child.prose * (1 + CLIMB_GAIN) && t.linkDensity() <= CLIMB_MAX_LINKS) {
                return up;
            }
        }
        return null;
    }

    private double finalScore(Element e, Tally t) {
        double bonus = selectors.looksLikeBody(e) ? 1 + BODY_WORD_BONUS : 1;
        return t.score * (1 - t.linkDensity()) * bonus;
    }

    private Set<Element> withSiblings(Element best, Map<Element, Tally> tallies) {
        Set<Element> kept = new HashSet<>();
        kept.add(best);
        Element parent = best.parent();
        if (parent == null) {
            return kept;
        }
        double threshold = Math.max(10, finalScore(best, tallies.get(best)) * SIBLING_SHARE);
        for (Element sibling : parent.children()) {
            Tally t = tallies.get(sibling);
            if (sibling == best || t == null) {
                continue;
            }
            boolean prose = finalScore(sibling, t) >= threshold;
            boolean loneParagraph = sibling.normalName().equals("p") && t.chars >= LONE_PARAGRAPH_CHARS
                    && t.linkDensity() < LONE_PARAGRAPH_LINKS;
            if (prose || loneParagraph) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    private static boolean inside(Element e, Set<Element> kept) {
        for (Element a = e; a != null; a = a.parent()) {
            if (kept.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private boolean keep(Block b) {
        return b.linkDensity() <= MAX_BLOCK_LINK_DENSITY && boilerplate.reason(b.text()).isEmpty();
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }
}

package org.dyad.html;

import org.dyad.resource.Tsv;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words and tags of {@code page-selectors.tsv} that tell page furniture from article text, and
 * the test of an element against them. Kept in data so that a rule can be read and changed without
 * reading the extractor.
 */
final class PageSelectors {
    private static final Pattern WORD_SPLIT = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private final Set<String> dropTags = new HashSet<>();
    private final Set<String> dropRoles = new HashSet<>();
    private final Set<String> dropWords = new HashSet<>();
    private final Set<String> bodyWords = new HashSet<>();

    private static final PageSelectors SHARED = new PageSelectors(Tsv.read(PageSelectors.class, "page-selectors.tsv", 2));

    private PageSelectors(List<String[]> rows) {
        for (String[] row : rows) {
            switch (row[0]) {
                case "drop-tag" -> dropTags.add(row[1]);
                case "drop-role" -> dropRoles.add(row[1]);
                case "drop-word" -> dropWords.add(row[1]);
                case "body-word" -> bodyWords.add(row[1]);
                default -> throw new IllegalStateException("page-selectors.tsv: unknown kind " + row[0]);
            }
        }
    }

    static PageSelectors shared() {
        return SHARED;
    }

    boolean isDropTag(Element e) {
        return dropTags.contains(e.normalName());
    }

    /** Furniture by its ARIA role or by a word of its class or id. */
    boolean isFurniture(Element e) {
        if (dropRoles.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        return words(e).stream().anyMatch(dropWords::contains);
    }

    /** Says the element holds article text, by a word of its class or id, or by microdata. */
    boolean looksLikeBody(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody") || words(e).stream().anyMatch(bodyWords::contains);
    }

    /** Says by microdata that the element is the article's text. */
    boolean looksLikeBodyByMicrodata(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private static Set<String> words(Element e) {
        Set<String> words = new HashSet<>();
        for (String value : List.of(e.className(), e.id())) {
            for (String w : WORD_SPLIT.split(value)) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}

package org.dyad.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between block-level boundaries of a page: a paragraph, a list item, a heading, a
 * stretch between two {@code <br>}s.
 *
 * @param owner     the nearest block-level element around it
 * @param text      the text, whitespace collapsed
 * @param linkChars how many of its characters are link text
 * @param heading   whether it is a heading ({@code h1}–{@code h6})
 */
record Block(Element owner, String text, int linkChars, boolean heading) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}

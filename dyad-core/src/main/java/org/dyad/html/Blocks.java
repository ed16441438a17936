package org.dyad.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Cuts a page into its {@link Block}s, in document order. */
final class Blocks {
    /** Elements that start and end a block; everything else is inline and runs on. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th",
            "tbody", "thead", "tfoot", "caption", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "hr",
            "address", "center", "details", "summary", "body", "html", "br", "hgroup");

    private Blocks() {
    }

    static List<Block> of(Element root) {
        Cutter cutter = new Cutter(root);
        NodeTraversor.traverse(cutter, root);
        cutter.flush();
        return cutter.blocks;
    }

    static boolean isHeading(Element e) {
        String n = e.normalName();
        return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
    }

    private static final class Cutter implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        final Deque<Element> owners = new ArrayDeque<>();
        final StringBuilder text = new StringBuilder();
        int linkChars;
        int links;   // depth of open <a> elements
        int headings; // depth of open h1-h6 elements

        Cutter(Element root) {
            owners.push(root);
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                text.append(s);
                if (links > 0) {
                    linkChars += s.strip().length();
                }
            } else if (node instanceof Element e) {
                if (BLOCK_TAGS.contains(e.normalName())) {
                    flush();
                    if (!e.normalName().equals("br") && !e.normalName().equals("hr")) {
                        owners.push(e);
                    }
                }
                if (e.normalName().equals("a")) {
                    links++;
                }
                if (isHeading(e)) {
                    headings++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String n = e.normalName();
                if (BLOCK_TAGS.contains(n) && !n.equals("br") && !n.equals("hr")) {
                    flush();
                    if (owners.size() > 1) {
                        owners.pop();
                    }
                }
                if (n.equals("a")) {
                    links--;
                }
                if (isHeading(e)) {
                    headings--;
                }
            }
        }

        void flush() {
            String s = collapse(text);
            if (!s.isEmpty()) {
                blocks.add(new Block(owners.peek(), s, Math.min(linkChars, s.length()), headings > 0));
            }
            text.setLength(0);
            linkChars = 0;
        }

        private static String collapse(CharSequence raw) {
            StringBuilder out = new StringBuilder(raw.length());
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}

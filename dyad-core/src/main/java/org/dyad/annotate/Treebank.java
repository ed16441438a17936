package org.dyad.annotate;

import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.Tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Penn Treebank bracketed parses ({@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}) with CoreNLP's
 * tree reader into Dyad's own {@link Node}s, so coders that work from given parses need no CoreNLP.
 */
public final class Treebank {
    private Treebank() {
    }

    /**
     * A constituent: its label, its children, and the tokens it spans ({@code start} inclusive,
     * {@code end} exclusive). A preterminal ({@code (VBD broke)}) has no children and holds its word
     * and lemma.
     */
    public record Node(String label, List<Node> children, int start, int end, String word, String lemma) {
        public boolean isWord() {
            return word != null;
        }

        /** Its preterminals, left to right. */
        public List<Node> words() {
            List<Node> out = new ArrayList<>();
            collect(this, out);
            return out;
        }

        private static void collect(Node n, List<Node> out) {
            if (n.isWord()) {
                out.add(n);
            } else {
                n.children().forEach(c -> collect(c, out));
            }
        }
    }

    /** The tree of a bracketed parse; empty when it does not read as one tree. */
    public static Optional<Node> read(String penn) {
        if (!balanced(penn)) {
            return Optional.empty(); // CoreNLP would read a truncated tree without complaint
        }
        try {
            Tree tree = Tree.valueOf(penn.strip());
            if (tree == null || tree.isLeaf()) {
                return Optional.empty();
            }
            return Optional.of(convert(tree, new int[]{0}));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the brackets close in order and exactly once at the end: one whole tree. */
    private static boolean balanced(String penn) {
        int depth = 0;
        boolean closed = false;
        for (char c : penn.toCharArray()) {
            if (c == '(') {
                if (closed) {
                    return false;
                }
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return false;
                }
                closed = depth == 0;
            }
        }
        return depth == 0 && closed;
    }

    private static Node convert(Tree t, int[] next) {
        if (t.isPreTerminal()) {
            String word = t.firstChild().value();
            String tag = t.value();
            int at = next[0]++;
            return new Node(tag, List.of(), at, at + 1, word, Morphology.lemmaStatic(word, tag, true));
        }
        int start = next[0];
        List<Node> kids = new ArrayList<>();
        for (Tree c : t.children()) {
            if (!c.isLeaf()) {
                kids.add(convert(c, next));
            }
        }
        return new Node(t.value(), List.copyOf(kids), start, next[0], null, null);
    }
}

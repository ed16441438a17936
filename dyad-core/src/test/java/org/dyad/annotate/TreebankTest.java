package org.dyad.annotate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TreebankTest {
    @Test
    void readsWordsTagsLemmasAndSpans() {
        Treebank.Node root = Treebank.read("(ROOT (S (NP (NNP Nordland)) (VP (VBD broke) (NP (NNS ties))) (. .)))").orElseThrow();
        assertThat(root.words()).extracting(Treebank.Node::word).containsExactly("Nordland", "broke", "ties", ".");
        assertThat(root.words().get(1).lemma()).isEqualTo("break");
        Treebank.Node vp = root.children().get(0).children().get(1);
        assertThat(vp.label()).isEqualTo("VP");
        assertThat(vp.start()).isEqualTo(1);
        assertThat(vp.end()).isEqualTo(3);
    }

    @Test
    void refusesUnbalancedParses() {
        assertThat(Treebank.read("(ROOT (S (NP (NNP Nordland)) (VP (VBD broke) (NP (NNS ties)))")).isEmpty();
        assertThat(Treebank.read("(ROOT (S (NP (NNP Nordland)))) (VP (VBD broke)))")).isEmpty();
    }
}

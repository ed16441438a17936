package org.dyad.quotes;

import org.dyad.quotes.QuoteMarks.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteMarksTest {

    private static List<String> quoted(String text) {
        return QuoteMarks.find(text).stream().map(q -> q.text(text)).toList();
    }

    @Test
    void curlyAndStraightMarksBothQuote() {
        assertThat(quoted("“We will win,” she said. He replied: \"We will see.\""))
                .containsExactly("We will win,", "We will see.");
    }

    @Test
    void aQuoteLeftOpenGoesOnInTheNextParagraphThatReopensIt() {
        String text = "The mayor said “the bridge is closed.\n\n“It will reopen in May,” she added.";
        List<Quotation> qs = QuoteMarks.find(text);
        assertThat(qs).hasSize(1);
        assertThat(qs.get(0).parts()).hasSize(2);
        assertThat(qs.get(0).closed()).isTrue();
        assertThat(qs.get(0).text(text)).isEqualTo("the bridge is closed. It will reopen in May,");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopenIt() {
        String text = "The mayor said “the bridge is closed.\n\nTraffic was heavy on Monday.";
        List<Quotation> qs = QuoteMarks.find(text);
        assertThat(qs).extracting(q -> q.text(text)).containsExactly("the bridge is closed.");
        assertThat(qs.get(0).closed()).isFalse();
        boolean[] inside = QuoteMarks.inside(text);
        assertThat(inside[text.indexOf("Traffic")]).isFalse();
    }

    @Test
    void aStrayClosingMarkQuotesNothing() {
        assertThat(QuoteMarks.find("The bridge is closed” she said, and left.")).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        String text = "“Don’t forget the ’90s, when Gondor’s leaders’ pact held,” he said.";
        Quotation outer = QuoteMarks.find(text).get(0);
        assertThat(QuoteMarks.nested(text, outer)).isEmpty();
        assertThat(QuoteMarks.find("Don't forget the '90s, or Gondor's kings.")).isEmpty();
    }

    @Test
    void singleMarksInsideAQuoteAreAQuoteWithinTheQuote() {
        String text = "“He told me, ’Sure, come on over.’ So I went,” she said.";
        Quotation outer = QuoteMarks.find(text).get(0);
        assertThat(QuoteMarks.nested(text, outer)).extracting(q -> q.text(text)).containsExactly("Sure, come on over.");
        assertThat(quoted("“He said ‘no’ twice,” she said.")).containsExactly("He said ‘no’ twice,");
    }

    @Test
    void aHeadlineQuotesWithSingleMarksButNarrationDoesNot() {
        String text = "Minister calls the deal ‘a betrayal’\n\nThe minister's 'plan' was new.";
        assertThat(quoted(text)).containsExactly("a betrayal");
    }

    @Test
    void aStraightMarkAfterADigitIsAUnit() {
        assertThat(quoted("The 5\" screen, he said, was \"too small\".")).containsExactly("too small");
    }

    @Test
    void insideMarksTheQuotedCharactersNotTheMarks() {
        String text = "He said “yes” today.";
        boolean[] inside = QuoteMarks.inside(text);
        assertThat(inside[text.indexOf('y')]).isTrue();
        assertThat(inside[text.indexOf('“')]).isFalse();
        assertThat(inside[text.indexOf('t')]).isFalse();
    }
}

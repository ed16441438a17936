package org.dyad.cli;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** TempEval-3's TIMEX3 arithmetic on hand-made TimeML, and the reader's offsets. */
class TimexScoreTest {
    private static final String GOLD = """
            <?xml version="1.0" ?><TimeML>
            <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
            <TITLE>Talks &amp; more</TITLE>
            <TEXT>They met <TIMEX3 tid="t1" type="DATE" value="2013-03-22">Friday</TIMEX3> for about \
            <TIMEX3 tid="t2" type="DURATION" value="P1M">a month</TIMEX3>, as in <TIMEX3 tid="t3" type="DATE" value="2012">2012</TIMEX3> \
            and <TIMEX3 tid="t4" type="DATE" value="2011">2011</TIMEX3>, and talk by phone.</TEXT>
            </TimeML>""";
    /** Same text: Friday exact and right; "about a month" overlaps, right; 2012 exact, wrong; 2011 missed; "phone" spurious. */
    private static final String SYSTEM = """
            <TimeML><TEXT>They met <TIMEX3 value="2013-03-22">Friday</TIMEX3> for <TIMEX3 value="P1M">about a month</TIMEX3>, \
            as in <TIMEX3 value="2013">2012</TIMEX3> and 2011, and talk by <TIMEX3 value="PRESENT_REF">phone</TIMEX3>.</TEXT></TimeML>""";

    private static TimeMl read(String xml) {
        return TimeMl.read("doc", new StringReader(xml));
    }

    @Test
    void readsCreationTimeTitleTextAndOffsets() {
        TimeMl doc = read(GOLD);
        assertThat(doc.dct()).isEqualTo("2013-03-22");
        assertThat(doc.title()).isEqualTo("Talks & more");
        assertThat(doc.text()).isEqualTo("They met Friday for about a month, as in 2012 and 2011, and talk by phone.");
        assertThat(doc.times()).extracting(TimeMl.Timex::text).containsExactly("Friday", "a month", "2012", "2011");
        TimeMl.Timex month = doc.times().get(1);
        assertThat(doc.text().substring(month.start(), month.end())).isEqualTo("a month");
    }

    @Test
    void scoresStrictRelaxedAndValueAsTempEval3() {
        TimeMl gold = read(GOLD);
        TimeMl system = read(SYSTEM);
        assertThat(system.text()).isEqualTo(gold.text());

        TimexScore score = new TimexScore();
        TimexScore.Errors errors = score.add(gold.times(), system.times());

        assertThat(errors.missed()).extracting(TimeMl.Timex::text).containsExactly("2011");
        assertThat(errors.spurious()).extracting(TimeMl.Timex::text).containsExactly("phone");
        assertThat(errors.partial()).extracting(p -> p.gold().text() + "|" + p.system().text()).containsExactly("a month|about a month");
        assertThat(errors.wrongValue()).extracting(p -> p.gold().value() + "|" + p.system().value()).containsExactly("2012|2013");
        // 4 gold, 4 system: 2 exact spans, 3 overlapping, 2 right values among the overlapping
        assertThat(score.strict()).isEqualTo(new TimexScore.Prf(2, 4, 4));
        assertThat(score.relaxed()).isEqualTo(new TimexScore.Prf(3, 4, 4));
        assertThat(score.value()).isEqualTo(new TimexScore.Prf(2, 4, 4));
        assertThat(score.relaxed().f1()).isCloseTo(0.75, within(1e-9));
        assertThat(score.strict().precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void anExactSpanIsNotTakenByAnEarlierOverlap() {
        TimexScore score = new TimexScore();
        TimeMl.Timex lastWeek = new TimeMl.Timex(0, 9, "last week", "2013-W11");
        TimeMl.Timex week = new TimeMl.Timex(5, 9, "week", "P1W");
        TimeMl.Timex both = new TimeMl.Timex(5, 9, "week", "P1W");
        score.add(java.util.List.of(lastWeek, week), java.util.List.of(both));
        assertThat(score.strict().correct()).isEqualTo(1);
        assertThat(score.relaxed().correct()).isEqualTo(1);
    }

    @Test
    void mapsNarrationOffsetsBackPastDroppedLinesAndRejoinedParagraphs() {
        String source = "\n Peace talks\n\n  Talks began in\nMarch.\n\nThey end Friday.\n";
        String narration = "Talks began in march.\n\nThey end Friday.".replace("march", "March");
        SourceOffsets offsets = SourceOffsets.align(source, narration);
        int friday = narration.indexOf("Friday");
        assertThat(source.substring(offsets.start(friday, friday + 6), offsets.end(friday, friday + 6))).isEqualTo("Friday");
        int began = narration.indexOf("in March");
        assertThat(source.substring(offsets.start(began, began + 8), offsets.end(began, began + 8))).isEqualTo("in\nMarch");
        assertThat(offsets.keeps(source.indexOf("Peace"), source.indexOf("Peace") + 5)).isFalse();
    }
}

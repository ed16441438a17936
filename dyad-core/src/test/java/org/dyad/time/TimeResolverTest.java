package org.dyad.time;

import org.dyad.annotate.Annotator;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Timex;
import org.dyad.model.Token;
import org.dyad.testing.Articles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeResolverTest {
    /** A Tuesday. */
    private static final String PUBLISHED = "2026-02-03";

    private final TimeResolver resolver = new TimeResolver();

    private List<TimeExpression> times(String text, String published) {
        return resolver.resolve(Annotator.shared().annotate(Articles.narration(text, published)));
    }

    private String valueOf(String text, String expression) {
        return times(text, PUBLISHED).stream().filter(t -> t.text().contains(expression)).findFirst()
                .map(TimeExpression::value).orElse("(none)");
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "The ministers met on Friday in Geneva.                 | Friday   | 2026-01-30",
            "The ministers will meet on Friday in Geneva.           | Friday   | 2026-02-06",
            "Talks collapsed on Tuesday after a walkout.            | Tuesday  | 2026-02-03",
            "Relations soured in October over the tariffs.          | October  | 2025-10",
            "The vote will be held in January.                      | January  | 2027-01",
            "The president is set to leave office in August.        | August   | 2026-08",
            "The government agreed to sell its stake in October.    | October  | 2025-10",
            "Last week, the rebels seized the town.                 | week     | 2026-W05",
            "The army captured the port last month.                 | month    | 2026-01",
            "The accord was signed on Jan. 3 in Doha.               | Jan. 3   | 2026-01-03",
    })
    void resolvesAgainstThePublicationDateByTense(String sentence, String expression, String expected) {
        assertThat(valueOf(sentence, expression)).isEqualTo(expected);
    }

    @Test
    void offsetsPointAtTheExpressionInTheText() {
        String text = "Protesters gathered on Monday.\n\nThe police arrived in March.";
        for (TimeExpression t : times(text, PUBLISHED)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(times(text, PUBLISHED)).extracting(TimeExpression::sentence).containsExactly(0, 1);
    }

    @Test
    void withoutPublicationDateWeekdaysStayUnresolved() {
        List<TimeExpression> found = times("The ministers met on Friday.", null);
        assertThat(found).singleElement().satisfies(t -> assertThat(t.value()).doesNotStartWith("2026"));
    }

    @Test
    void dayAndMonthArithmetic() {
        LocalDate tuesday = LocalDate.parse(PUBLISHED);
        assertThat(TimeResolver.dayFor(DayOfWeek.TUESDAY, tuesday, TimeResolver.Tense.PAST)).isEqualTo(tuesday);
        assertThat(TimeResolver.dayFor(DayOfWeek.WEDNESDAY, tuesday, TimeResolver.Tense.PAST)).isEqualTo("2026-01-28");
        assertThat(TimeResolver.dayFor(DayOfWeek.MONDAY, tuesday, TimeResolver.Tense.FUTURE)).isEqualTo("2026-02-09");
        assertThat(TimeResolver.monthFor(Month.FEBRUARY, tuesday, TimeResolver.Tense.PAST)).isEqualTo(YearMonth.of(2026, 2));
        assertThat(TimeResolver.monthFor(Month.DECEMBER, tuesday, TimeResolver.Tense.PAST)).isEqualTo(YearMonth.of(2025, 12));
        assertThat(TimeResolver.monthFor(Month.JANUARY, tuesday, TimeResolver.Tense.FUTURE)).isEqualTo(YearMonth.of(2027, 1));
        // no tense: the day of the publication's week (Monday to Sunday)
        assertThat(TimeResolver.dayFor(DayOfWeek.MONDAY, tuesday, TimeResolver.Tense.UNKNOWN)).isEqualTo("2026-02-02");
        assertThat(TimeResolver.dayFor(DayOfWeek.SUNDAY, tuesday, TimeResolver.Tense.UNKNOWN)).isEqualTo("2026-02-08");
    }

    @Test
    void aBareWeekdayWithNoTenseIsSetByDyadWhateverSutimeSaid() {
        // SUTime's value for a bare weekday changes with what the JVM read before; Dyad's must not
        Token friday = new Token(0, "Friday", "Friday", "NNP", "O", 0, 6);
        for (String sutime : List.of("2010-05-07", "2010-04-30", "XXXX-WXX-5")) {
            Timex t = new Timex("Friday", "DATE", sutime, 0, 1, 0, 6);
            Sentence s = new Sentence(0, 0, 6, List.of(friday), List.of(), List.of(), List.of(t));
            assertThat(TimeResolver.reanchor(t, s, LocalDate.parse("2010-05-05"))).contains("2010-05-07");
        }
    }
}

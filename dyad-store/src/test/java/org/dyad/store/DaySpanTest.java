package org.dyad.store;

import org.dyad.store.DaySpan.DayCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DaySpanTest {
    /** Latest first, undated last, as the documents list counts them: 3 + 2 + 4 dated, 2 undated. */
    private static final List<DayCount> DAYS = List.of(new DayCount("2025-03-05", 3), new DayCount("2025-03-04", 2),
            new DayCount("2025-03-01", 4), new DayCount(null, 2));

    @Test
    void aPageWithinOneDaySpansThatDay() {
        assertThat(DaySpan.of(DAYS, 1, 2)).contains(new DaySpan("2025-03-05", "2025-03-05", false, 1));
    }

    @Test
    void aPageAcrossDaysSpansFromItsFirstToItsLastWhateverTheListsDirection() {
        assertThat(DaySpan.of(DAYS, 2, 4)).contains(new DaySpan("2025-03-01", "2025-03-05", false, 2));
        DaySpan span = DaySpan.of(DAYS, 2, 4).orElseThrow();
        assertThat(span.condition("day")).isEqualTo("day BETWEEN ? AND ?");
        assertThat(span.params()).containsExactly("2025-03-01", "2025-03-05");
    }

    @Test
    void aPageReachingTheUndatedKeepsThemToo() {
        DaySpan span = DaySpan.of(DAYS, 8, 3).orElseThrow();
        assertThat(span).isEqualTo(new DaySpan("2025-03-01", "2025-03-01", true, 3));
        assertThat(span.condition("day")).isEqualTo("(day BETWEEN ? AND ? OR day IS NULL)");
    }

    @Test
    void aPageOfUndatedOnlyAsksForThem() {
        DaySpan span = DaySpan.of(DAYS, 9, 5).orElseThrow();
        assertThat(span).isEqualTo(new DaySpan(null, null, true, 0));
        assertThat(span.condition("day")).isEqualTo("day IS NULL");
        assertThat(span.params()).isEmpty();
    }

    @Test
    void aPagePastTheEndIsEmpty() {
        assertThat(DaySpan.of(DAYS, 11, 5)).isEmpty();
        assertThat(DaySpan.of(List.of(), 0, 5)).isEmpty();
        assertThat(DaySpan.total(DAYS)).isEqualTo(11);
    }
}

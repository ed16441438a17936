package org.dyad.stories;

import org.dyad.model.DyadSeries;
import org.dyad.model.StoryEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dyad.stories.Docs.KESTLAND;
import static org.dyad.stories.Docs.LUMBRIA;
import static org.dyad.stories.Docs.MINISTER;
import static org.dyad.stories.Docs.analysis;
import static org.dyad.stories.Docs.event;

class DyadsTest {
    @Test
    void monthlyCountsAndMeanGoldsteinEitherWayEachHappeningOnce() {
        var a = analysis("a", null, "x", List.of(
                event("1", KESTLAND, LUMBRIA, "163", -8, "2024-01-10"),
                event("2", LUMBRIA, KESTLAND, "112", -2, "2024-W03"),
                event("3", MINISTER, LUMBRIA, "043", 2.8, "2024-02-05"),
                event("4", KESTLAND, LUMBRIA, "057", 8, null)), List.of());
        var b = analysis("b", null, "y", List.of(event("5", KESTLAND, LUMBRIA, "163", -8, "2024-01-10")), List.of());
        List<StoryEvent> merged = EventMerger.merge(List.of(a, b));
        DyadSeries d = Dyads.of("KES", "LUM", merged);
        assertThat(d.series()).extracting(DyadSeries.Period::period).containsExactly("2024-01", "2024-02");
        assertThat(d.series().get(0).events()).isEqualTo(2);
        assertThat(d.series().get(0).goldstein()).isCloseTo(-5.0, within(1e-9));
        assertThat(d.series().get(1).goldstein()).isCloseTo(2.8, within(1e-9));
        assertThat(Dyads.of("KES", "XXX", merged).series()).isEmpty();
        assertThat(Dyads.of("Ana Ruiz", "LUM", merged).series()).singleElement().extracting(DyadSeries.Period::events).isEqualTo(1);
    }

    @Test
    void everyCountryPairOfAStoryHasItsSeries() {
        var a = analysis("a", null, "x", List.of(event("1", KESTLAND, LUMBRIA, "163", -8, "2024-01-10"),
                event("2", KESTLAND, MINISTER, "010", 0, "2024-01-11")), List.of());
        assertThat(Dyads.all(EventMerger.merge(List.of(a)))).extracting(DyadSeries::pair).containsExactly(List.of("KES", "LUM"));
    }

    @Test
    void weeksCountInTheMonthOfTheirThursday() {
        assertThat(Dyads.month("2026-W05")).isEqualTo("2026-01");
        assertThat(Dyads.month("2026-W06")).isEqualTo("2026-02");
        assertThat(Dyads.month("2026-02-03T16:23")).isEqualTo("2026-02");
        assertThat(Dyads.month("PAST_REF")).isNull();
    }
}

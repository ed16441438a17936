package org.dyad.stories;

import org.dyad.model.Event;
import org.dyad.model.StoryEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.stories.Docs.KESTLAND;
import static org.dyad.stories.Docs.LUMBRIA;
import static org.dyad.stories.Docs.analysis;
import static org.dyad.stories.Docs.event;

class EventMergerTest {
    @Test
    void oneHappeningReportedTwiceIsOneEventWithBothDocumentsAndTheirSentences() {
        var a = analysis("a", "2024-05-07", "x", List.of(event("a1", KESTLAND, LUMBRIA, "17", -5, "2024-05", Event.DateSource.TEXT,
                "Kestland seized the ship in May.")), List.of());
        var b = analysis("b", "2024-05-08", "y", List.of(event("b1", KESTLAND, LUMBRIA, "173", -5, "2024-05-03", Event.DateSource.TEXT,
                "Kestland's navy seized the vessel on 3 May.")), List.of());
        List<StoryEvent> merged = EventMerger.merge(List.of(a, b));
        assertThat(merged).hasSize(1);
        StoryEvent e = merged.get(0);
        assertThat(e.documents()).containsExactly("a", "b");
        assertThat(e.date()).isEqualTo("2024-05-03");
        assertThat(e.cameo()).isEqualTo("173");
        assertThat(e.codes()).containsExactly("17", "173");
        assertThat(e.dates()).containsExactly("2024-05", "2024-05-03");
        assertThat(e.reports()).extracting(r -> r.event().sentence())
                .containsExactly("Kestland seized the ship in May.", "Kestland's navy seized the vessel on 3 May.");
    }

    @Test
    void differentRootsTargetsOrDatesStayApart() {
        var a = analysis("a", null, "x", List.of(
                event("1", KESTLAND, LUMBRIA, "173", -5, "2024-05-03"),
                event("2", KESTLAND, LUMBRIA, "112", -2, "2024-05-03"),
                event("3", LUMBRIA, KESTLAND, "173", -5, "2024-05-03"),
                event("4", KESTLAND, LUMBRIA, "173", -5, "2024-06-10")), List.of());
        assertThat(EventMerger.merge(List.of(a))).hasSize(4);
    }

    @Test
    void aMeetingIsOneWhicheverSideIsNamedFirst() {
        var a = analysis("a", null, "x", List.of(event("1", KESTLAND, LUMBRIA, "043", 2.8, "2024-05-03")), List.of());
        var b = analysis("b", null, "y", List.of(event("2", LUMBRIA, KESTLAND, "042", 1.9, "2024-05-03")), List.of());
        assertThat(EventMerger.merge(List.of(a, b))).singleElement().satisfies(e -> assertThat(e.documents()).containsExactly("a", "b"));
    }

    @Test
    void aMonthJoinsDaysThatDoNotJoinEachOther() {
        var a = analysis("a", null, "x", List.of(event("1", KESTLAND, LUMBRIA, "173", -5, "2024-05")), List.of());
        var b = analysis("b", null, "y", List.of(event("2", KESTLAND, LUMBRIA, "173", -5, "2024-05-03")), List.of());
        var c = analysis("c", null, "z", List.of(event("3", KESTLAND, LUMBRIA, "173", -5, "2024-05-20")), List.of());
        List<StoryEvent> merged = EventMerger.merge(List.of(a, b, c));
        assertThat(merged).extracting(StoryEvent::documents).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void datesAreCompatibleByGranularityAndWeek() {
        assertThat(EventMerger.compatible("2026-01", "2026-01-03")).isTrue();
        assertThat(EventMerger.compatible("2026-W05", "2026-01-28")).isTrue();
        assertThat(EventMerger.compatible("2026-W05", "2026-02-03")).isFalse();
        assertThat(EventMerger.compatible(null, "2026-02-03")).isTrue();
        assertThat(EventMerger.compatible("2026-01", "2026-02")).isFalse();
    }

    @Test
    void aDateWrittenInTheTextWinsOverThePublicationDate() {
        var a = analysis("a", null, "x", List.of(event("1", KESTLAND, LUMBRIA, "173", -5, "2024-05-03", Event.DateSource.PUBLISHED, "s")), List.of());
        var b = analysis("b", null, "y", List.of(event("2", KESTLAND, LUMBRIA, "173", -5, "2024-05", Event.DateSource.TEXT, "t")), List.of());
        assertThat(EventMerger.merge(List.of(a, b))).singleElement().extracting(StoryEvent::date).isEqualTo("2024-05");
    }
}

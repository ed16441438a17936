package org.dyad.stories;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryBlocksTest {
    private static final String QUAKE_1 = "A strong earthquake struck Lumbria on Monday, killing twelve people in the mountain town of Orsk.";
    private static final String QUAKE_2 = "Rescuers in Orsk searched the rubble after Monday's Lumbria earthquake, which killed twelve people.";
    private static final String QUAKE_3 = "Aid reached Orsk, where the Lumbria earthquake killed twelve people; rescuers left the rubble.";
    private static final String VOTE_1 = "Voters in Kestland elect a new parliament on Sunday; the Green Alliance leads the polls.";
    private static final String VOTE_2 = "The Green Alliance won the Kestland parliament election, taking most seats in Sunday's vote.";

    /** One story over three weeks, each report within the window of the one before; an election beside it; two undated reports. */
    private static final List<StoryBlocks.Entry> DOCUMENTS = List.of(
            entry("q1", "2024-05-06", QUAKE_1),
            entry("v1", "2024-05-05", VOTE_1),
            entry("q2", "2024-05-09T08:00:00Z", QUAKE_2),
            entry("v2", "2024-05-06", VOTE_2),
            entry("q3", "2024-05-21", QUAKE_3),
            entry("u1", null, QUAKE_2),
            entry("u2", null, QUAKE_1));

    /** A report naming the country it is about, as an analysed document names its actors. */
    private static StoryBlocks.Entry entry(String id, String published, String text) {
        String actor = "actor:" + (text.contains("Lumbria") ? "lumbria" : "kestland");
        return new StoryBlocks.Entry(published, new StoryDocument(id, StoryDocument.date(published), text, List.of(actor)));
    }

    /** What one clusterer gives over the documents in the library's order. */
    private static Map<String, String> onePass(List<StoryBlocks.Entry> documents) {
        StoryClusterer c = new StoryClusterer();
        Map<String, String> stories = new LinkedHashMap<>();
        documents.stream().sorted(StoryBlocks.ORDER).forEach(e -> stories.put(e.document().id(), c.add(e.document()).story()));
        return stories;
    }

    @Test
    void inOneBlockTheStoriesAreThoseOfOnePass() {
        Map<String, String> stories = new StoryBlocks.Plan(3650, 100).stories(DOCUMENTS);
        assertThat(stories).containsExactlyEntriesOf(onePass(DOCUMENTS));
        assertThat(stories).containsEntry("q3", "s-q1").containsEntry("u1", "s-q1").containsEntry("v2", "s-v1");
    }

    /**
     * A block a day and an undated block a document: the earthquake story crosses four boundaries
     * (into q2's and q3's days, then into each undated block) and is still one story, named after its
     * first report; the election stays apart.
     */
    @Test
    void aStoryCrossingBlockBoundariesIsOneStory() {
        StoryBlocks.Plan daily = new StoryBlocks.Plan(1, 1);
        Map<String, String> stories = daily.stories(DOCUMENTS);
        assertThat(stories).containsExactlyInAnyOrderEntriesOf(onePass(DOCUMENTS));
        assertThat(stories).containsEntry("q2", "s-q1").containsEntry("q3", "s-q1")
                .containsEntry("u1", "s-q1").containsEntry("u2", "s-q1")
                .containsEntry("v2", "s-v1");
        // The boundaries are real: q3's block clusters q2's lead-in and q3, and points back through q2.
        List<StoryBlocks.Local> q3Block = StoryBlocks.cluster(Background.NONE, Map.of(), List.of(DOCUMENTS.get(2)), List.of(DOCUMENTS.get(4)));
        assertThat(q3Block).containsExactly(new StoryBlocks.Local("q3", null, "q2"));
    }

    /**
     * The same words months later are another story; the undated reports still find the earthquake
     * story, months before the last dated day, as a candidate: it named the same country.
     */
    @Test
    void theUndatedFindDatedStoriesThroughWhatTheyName() {
        List<StoryBlocks.Entry> withLate = new ArrayList<>(DOCUMENTS);
        withLate.add(entry("late", "2024-09-30", QUAKE_3));
        Map<String, String> stories = new StoryBlocks.Plan(1, 1).stories(withLate);
        assertThat(stories).containsEntry("q3", "s-q1").containsEntry("late", "s-late");
        assertThat(stories).containsExactlyInAnyOrderEntriesOf(onePass(withLate));
        // Nothing named in common, no candidate: an undated report of its own.
        List<StoryBlocks.Entry> unnamed = new ArrayList<>(withLate.stream().filter(e -> e.published() != null).toList());
        unnamed.add(new StoryBlocks.Entry(null, StoryDocument.ofText("u3", null, QUAKE_3)));
        assertThat(new StoryBlocks.Plan(1, 1).stories(unnamed)).containsEntry("u3", "s-u3");
        assertThat(onePass(unnamed)).doesNotContainEntry("u3", "s-u3");
    }

    @Test
    void candidatesAreTheStoriesThatNamedItLast() {
        Map<String, StoryBlocks.Entry> last = new java.util.HashMap<>();
        for (int i = 0; i < StoryBlocks.CANDIDATES + 5; i++) {
            last.put("s-" + i, entry("d" + i, java.time.LocalDate.parse("2024-01-01").plusDays(i).toString(), QUAKE_1));
        }
        List<String> candidates = StoryBlocks.candidates(last);
        assertThat(candidates).hasSize(StoryBlocks.CANDIDATES).startsWith("s-" + (StoryBlocks.CANDIDATES + 4)).doesNotContain("s-0", "s-4");
    }

    @Test
    void aLeadInOutsideTheWindowIsNotRead() {
        StoryBlocks.Plan daily = new StoryBlocks.Plan(1, 1);
        java.time.LocalDate may9 = java.time.LocalDate.parse("2024-05-09");
        List<Long> later = daily.leadInto(daily.block(may9), may9);
        assertThat(later).hasSize(StoryClusterer.WINDOW_DAYS).last().isEqualTo(daily.block(may9.plusDays(StoryClusterer.WINDOW_DAYS)));
        assertThat(daily.leadInto(daily.undatedBlock(0), null)).containsExactly(daily.undatedBlock(1));
    }

    /** A block counts as seen (word rarity) exactly the slices before its lead-in: so every document's idf is one JVM's. */
    @Test
    void aBlockCountsAsSeenWhatComesBeforeItsLeadIn() {
        StoryBlocks.Plan weekly = new StoryBlocks.Plan(7, 10);
        java.time.LocalDate day = java.time.LocalDate.parse("2024-05-09");
        long block = weekly.block(day);
        long before = weekly.before(block);
        assertThat(weekly.slice(block, day.minusDays(StoryClusterer.WINDOW_DAYS))).isGreaterThanOrEqualTo(before);
        assertThat(weekly.leadInto(weekly.block(day.minusDays(StoryClusterer.WINDOW_DAYS)), day.minusDays(StoryClusterer.WINDOW_DAYS)))
                .contains(block);
        assertThat(weekly.slice(block, day.minusDays(StoryClusterer.WINDOW_DAYS + 7))).isLessThan(before);
        // An undated block counts all dated documents as seen; the second reads the first as lead-in.
        assertThat(weekly.before(weekly.undatedBlock(0))).isGreaterThan(day.toEpochDay());
        assertThat(weekly.before(weekly.undatedBlock(10))).isEqualTo(weekly.undatedBlock(0));
    }

    @Test
    void resolvingFollowsPointersBackToTheBlockWhereTheStoryStarted() {
        List<StoryBlocks.Local> pointedAt = new ArrayList<>(List.of(
                new StoryBlocks.Local("c", null, "b"), new StoryBlocks.Local("b", null, "a"), new StoryBlocks.Local("a", "s-a", null)));
        assertThat(StoryBlocks.resolve(pointedAt)).containsEntry("c", "s-a").containsEntry("b", "s-a").containsEntry("a", "s-a");
        assertThat(StoryBlocks.story(new StoryBlocks.Local("d", null, "c"), StoryBlocks.resolve(pointedAt))).isEqualTo("s-a");
    }
}

package org.dyad.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of the documents and events lists, read by day spans ({@link DaySpan}), against the whole
 * list sorted in Java: every page of every size is the same slice, and a write is seen at once.
 */
class StorePagingTest {
    private static final String[] DAYS = {"2025-03-01", "2025-03-02", "2025-03-04", "2025-02-28"};
    private static final String[] EVENT_DATES = {"2025-03-01", "2025-03", "2025-W09", "2025-02-27", null};

    @TempDir
    Path tmp;
    Store store;
    final List<String[]> documents = new ArrayList<>();   // id, published
    final List<String[]> events = new ArrayList<>();      // day (ISO or null), document id, event id

    @BeforeEach
    void fill() {
        store = Store.open(tmp.resolve("pages.duckdb"));
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            // many documents a day, some on the same minute, some undated
            String published = i % 9 == 0 ? null : DAYS[random.nextInt(DAYS.length)] + "T" + (10 + random.nextInt(3)) + ":00";
            List<String> dates = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                dates.add(EVENT_DATES[random.nextInt(EVENT_DATES.length)]);
            }
            save(String.format("d%02d", i), published, dates);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void save(String id, String published, List<String> dates) {
        store.save(Analyses.dated(id, published, dates));
        documents.add(new String[]{id, published});
        for (int k = 0; k < dates.size(); k++) {
            events.add(new String[]{day(dates.get(k)), id, "e" + k});
        }
    }

    /** The day as the store reads it: a TIMEX3 day, or the first of its month; none for a week. */
    private static String day(String timex) {
        if (timex == null || timex.contains("W")) {
            return null;
        }
        return timex.length() == 7 ? timex + "-01" : timex;
    }

    @Test
    void everyPageOfDocumentsIsItsSliceOfTheWholeList() {
        List<String> whole = documents.stream().sorted(Comparator.comparing((String[] d) -> d[1], Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(d -> d[0])).map(d -> d[0]).toList();
        for (int limit : new int[]{1, 3, 7, 50}) {
            for (int offset = 0; offset <= whole.size(); offset++) {
                Page<DocumentRow> page = store.documents(DocumentFilter.ALL, limit, offset);
                assertThat(page.items()).extracting(DocumentRow::id).as("limit %d offset %d", limit, offset)
                        .containsExactlyElementsOf(whole.subList(offset, Math.min(whole.size(), offset + limit)));
                assertThat(page.total()).isEqualTo(whole.size());
            }
        }
    }

    @Test
    void everyPageOfEventsIsItsSliceOfTheWholeList() {
        List<String> whole = events.stream().sorted(Comparator.comparing((String[] e) -> e[0], Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e[1]).thenComparing(e -> e[2])).map(e -> e[1] + "/" + e[2]).toList();
        assertThat(whole).hasSizeGreaterThan(20);
        for (int limit : new int[]{1, 4, 50}) {
            for (int offset = 0; offset <= whole.size(); offset++) {
                Page<EventRow> page = store.events(EventFilter.ALL, limit, offset);
                assertThat(page.items()).extracting(e -> e.documentId() + "/" + e.id()).as("limit %d offset %d", limit, offset)
                        .containsExactlyElementsOf(whole.subList(offset, Math.min(whole.size(), offset + limit)));
                assertThat(page.items()).allSatisfy(e -> assertThat(e.outlet()).isEqualTo("Example Times"));
            }
        }
    }

    @Test
    void aWriteIsSeenByTheNextPage() {
        long before = store.documents(DocumentFilter.ALL, 5, 0).total();
        save("latest", "2025-04-01T09:00", List.of("2025-01-01"));
        Page<DocumentRow> first = store.documents(DocumentFilter.ALL, 5, 0);
        assertThat(first.total()).isEqualTo(before + 1);
        assertThat(first.items().get(0).id()).isEqualTo("latest");
        assertThat(store.events(EventFilter.ALL, 1, 0).items().get(0).documentId()).isEqualTo("latest");
    }

    @Test
    void readersBesideAWriterNeverSeeHalfADocument() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    store.save(Analyses.dated("w" + i, "2025-05-01T10:00", List.of("2025-05-01", "2025-05-01", "2025-05-01")));
                }
                writing.set(false);
            });
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    int seen = 0;
                    while (writing.get()) {
                        for (DocumentRow d : store.documents(DocumentFilter.ALL, 20, 0).items()) {
                            if (d.id().startsWith("w")) {
                                // a written document has its three events, in its row and in the events table
                                assertThat(d.events()).isEqualTo(3);
                                assertThat(store.events(new EventFilter(null, null, null, null, null, null, d.id()), 10, 0).total()).isEqualTo(3);
                                seen++;
                            }
                        }
                    }
                    return seen;
                }));
            }
            writer.get();
            int seen = 0;
            for (Future<Integer> r : readers) {
                seen += r.get();
            }
            assertThat(seen).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}

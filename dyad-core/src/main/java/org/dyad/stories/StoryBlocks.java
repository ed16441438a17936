package org.dyad.stories;

import org.dyad.model.Analysis;
import org.dyad.model.Validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stories at scale: the one-pass {@link StoryClusterer} run on blocks of the timeline, each block on
 * its own (in parallel, on a cluster), with no pass over all documents and no all-pairs comparison.
 *
 * <p>Documents are ordered as one JVM adds them ({@link #ORDER}: publication time, then id, undated
 * last). Dated documents are cut into blocks of {@link Plan#days} calendar days; undated ones, which
 * no time window holds, into blocks of {@link Plan#undated} documents after the dated ones. A block
 * is clustered from scratch, its own documents preceded by a <em>lead-in</em>: the documents of the
 * {@link StoryClusterer#WINDOW_DAYS} days before it (the only ones a story can still take a document
 * from, since a document joins a story only within that window of its dates); the first undated block's
 * lead-in is the last such days of the dated timeline, a later one's the undated block before it. So
 * a story that crosses a boundary is seen by the clusterer on both sides of it, and the clusterer's
 * own rules (shared heaviest terms and actors, the similarity bar, the window) decide whether a
 * document goes on it.
 *
 * <p>Reconciliation: a block's story started by one of its own documents is a story of its own, with
 * the library's id ({@code s-} and that document's id). A block's story started by a lead-in document
 * goes on the story that document is in, in its own block, and so on back: a {@link Local} points at
 * that document ({@link Local#via}), and {@link #resolve} follows the pointers. Only the documents
 * pointed at need to be gathered, one per story crossing a boundary.
 *
 * <p>When the dated documents fall in one block and within the window of the last day (so that the
 * undated block reads them all as lead-in) and the undated ones in one block, the stories are exactly
 * those of one {@link Stories} pass in the same order. Cut into more blocks they may differ a little:
 * word rarity is learnt from the block and its lead-in only, a story crossing a boundary is seen
 * through its last days only, and an undated document can join only a story of the block before it
 * (one JVM lets it join any story).
 */
public final class StoryBlocks {
    /** Undated blocks are numbered from here, after every dated one (a dated block is its first day / days). */
    public static final long UNDATED = 1L << 40;

    /** How one JVM orders documents: by publication time, undated last, then by id. */
    public static final Comparator<Entry> ORDER = Comparator
            .comparing(Entry::published, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.document().id());

    /**
     * A document as blocking sees it.
     *
     * @param published its publication time as written (ISO date or date-time), the order's first key; null when unknown
     * @param document  what the clusterer reads of it
     */
    public record Entry(String published, StoryDocument document) {
        public Entry {
            Validate.notNull(document, "document");
        }

        public static Entry of(Analysis a) {
            return new Entry(a.article().published().value(), StoryDocument.of(a));
        }

        /** Its publication day, or null when undated (or when the date cannot be read as one). */
        public LocalDate day() {
            return document.published();
        }
    }

    /**
     * Where a block's own document went.
     *
     * @param document the document's id
     * @param story    its story's id when the story started in this block (the library's id), else null
     * @param via      else the lead-in document that started its story in this block: its story is that document's
     */
    public record Local(String document, String story, String via) {
        public Local {
            Validate.notNull(document, "document");
            Validate.isTrue((story == null) != (via == null), "a story or a via, not both");
        }
    }

    /**
     * How the timeline is cut.
     *
     * @param days    calendar days of a dated block
     * @param undated documents of an undated block
     */
    public record Plan(int days, int undated) {
        public Plan {
            Validate.isTrue(days > 0, "days must be positive: " + days);
            Validate.isTrue(undated > 0, "undated must be positive: " + undated);
        }

        /** The block of a document dated {@code day}. */
        public long block(LocalDate day) {
            return Math.floorDiv(day.toEpochDay(), days);
        }

        /** The block of the undated document at {@code index} among the undated, in order (from 0). */
        public long undatedBlock(long index) {
            return UNDATED + index / undated;
        }

        /**
         * The later blocks that read a document of {@code block} as lead-in: for a dated document,
         * the blocks starting within the window after its day, and the first undated block if it lies
         * within the window of {@code lastDated} (the latest day of any document); for an undated
         * one, the next undated block.
         */
        public List<Long> leadInto(long block, LocalDate day, LocalDate lastDated) {
            if (day == null) {
                return List.of(block + 1);
            }
            List<Long> later = new ArrayList<>();
            for (long b = block + 1; b * days <= day.toEpochDay() + StoryClusterer.WINDOW_DAYS; b++) {
                later.add(b);
            }
            if (!day.isBefore(lastDated.minusDays(StoryClusterer.WINDOW_DAYS))) {
                later.add(UNDATED);
            }
            return later;
        }

        /**
         * Every document's story, blocked as a cluster would block them, in this JVM: the reference
         * the distributed job follows step for step, and what the tests check the blocking with.
         */
        public Map<String, String> stories(Collection<Entry> documents) {
            List<Entry> sorted = documents.stream().sorted(ORDER).toList();
            LocalDate lastDated = sorted.stream().map(Entry::day).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            Map<Long, List<Entry>> own = new TreeMap<>();
            Map<Long, List<Entry>> leadIn = new HashMap<>();
            long undatedIndex = 0;
            for (Entry e : sorted) {
                long block = e.day() == null ? undatedBlock(undatedIndex++) : block(e.day());
                own.computeIfAbsent(block, k -> new ArrayList<>()).add(e);
                for (long later : leadInto(block, e.day(), lastDated)) {
                    leadIn.computeIfAbsent(later, k -> new ArrayList<>()).add(e);
                }
            }
            List<Local> locals = new ArrayList<>();
            own.forEach((block, docs) -> locals.addAll(cluster(leadIn.getOrDefault(block, List.of()), docs)));
            Set<String> pointedAt = new HashSet<>();
            locals.stream().map(Local::via).filter(Objects::nonNull).forEach(pointedAt::add);
            Map<String, String> viaStory = resolve(locals.stream().filter(l -> pointedAt.contains(l.document())).toList());
            Map<String, String> stories = new LinkedHashMap<>();
            locals.forEach(l -> stories.put(l.document(), story(l, viaStory)));
            return stories;
        }
    }

    private StoryBlocks() {
    }

    /**
     * Clusters one block: the lead-in then its own documents, in {@link #ORDER}, by a fresh
     * {@link StoryClusterer}; returns where each own document went, in order.
     */
    public static List<Local> cluster(Collection<Entry> leadIn, Collection<Entry> own) {
        Set<String> leading = new HashSet<>();
        leadIn.forEach(e -> leading.add(e.document().id()));
        List<Entry> all = new ArrayList<>(leadIn);
        all.addAll(own);
        all.sort(ORDER);
        StoryClusterer clusterer = new StoryClusterer();
        Map<String, String> startedBy = new HashMap<>();
        List<Local> locals = new ArrayList<>();
        for (Entry e : all) {
            String id = e.document().id();
            StoryClusterer.Assignment a = clusterer.add(e.document());
            if (a.started()) {
                startedBy.put(a.story(), id);
            }
            if (!leading.contains(id)) {
                String first = startedBy.get(a.story());
                locals.add(leading.contains(first) ? new Local(id, null, first) : new Local(id, a.story(), null));
            }
        }
        return locals;
    }

    /**
     * The story of each document pointed at by a {@link Local#via}, given the locals of those
     * documents (their own blocks'): the set is closed, as the document a pointed-at document's
     * story goes through is pointed at too.
     */
    public static Map<String, String> resolve(Collection<Local> pointedAt) {
        Map<String, Local> byDocument = new HashMap<>();
        pointedAt.forEach(l -> byDocument.put(l.document(), l));
        Map<String, String> stories = new HashMap<>();
        for (Local l : pointedAt) {
            // Pointers go to earlier documents only, so the walk ends at a story that started in its block.
            Local at = l;
            while (at.story() == null) {
                Local next = byDocument.get(at.via());
                Validate.isTrue(next != null, "no local for " + at.via() + ", pointed at by " + at.document());
                at = next;
            }
            stories.put(l.document(), at.story());
        }
        return stories;
    }

    /** A document's story: its block's, or that of the document its story goes through. */
    public static String story(Local l, Map<String, String> viaStory) {
        if (l.story() != null) {
            return l.story();
        }
        String story = viaStory.get(l.via());
        Validate.isTrue(story != null, "no story resolved for " + l.via());
        return story;
    }
}

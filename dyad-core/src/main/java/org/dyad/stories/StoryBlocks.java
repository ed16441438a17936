package org.dyad.stories;

import org.dyad.model.Analysis;
import org.dyad.model.Validate;

import java.io.Serializable;
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
 * last). Dated documents are cut into blocks of {@link Plan#days} calendar days. A block is clustered
 * from scratch, its own documents preceded by a <em>lead-in</em>: the documents of the
 * {@link StoryClusterer#WINDOW_DAYS} days before it, the only ones whose stories can take a document
 * of the block (a document joins a story only within that window of the story's dates). So a story
 * that crosses a boundary is seen by the clusterer on both sides of it, and the clusterer's own rules
 * (shared heaviest terms and actors, the similarity bar, the window) decide whether a document goes
 * on it. Word rarity is one JVM's: a block's clusterer starts from the document frequencies of all
 * documents before its lead-in ({@link Plan#before}), which a cluster sums per day and term.
 *
 * <p>Reconciliation: a block's story started by one of its own documents is a story of its own, with
 * the library's id ({@code s-} and that document's id). A block's story started by a lead-in document
 * goes on the story that document is in, in its own block, and so on back: a {@link Local} points at
 * that document ({@link Local#via}), and {@link #resolve} follows the pointers. Only the documents
 * pointed at need to be gathered, one per story crossing a boundary.
 *
 * <p>Undated documents, which no window bounds (one JVM lets them join any story), come after the
 * dated ones, in blocks of {@link Plan#undated} documents, each with the undated block before it as
 * lead-in, and with <em>candidate</em> dated stories put back in the clusterer as they were found
 * ({@link StoryClusterer#restore}): for each actor or event kind its documents name, the
 * {@link #CANDIDATES} dated stories that named it last, as the clusterer's own index keeps the
 * stories that used a term last. A document that joins one takes its story.
 *
 * <p>When the dated documents fall in one block, the dated stories are exactly those of one
 * {@link Stories} pass in the same order. Cut into more blocks they may differ a little: a story
 * crossing a boundary is seen through its documents of the window only (its centroid, its size and so
 * its bar are those of its last days); an undated document finds dated stories through shared actors
 * and event kinds only (one JVM also through shared words), and undated ones only in the block before.
 *
 * <p>Entries, locals and plans are serializable (plain Java serialization), for a distributed runner.
 */
public final class StoryBlocks {
    /** Undated blocks are numbered from here, after every dated one (a dated block is its first day / days). */
    public static final long UNDATED = 1L << 40;
    /** The dated stories an undated block is given for each actor or event kind: those that named it last. */
    public static final int CANDIDATES = StoryClusterer.MAX_POSTINGS;

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
    public record Entry(String published, StoryDocument document) implements Serializable {
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
     * @param story    its story's id when the story started in this block (the library's id) or was put back as a candidate, else null
     * @param via      else the lead-in document that started its story in this block: its story is that document's
     */
    public record Local(String document, String story, String via) implements Serializable {
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
    public record Plan(int days, int undated) implements Serializable {
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
         * The later blocks that read a document of {@code block} as lead-in: for a dated document
         * (of {@code day}), the blocks starting within the window after its day; for an undated one,
         * the next undated block.
         */
        public List<Long> leadInto(long block, LocalDate day) {
            if (day == null) {
                return List.of(block + 1);
            }
            List<Long> later = new ArrayList<>();
            for (long b = block + 1; b * days <= day.toEpochDay() + StoryClusterer.WINDOW_DAYS; b++) {
                later.add(b);
            }
            return later;
        }

        /**
         * A document's slice of the timeline, the unit its words are counted by for word rarity: its
         * day (days since 1970) when dated, else its (undated) block.
         */
        public long slice(long block, LocalDate day) {
            return day == null ? block : day.toEpochDay();
        }

        /**
         * The slices before which a block's clusterer counts documents as seen (their word rarity)
         * without reading them: all those before its lead-in (for an undated block, every dated one).
         */
        public long before(long block) {
            return block < UNDATED ? block * days - StoryClusterer.WINDOW_DAYS : block - 1;
        }

        /**
         * Every document's story, blocked as a cluster would block them, in this JVM: the reference
         * the distributed job follows step for step, and what the tests check the blocking with.
         */
        public Map<String, String> stories(Collection<Entry> documents) {
            List<Entry> sorted = documents.stream().sorted(ORDER).toList();
            TreeMap<Long, List<Entry>> own = new TreeMap<>();
            Map<Long, List<Entry>> leadIn = new HashMap<>();
            TreeMap<Long, List<Entry>> bySlice = new TreeMap<>();
            long undatedIndex = 0;
            for (Entry e : sorted) {
                long block = e.day() == null ? undatedBlock(undatedIndex++) : block(e.day());
                own.computeIfAbsent(block, k -> new ArrayList<>()).add(e);
                bySlice.computeIfAbsent(slice(block, e.day()), k -> new ArrayList<>()).add(e);
                for (long later : leadInto(block, e.day())) {
                    leadIn.computeIfAbsent(later, k -> new ArrayList<>()).add(e);
                }
            }
            List<Local> locals = new ArrayList<>();
            own.headMap(UNDATED).forEach((block, docs) ->
                    locals.addAll(cluster(seen(bySlice, block), Map.of(), leadIn.getOrDefault(block, List.of()), docs)));
            Map<String, String> dated = stories(locals);
            Map<String, Map<String, Entry>> latestByEntity = new HashMap<>();
            Map<String, List<Entry>> datedStories = new HashMap<>();
            for (Entry e : sorted.stream().filter(e -> e.day() != null).toList()) {
                String story = dated.get(e.document().id());
                datedStories.computeIfAbsent(story, k -> new ArrayList<>()).add(e);
                e.document().entities().forEach(x -> latestByEntity.computeIfAbsent(x, k -> new HashMap<>()).put(story, e));
            }
            own.tailMap(UNDATED).forEach((block, docs) -> {
                Map<Entry, String> restored = new HashMap<>();
                docs.stream().flatMap(e -> e.document().entities().stream()).distinct()
                        .flatMap(x -> candidates(latestByEntity.getOrDefault(x, Map.of())).stream())
                        .forEach(story -> datedStories.get(story).forEach(e -> restored.put(e, story)));
                locals.addAll(cluster(seen(bySlice, block), restored, leadIn.getOrDefault(block, List.of()), docs));
            });
            return stories(locals);
        }

        private Background seen(TreeMap<Long, List<Entry>> bySlice, long block) {
            return StoryBlocks.seen(bySlice.headMap(before(block)).values().stream().flatMap(List::stream).toList());
        }

        /** Each document's story, the pointers of these locals resolved. */
        private static Map<String, String> stories(List<Local> locals) {
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

    /** A document's terms, as the clusterer weighs it: what document frequencies count. */
    public static Set<String> terms(StoryDocument d) {
        return Terms.of(d).keySet();
    }

    /** The document frequencies of these documents' terms. */
    static Background seen(Collection<Entry> documents) {
        Map<String, Integer> df = new HashMap<>();
        documents.forEach(e -> terms(e.document()).forEach(t -> df.merge(t, 1, Integer::sum)));
        return new Background(documents.size(), df);
    }

    /**
     * The candidate stories of one actor or event kind, given the last document of each dated story
     * that names it: the {@link #CANDIDATES} whose last documents come last, in {@link #ORDER}.
     */
    public static List<String> candidates(Map<String, Entry> lastOfStory) {
        return lastOfStory.entrySet().stream().sorted(Map.Entry.<String, Entry>comparingByValue(ORDER).reversed())
                .limit(CANDIDATES).map(Map.Entry::getKey).toList();
    }

    /**
     * Clusters one block by a fresh {@link StoryClusterer}: the {@code restored} documents put back in
     * their stories (candidates for an undated block), then the lead-in and the own documents added in
     * {@link #ORDER}. Word rarity starts from the general background and the documents {@code seen}
     * before the lead-in (their number and the frequencies of the block's terms among them, restored
     * documents included: they are not counted twice). Returns where each own document went, in order.
     */
    public static List<Local> cluster(Background seen, Map<Entry, String> restored, Collection<Entry> leadIn, Collection<Entry> own) {
        StoryClusterer clusterer = new StoryClusterer(StoryClusterer.THRESHOLD,
                Background.MEANTIME.plus(seen).minus(seen(restored.keySet())));
        restored.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(r -> clusterer.restore(r.getKey().document(), r.getValue()));
        Set<String> leading = new HashSet<>();
        leadIn.forEach(e -> leading.add(e.document().id()));
        List<Entry> all = new ArrayList<>(leadIn);
        all.addAll(own);
        all.sort(ORDER);
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

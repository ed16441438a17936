package org.dyad.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.storage.StorageLevel;
import org.dyad.model.Analysis;
import org.dyad.model.DyadSeries;
import org.dyad.model.Story;
import org.dyad.record.AnalysisReader;
import org.dyad.record.TableRows;
import org.dyad.stories.Background;
import org.dyad.stories.Dyads;
import org.dyad.stories.Stories;
import org.dyad.stories.StoryBlocks;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The story stage, distributed as {@link StoryBlocks} lays it out: each document goes to its block
 * and, as lead-in, to the later blocks within the clusterer's window; every block is clustered by a
 * task of its own, from the document frequencies of the documents before it (summed per day and
 * term, so that word rarity is that of one JVM); the dated blocks first, as the undated blocks get
 * candidates from the dated stories. The few documents that stories crossing a boundary point back
 * to are gathered on the driver to {@link StoryBlocks#resolve resolve} those stories; then every
 * story is built by the library ({@link Stories#build}: merged events, quote variants) from its
 * documents in publication order, by a task per group of stories. Nothing holds all documents in
 * one place.
 *
 * <p>Dyad series: each story's own ({@link Dyads#all}), summed per pair of countries and month over
 * stories; a pair is oriented as in the first story (in publication order) that has it, as one JVM
 * orients it by its first event.
 */
final class StoryTables {
    static final String DYADS = "dyads";
    /** One story's series of one pair, on its way to the sum: pair, rank of the story, orientation, month, count, mean. */
    private static final String DYAD_PART = "dyad part";

    private StoryTables() {
    }

    /**
     * The rows of the story tables ({@link Tables#STORIES}) and {@code dyads} of these documents (id →
     * record), computed and kept (spilling to disk) for the writes that follow: unpersist when written.
     */
    static JavaRDD<Tagged> rows(JavaSparkContext jsc, JavaPairRDD<String, String> records, StoryBlocks.Plan plan) {
        JavaRDD<StoryBlocks.Entry> entries = records.values().map(r -> StoryBlocks.Entry.of(AnalysisReader.read(r)));
        Blocked blocked = new Blocked(jsc, entries, plan);
        JavaRDD<Tagged> stories = null;
        try {
            JavaPairRDD<String, String> storyOf = blocked.stories();
            stories = storyOf.join(records).mapToPair(Tuple2::_2).groupByKey()
                    .flatMap(s -> build(s._1(), s._2()).iterator()).persist(StorageLevel.MEMORY_AND_DISK_SER());
            JavaRDD<Tagged> dyads = stories.filter(t -> t.table().equals(DYAD_PART))
                    .mapToPair(t -> new Tuple2<>(t.row().getString(0), t.row())).groupByKey()
                    .flatMap(pair -> sumDyads(pair._2()).iterator());
            JavaRDD<Tagged> all = stories.filter(t -> !t.table().equals(DYAD_PART)).union(dyads)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            all.count(); // computed now, so that what it was made from can go
            return all;
        } finally {
            blocked.release();
            if (stories != null) {
                stories.unpersist(false);
            }
        }
    }

    /** A document in a block: its own, read as lead-in, or put back in its dated {@code story} as a candidate (else null). */
    private record Placed(StoryBlocks.Entry entry, boolean leadIn, String story) implements Serializable {
    }

    /** The documents cut into blocks, and the two rounds of clustering them: the dated blocks, then the undated with their candidates. */
    private static final class Blocked {
        private final JavaSparkContext jsc;
        private final StoryBlocks.Plan plan;
        /** Each document by its own block. */
        private final JavaPairRDD<Long, StoryBlocks.Entry> own;
        /** Each block's own and lead-in documents. */
        private final JavaPairRDD<Long, Placed> placed;
        /** Per term (and {@link #DOCUMENTS}), the documents holding it per slice of the timeline. */
        private final JavaPairRDD<String, Iterable<Tuple2<Long, Integer>>> counts;
        private final List<Runnable> kept = new ArrayList<>();

        Blocked(JavaSparkContext jsc, JavaRDD<StoryBlocks.Entry> entries, StoryBlocks.Plan plan) {
            this.jsc = jsc;
            this.plan = plan;
            JavaRDD<StoryBlocks.Entry> all = keep(entries);
            // The undated are blocked by their place in the order (by id), which takes a sort: they are few in news.
            JavaPairRDD<Long, StoryBlocks.Entry> undated = all.filter(e -> e.day() == null)
                    .sortBy(e -> e.document().id(), true, all.getNumPartitions()).zipWithIndex()
                    .mapToPair(t -> new Tuple2<>(plan.undatedBlock(t._2()), t._1()));
            own = keep(all.filter(e -> e.day() != null).mapToPair(e -> new Tuple2<>(plan.block(e.day()), e)).union(undated));
            placed = own.flatMapToPair(b -> {
                List<Tuple2<Long, Placed>> to = new ArrayList<>();
                to.add(new Tuple2<>(b._1(), new Placed(b._2(), false, null)));
                for (long later : plan.leadInto(b._1(), b._2().day())) {
                    to.add(new Tuple2<>(later, new Placed(b._2(), true, null)));
                }
                return to.iterator();
            });
            counts = keep(own.flatMapToPair(b -> keys(b._2()).stream()
                            .map(t -> new Tuple2<>(new Tuple2<>(t, plan.slice(b._1(), b._2().day())), 1)).iterator())
                    .reduceByKey(Integer::sum).mapToPair(c -> new Tuple2<>(c._1()._1(), new Tuple2<>(c._1()._2(), c._2()))).groupByKey());
        }

        /** Each document's story: the dated blocks clustered and resolved first, as the undated blocks' candidates come from their stories. */
        JavaPairRDD<String, String> stories() {
            JavaRDD<StoryBlocks.Local> dated = keep(cluster(placed.filter(p -> p._1() < StoryBlocks.UNDATED)));
            JavaPairRDD<String, StoryBlocks.Entry> byStory = keep(resolve(dated)
                    .join(own.filter(b -> b._1() < StoryBlocks.UNDATED).mapToPair(b -> new Tuple2<>(b._2().document().id(), b._2())))
                    .mapToPair(Tuple2::_2));
            JavaRDD<StoryBlocks.Local> undated = keep(cluster(placed.filter(p -> p._1() >= StoryBlocks.UNDATED).union(candidates(byStory))));
            return resolve(dated.union(undated));
        }

        /**
         * For each undated block, the documents of its candidate stories: for each actor or event kind
         * its documents name, the dated stories that named it last ({@link StoryBlocks#candidates}).
         */
        private JavaPairRDD<Long, Placed> candidates(JavaPairRDD<String, StoryBlocks.Entry> byStory) {
            JavaPairRDD<String, String> candidates = byStory
                    .flatMapToPair(s -> s._2().document().entities().stream().map(x -> new Tuple2<>(x, s)).iterator())
                    .groupByKey().flatMapToPair(x -> {
                        Map<String, StoryBlocks.Entry> last = new HashMap<>();
                        x._2().forEach(s -> last.merge(s._1(), s._2(), (a, b) -> StoryBlocks.ORDER.compare(a, b) >= 0 ? a : b));
                        return StoryBlocks.candidates(last).stream().map(story -> new Tuple2<>(x._1(), story)).iterator();
                    });
            JavaPairRDD<String, Long> named = own.filter(b -> b._1() >= StoryBlocks.UNDATED)
                    .flatMapToPair(b -> b._2().document().entities().stream().map(x -> new Tuple2<>(x, b._1())).iterator()).distinct();
            return named.join(candidates).mapToPair(c -> new Tuple2<>(c._2()._2(), c._2()._1())).distinct()
                    .join(byStory).mapToPair(c -> new Tuple2<>(c._2()._1(), new Placed(c._2()._2(), false, c._1())));
        }

        /** Every block clustered by a task, from the document frequencies of its terms among the documents before its lead-in. */
        private JavaRDD<StoryBlocks.Local> cluster(JavaPairRDD<Long, Placed> blocks) {
            return blocks.cogroup(seen(blocks)).flatMap(block -> clusterBlock(block._2()._1(), block._2()._2()).iterator());
        }

        /** For each block, the documents before its lead-in: their number ({@link #DOCUMENTS}) and the frequency of each term it reads. */
        private JavaPairRDD<Long, Tuple2<String, Integer>> seen(JavaPairRDD<Long, Placed> blocks) {
            StoryBlocks.Plan plan = this.plan;
            JavaPairRDD<String, Tuple2<Long, Long>> wanted = blocks
                    .flatMapToPair(p -> keys(p._2().entry()).stream().map(t -> new Tuple2<>(t, new Tuple2<>(p._1(), plan.before(p._1())))).iterator())
                    .distinct();
            return wanted.join(counts).mapToPair(w -> {
                long before = w._2()._1()._2();
                int n = 0;
                for (Tuple2<Long, Integer> slice : w._2()._2()) {
                    n += slice._1() < before ? slice._2() : 0;
                }
                return new Tuple2<>(w._2()._1()._1(), new Tuple2<>(w._1(), n));
            }).filter(c -> c._2()._2() > 0);
        }

        /** Each document's story, the pointers of these locals resolved with the few documents they point at, gathered on the driver. */
        private JavaPairRDD<String, String> resolve(JavaRDD<StoryBlocks.Local> locals) {
            Set<String> pointedAt = new HashSet<>(locals.map(StoryBlocks.Local::via).filter(Objects::nonNull).distinct().collect());
            Broadcast<Set<String>> wanted = jsc.broadcast(pointedAt);
            Broadcast<Map<String, String>> viaStory = jsc.broadcast(
                    new HashMap<>(StoryBlocks.resolve(locals.filter(l -> wanted.value().contains(l.document())).collect())));
            return locals.mapToPair(l -> new Tuple2<>(l.document(), StoryBlocks.story(l, viaStory.value())));
        }

        private <T> JavaRDD<T> keep(JavaRDD<T> rdd) {
            kept.add(() -> rdd.unpersist(false));
            return rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
        }

        private <K, V> JavaPairRDD<K, V> keep(JavaPairRDD<K, V> rdd) {
            kept.add(() -> rdd.unpersist(false));
            return rdd.persist(StorageLevel.MEMORY_AND_DISK_SER());
        }

        /** Lets go of what was kept for the rounds. */
        void release() {
            kept.forEach(Runnable::run);
        }
    }

    /** The key that counts documents among the terms' counts: no term is empty. */
    private static final String DOCUMENTS = "";

    /** A document's terms and {@link #DOCUMENTS}. */
    private static List<String> keys(StoryBlocks.Entry e) {
        List<String> keys = new ArrayList<>(StoryBlocks.terms(e.document()));
        keys.add(DOCUMENTS);
        return keys;
    }

    private static List<StoryBlocks.Local> clusterBlock(Iterable<Placed> placed, Iterable<Tuple2<String, Integer>> seen) {
        Map<StoryBlocks.Entry, String> restored = new HashMap<>();
        List<StoryBlocks.Entry> leadIn = new ArrayList<>();
        List<StoryBlocks.Entry> own = new ArrayList<>();
        for (Placed p : placed) {
            if (p.story() != null) {
                restored.put(p.entry(), p.story());
            } else {
                (p.leadIn() ? leadIn : own).add(p.entry());
            }
        }
        Map<String, Integer> df = new HashMap<>();
        seen.forEach(c -> df.put(c._1(), c._2()));
        Integer documents = df.remove(DOCUMENTS);
        return StoryBlocks.cluster(new Background(documents == null ? 0 : documents, df), restored, leadIn, own);
    }

    /** One story built by the library from its documents in publication order: its tables' rows and its dyad series. */
    private static List<Tagged> build(String id, Iterable<String> records) {
        List<Analysis> documents = new ArrayList<>();
        records.forEach(r -> documents.add(AnalysisReader.read(r)));
        documents.sort(Comparator.comparing(StoryBlocks.Entry::of, StoryBlocks.ORDER));
        Story story = Stories.build(id, documents);
        List<Tagged> rows = new ArrayList<>();
        for (String table : TableRows.STORY_TABLES) {
            TableRows.story(table, story).forEach(values -> rows.add(new Tagged(table, Tables.row(values))));
        }
        String published = documents.get(0).article().published().value();
        List<DyadSeries> series = Dyads.all(story.events());
        for (int i = 0; i < series.size(); i++) {
            List<String> pair = series.get(i).pair();
            String key = pair.get(0).compareTo(pair.get(1)) < 0 ? pair.get(0) + " " + pair.get(1) : pair.get(1) + " " + pair.get(0);
            for (DyadSeries.Period p : series.get(i).series()) {
                rows.add(new Tagged(DYAD_PART, RowFactory.create(key, published, id, i, pair.get(0), pair.get(1), p.period(),
                        p.events(), p.goldstein())));
            }
        }
        return rows;
    }

    /** Order of the stories' parts of one pair: as one JVM meets them (stories by first document, then series). */
    private static final Comparator<Row> FIRST = Comparator
            .comparing((Row r) -> r.getString(1), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.getString(2)).thenComparing(r -> r.getInt(3));

    /** One pair's series over all stories: counts summed, means weighted by them, oriented as its first story has it. */
    private static List<Tagged> sumDyads(Iterable<Row> parts) {
        List<Row> sorted = new ArrayList<>();
        parts.forEach(sorted::add);
        sorted.sort(FIRST);
        TreeMap<String, double[]> months = new TreeMap<>();
        for (Row r : sorted) {
            double[] m = months.computeIfAbsent(r.getString(6), k -> new double[2]);
            m[0] += r.getInt(7);
            m[1] += r.getInt(7) * r.getDouble(8);
        }
        Row first = sorted.get(0);
        List<Tagged> rows = new ArrayList<>();
        months.forEach((month, m) -> rows.add(new Tagged(DYADS,
                RowFactory.create(first.getString(4), first.getString(5), month, (int) m[0], m[1] / m[0]))));
        return rows;
    }
}

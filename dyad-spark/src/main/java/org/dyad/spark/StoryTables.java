package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Analysis;
import org.dyad.model.DyadSeries;
import org.dyad.model.Story;
import org.dyad.model.StoryEvent;
import org.dyad.record.AnalysisRecord;
import org.dyad.stories.Dyads;
import org.dyad.stories.Stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The story stage, on the driver: the analyses (read back from the documents' records) clustered by
 * the library's {@link Stories} in publication order, ties by id, so that a rerun, whatever order the
 * partitions came back in, gives the same stories with the same ids; then the rows of
 * {@code stories} (membership, as the store's), {@code story_records} (each story's record) and
 * {@code dyads} (monthly series of each country pair over all stories' merged events, each happening
 * counted once). One pass over all documents: no blocking yet, so it is bounded by the driver's memory.
 */
final class StoryTables {
    static final StructType STORIES = struct("story_id", "document_id", "ord:int");
    static final StructType STORY_RECORDS = struct("story_id", "documents:int", "events:int", "record");
    static final StructType DYADS = struct("a", "b", "period", "events:int", "goldstein:double");

    /** Undated documents last: they cannot start a story ahead of the dated reports of its happening. */
    static final Comparator<Analysis> ORDER = Comparator
            .comparing((Analysis a) -> a.article().published().value(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Analysis::id);

    private StoryTables() {
    }

    static List<Story> cluster(List<Analysis> analyses) {
        Stories stories = new Stories();
        analyses.stream().sorted(ORDER).forEach(stories::add);
        return stories.ids().stream().map(stories::story).toList();
    }

    static List<Row> stories(List<Story> stories) {
        List<Row> rows = new ArrayList<>();
        for (Story s : stories) {
            for (int i = 0; i < s.documents().size(); i++) {
                rows.add(RowFactory.create(s.id(), s.documents().get(i), i));
            }
        }
        return rows;
    }

    static List<Row> records(List<Story> stories) {
        return stories.stream().map(s -> RowFactory.create(s.id(), s.documents().size(), s.events().size(),
                AnalysisRecord.toJsonLine(s))).toList();
    }

    static List<Row> dyads(List<Story> stories) {
        List<StoryEvent> events = stories.stream().flatMap(s -> s.events().stream()).toList();
        List<Row> rows = new ArrayList<>();
        for (DyadSeries d : Dyads.all(events)) {
            for (DyadSeries.Period p : d.series()) {
                rows.add(RowFactory.create(d.pair().get(0), d.pair().get(1), p.period(), p.events(), p.goldstein()));
            }
        }
        return rows;
    }

    /** Columns as "name" (a string) or "name:int" / "name:double". */
    private static StructType struct(String... columns) {
        StructType t = new StructType();
        for (String c : columns) {
            String[] nt = c.split(":");
            t = t.add(nt[0], nt.length == 1 ? DataTypes.StringType
                    : nt[1].equals("int") ? DataTypes.IntegerType : DataTypes.DoubleType, true);
        }
        return t;
    }
}

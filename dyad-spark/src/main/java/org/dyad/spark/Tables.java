package org.dyad.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Parquet tables the job writes: the store's tables (dyad-store {@code schema.sql}), column for
 * column, each with a {@code published_date} column to partition by, and {@code rejects}. A test
 * checks the columns against schema.sql so that the two cannot drift apart.
 */
public final class Tables {
    /** The partition column: the publication day ({@code 2026-02-03}), or {@link #UNDATED}. */
    public static final String PARTITION = "published_date";
    /** Hive partitioning would write a null as {@code __HIVE_DEFAULT_PARTITION__}; a word reads better. */
    public static final String UNDATED = "unknown";
    public static final String REJECTS = "rejects";

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType D = DataTypes.DoubleType;
    private static final DataType LIST = DataTypes.createArrayType(DataTypes.StringType);

    /** The store's tables, in schema.sql's order and with its column names. */
    public static final Map<String, StructType> STORE = stored();

    private Tables() {
    }

    private static Map<String, StructType> stored() {
        Map<String, StructType> t = new LinkedHashMap<>();
        t.put("documents", partitioned("id", S, "source", S, "url", S, "title", S, "outlet", S, "dateline", S, "authors", LIST,
                "published", S, "published_source", S, "language", S, "text", S, "headings", LIST, "tokens", I, "notes", LIST,
                "record", S, "events", I, "quotes", I));
        t.put("dropped", partitioned("document_id", S, "ord", I, "reason", S, "text", S));
        t.put("posts", partitioned("document_id", S, "ord", I, "author", S, "handle", S, "date", DataTypes.DateType,
                "language", S, "text", S));
        t.put("times", partitioned("document_id", S, "ord", I, "text", S, "value", S, "type", S, "start_offset", I,
                "end_offset", I, "sentence", I));
        t.put("actors", partitioned("document_id", S, "actor_id", S, "name", S, "country", S, "sector", S, "title", S));
        t.put("quotes", partitioned("document_id", S, "ord", I, "text", S, "speaker_id", S, "speaker_name", S, "date", S,
                "start_offset", I, "end_offset", I, "kind", S, "post", I));
        t.put("events", partitioned("document_id", S, "event_id", S, "source_id", S, "source_name", S, "target_id", S,
                "target_name", S, "cameo", S, "plover", S, "goldstein", D, "date", S, "date_source", S, "location", S,
                "location_country", S, "sentence", S, "start_offset", I, "end_offset", I, "confidence", D, "source_country", S,
                "source_sector", S, "target_country", S, "target_sector", S, "day", DataTypes.DateType));
        return Collections.unmodifiableMap(t); // keeps schema.sql's order
    }

    /** The store's story tables, in schema.sql's order and with its column names; not partitioned: a story spans days. */
    public static final Map<String, StructType> STORIES = storyTables();

    /** Monthly series of each pair of countries over all stories' merged events (as {@code dyad dyad} prints them). */
    public static final StructType DYADS = struct(new Object[]{"a", S, "b", S, "period", S, "events", I, "goldstein", D});

    private static Map<String, StructType> storyTables() {
        Map<String, StructType> t = new LinkedHashMap<>();
        t.put("stories", struct(new Object[]{"story_id", S, "document_id", S, "ord", I}));
        t.put("story_records", struct(new Object[]{"story_id", S, "documents", I, "events", I, "record", S}));
        t.put("story_events", struct(new Object[]{"story_id", S, "ord", I, "event_id", S, "source_id", S, "source_name", S,
                "source_country", S, "target_id", S, "target_name", S, "target_country", S, "cameo", S, "plover", S,
                "goldstein", D, "date", S, "documents", I, "document_ids", LIST, "sentence", S}));
        return Collections.unmodifiableMap(t);
    }

    /** Rejected inputs: where from, at which stage (read, analyze, timeout) and why. Not partitioned. */
    public static final StructType REJECTS_SCHEMA = struct(List.of("source", S, "stage", S, "reason", S).toArray());

    /** A row of plain Java values ({@code TableRows}'): Spark's encoder wants Scala sequences for arrays and {@code java.sql.Date}s. */
    static Row row(Object[] values) {
        Object[] spark = values.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof List<?> list) {
                spark[i] = CollectionConverters.asScala(list).toSeq();
            } else if (values[i] instanceof LocalDate date) {
                spark[i] = java.sql.Date.valueOf(date);
            }
        }
        return RowFactory.create(spark);
    }

    private static StructType partitioned(Object... namesAndTypes) {
        List<Object> all = new ArrayList<>(List.of(namesAndTypes));
        all.add(PARTITION);
        all.add(S);
        return struct(all.toArray());
    }

    private static StructType struct(Object[] namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}

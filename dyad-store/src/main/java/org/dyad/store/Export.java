package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.events.Cameo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what a store holds in the formats analysts' tools read: Parquet or CSV (one file per table,
 * by DuckDB's own writer), PLOVER-style JSON Lines of events, and a GDELT 2.0-style events TSV.
 */
public final class Export {
    /** The formats, each with the file names it writes. */
    public enum Format {
        PARQUET, CSV, PLOVER, GDELT;

        /** The format of a name as users type it ("parquet"), or an {@link IllegalArgumentException} listing the valid ones. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown export format '" + name + "' (one of parquet, csv, plover, gdelt)");
        }

        /** Whether the format writes one file per table, as opposed to one events file. */
        public boolean perTable() {
            return this == PARQUET || this == CSV;
        }
    }

    /**
     * The GDELT 2.0 event table's 61 columns in their order, then Dyad's one extra: the day the event
     * happened (GDELT's own dates are those of the report, and so are Dyad's in those columns).
     */
    public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
            "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
            "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL", "DyadEventDate");

    /** Events are read from the store this many at a time, so a large store is never held whole in memory. */
    private static final int BATCH = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Export() {
    }

    /** Writes the store in a format into a directory (created if missing); returns the files written, in order. */
    public static List<Path> write(Store store, Format format, Path dir) {
        try {
            Files.createDirectories(dir);
            return switch (format) {
                case PARQUET -> tables(store, dir, "PARQUET", ".parquet");
                case CSV -> tables(store, dir, "CSV", ".csv");
                case PLOVER -> List.of(plover(store, dir.resolve("events.plover.jsonl")));
                case GDELT -> List.of(gdelt(store, dir.resolve("events.gdelt.tsv")));
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> tables(Store store, Path dir, String format, String suffix) {
        List<Path> files = new ArrayList<>();
        for (String table : Store.TABLES) {
            Path file = dir.resolve(table + suffix);
            store.copyTable(table, file, format);
            files.add(file);
        }
        return files;
    }

    /** One JSON object a line per event, with the fields of PLOVER's event records (type, mode, actors, date, text). */
    static Path plover(Store store, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int offset = 0; ; offset += BATCH) {
                List<EventRow> rows = store.events(EventFilter.ALL, BATCH, offset).items();
                for (EventRow e : rows) {
                    out.write(JSON.writeValueAsString(ploverRecord(e)));
                    out.write('\n');
                }
                if (rows.size() < BATCH) {
                    return file;
                }
            }
        }
    }

    static Map<String, Object> ploverRecord(EventRow e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.documentId() + ":" + e.id());
        m.put("date", e.date());
        m.put("event_type", e.plover());
        m.put("mode", e.cameo() == null ? null : Cameo.shared().code(e.cameo()).map(Cameo.Code::mode).orElse(null));
        m.put("actor1", actor(e.sourceId(), e.sourceName(), e.sourceCountry(), e.sourceSector()));
        m.put("actor2", actor(e.targetId(), e.targetName(), e.targetCountry(), e.targetSector()));
        m.put("location", e.location() == null ? null : Map.of("name", e.location(), "country", nullable(e.locationCountry())));
        m.put("cameo", e.cameo());
        m.put("goldstein", e.goldstein());
        m.put("confidence", e.confidence());
        m.put("text", e.sentence());
        m.put("story_date", e.published());
        m.put("publication", e.outlet());
        m.put("url", e.url());
        m.put("document_id", e.documentId());
        return m;
    }

    private static Object nullable(String s) {
        return s == null ? "" : s;
    }

    private static Map<String, Object> actor(String id, String name, String country, String sector) {
        if (id == null && name == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("country", country);
        m.put("sector", sector);
        return m;
    }

    /** The GDELT 2.0 layout with a header line; fields Dyad does not know (religions, geo coordinates, tone) are empty. */
    static Path gdelt(Store store, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join("\t", GDELT_COLUMNS));
            out.write('\n');
            long id = 1;
            for (int offset = 0; ; offset += BATCH) {
                List<EventRow> rows = store.events(EventFilter.ALL, BATCH, offset).items();
                for (EventRow e : rows) {
                    out.write(String.join("\t", gdeltRow(id++, e)));
                    out.write('\n');
                }
                if (rows.size() < BATCH) {
                    return file;
                }
            }
        }
    }

    static List<String> gdeltRow(long id, EventRow e) {
        String day = digits(e.published(), 8);        // YYYYMMDD of the report, as GDELT's SQLDATE
        List<String> v = new ArrayList<>(GDELT_COLUMNS.size());
        v.add(Long.toString(id));
        v.add(day);
        v.add(day.length() >= 6 ? day.substring(0, 6) : "");
        v.add(day.length() >= 4 ? day.substring(0, 4) : "");
        v.add(fraction(day));
        addActor(v, e.sourceCountry(), e.sourceSector(), e.sourceName());
        addActor(v, e.targetCountry(), e.targetSector(), e.targetName());
        String cameo = e.cameo() == null ? "" : e.cameo();
        v.add("1");
        v.add(cameo);
        v.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        v.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        v.add(quadClass(cameo));
        v.add(e.goldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.goldstein()));
        v.add("1");
        v.add("1");
        v.add("1");
        v.add("");                                       // AvgTone: Dyad measures no tone
        for (int geo = 0; geo < 2; geo++) {              // actor geographies: unknown
            v.addAll(List.of("0", "", "", "", "", "", "", ""));
        }
        boolean located = e.location() != null;
        v.addAll(List.of(located ? "1" : "0", clean(e.location()), located ? clean(e.locationCountry()) : "", "", "", "", "", ""));
        v.add(digits(e.published(), 14));
        v.add(clean(e.url()));
        v.add(clean(e.date()));
        return v;
    }

    /** CAMEO code (USAGOV) and the first of GDELT's type fields from a country and a sector. */
    private static void addActor(List<String> v, String country, String sector, String name) {
        String c = clean(country);
        String s = clean(sector);
        v.add(c + s);
        v.add(clean(name).toUpperCase(Locale.ROOT));
        v.add(c);
        v.addAll(List.of("", "", "", ""));
        v.add(s);
        v.add("");
        v.add("");
    }

    /** GDELT's quad class from the CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    static String quadClass(String cameo) {
        if (cameo.length() < 2 || !cameo.substring(0, 2).matches("\\d\\d")) {
            return "";
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? "1" : root <= 8 ? "2" : root <= 13 ? "3" : "4";
    }

    /** The digits of an ISO date or date-time, padded with zeros to {@code n} (8: YYYYMMDD; 14: YYYYMMDDHHMMSS). */
    private static String digits(String iso, int n) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return "";
        }
        String d = iso.replaceAll("[^0-9]", "");
        d = d.length() > n ? d.substring(0, n) : d;
        return d + "0".repeat(n - d.length());
    }

    /** GDELT's FractionDate: the year plus the day of the year over 365, to four places. */
    private static String fraction(String yyyymmdd) {
        if (yyyymmdd.length() < 8) {
            return "";
        }
        java.time.LocalDate d = java.time.LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
        return String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0);
    }

    /** A field without tabs or line breaks, which would shift the columns; null as empty. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}

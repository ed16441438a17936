package org.dyad.web.search;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dyad.model.Actor;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.model.Quote;
import org.dyad.record.AnalysisReader;
import org.dyad.store.Page;
import org.dyad.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over a store with Lucene (DuckDB's own full-text extension cannot be installed
 * offline). The index lives beside the DuckDB file and holds one entry per article, quote, actor
 * mention and event of every document; {@link #index} keeps it in step as documents are saved, and
 * {@link #open} rebuilds it from the store when it is missing or holds other documents than the store.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bumped when what is indexed changes, so that an old index is rebuilt rather than misread. */
    static final String VERSION = "2";
    private static final int SNIPPET = 240;

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private SearchIndex(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Where the index of a store's file lives: beside it, named after it. */
    public static Path beside(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".search");
    }

    /** Opens (or makes) the index of the store, rebuilding it when it is missing, of another version or stale. */
    public static SearchIndex open(Store store) {
        try {
            SearchIndex index = new SearchIndex(new IndexWriter(FSDirectory.open(beside(store.file())),
                    new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)));
            if (!index.matches(store)) {
                index.rebuild(store);
            }
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index beside " + store.file(), e);
        }
    }

    private boolean matches(Store store) throws IOException {
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        if (!VERSION.equals(data.get("version"))) {
            return false;
        }
        return indexedDocuments().equals(new HashSet<>(store.documentIds()));
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> m = new java.util.HashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        return m;
    }

    private Set<String> indexedDocuments() throws IOException {
        Set<String> ids = new HashSet<>();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs all = s.search(new TermQuery(new Term("kind", "article")), Math.max(1, s.getIndexReader().maxDoc()));
            for (ScoreDoc d : all.scoreDocs) {
                ids.add(s.storedFields().document(d.doc).get("doc"));
            }
        } finally {
            searchers.release(s);
        }
        return ids;
    }

    /** Indexes every stored document anew. */
    synchronized void rebuild(Store store) throws IOException {
        writer.deleteAll();
        store.forEachRecord((id, record) -> add(AnalysisReader.read(record)));
        commit();
    }

    /** Adds or replaces a document's entries; call after saving it to the store. */
    public synchronized void index(Analysis a) {
        try {
            writer.deleteDocuments(new Term("doc", a.id()));
            add(a);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + a.id(), e);
        }
    }

    private void commit() throws IOException {
        writer.setLiveCommitData(Map.of("version", VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private void add(Analysis a) {
        try {
            Set<String> countries = new LinkedHashSet<>();
            a.actors().forEach(x -> addIfPresent(countries, x.country()));
            a.events().forEach(e -> {
                addIfPresent(countries, e.source() == null ? null : e.source().country());
                addIfPresent(countries, e.target() == null ? null : e.target().country());
            });
            Set<String> plovers = new LinkedHashSet<>();
            a.events().forEach(e -> addIfPresent(plovers, e.plover()));
            String title = a.article().title() == null ? a.id() : a.article().title();
            writer.addDocument(entry(a, "article", title, a.article().text(), "/documents/", countries, plovers));
            for (Quote q : a.quotes()) {
                writer.addDocument(entry(a, "quote", q.speaker() == null ? "quote" : q.speaker().name(), q.text(), "/documents/", countries, plovers));
            }
            for (Actor x : a.actors()) {
                Document d = entry(a, "actor", x.name(), x.name() + (x.title() == null ? "" : " " + x.title()), "/actors/",
                        x.country() == null ? Set.of() : Set.of(x.country()), Set.of());
                d.add(new StringField("actor", x.id(), Field.Store.YES));
                writer.addDocument(d);
            }
            for (Event e : a.events()) {
                Set<String> pair = new LinkedHashSet<>();
                addIfPresent(pair, e.source() == null ? null : e.source().country());
                addIfPresent(pair, e.target() == null ? null : e.target().country());
                String code = e.cameo() + " " + e.plover() + ": " + (e.source() == null ? "?" : e.source().name()) + " → "
                        + (e.target() == null ? "?" : e.target().name());
                writer.addDocument(entry(a, "event", code, e.sentence(), "/documents/", pair, e.plover() == null ? Set.of() : Set.of(e.plover())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index document " + a.id(), e);
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.toUpperCase(Locale.ROOT));
        }
    }

    /** One entry: searchable title and text, the document's facets for filters, and what a hit shows. */
    private static Document entry(Analysis a, String kind, String title, String text, String link, Set<String> countries,
                                  Set<String> plovers) {
        Document d = new Document();
        d.add(new StringField("kind", kind, Field.Store.YES));
        d.add(new StringField("doc", a.id(), Field.Store.YES));
        d.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
        d.add(new TextField("text", text == null ? "" : text, Field.Store.YES));
        String outlet = a.article().outlet();
        if (outlet != null) {
            d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new StringField("outletName", outlet, Field.Store.YES));
        }
        String date = a.article().published().date();
        if (date != null) {
            d.add(new StringField("date", date, Field.Store.YES));
            d.add(new SortedDocValuesField("date", new BytesRef(date)));    // to sort hits by it
        }
        if (a.article().language() != null) {
            d.add(new StringField("language", a.article().language().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        countries.forEach(c -> d.add(new StringField("country", c, Field.Store.NO)));
        plovers.forEach(p -> d.add(new StringField("plover", p.toUpperCase(Locale.ROOT), Field.Store.NO)));
        d.add(new StringField("link", link, Field.Store.YES));
        return d;
    }

    /** A page of hits, best first; fails with {@link IllegalArgumentException} on a query it cannot read. */
    public Page<Hit> search(SearchQuery q, int limit, int offset) {
        Query query = query(q);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = q.order() == SearchQuery.Order.RELEVANCE ? s.search(query, offset + limit)
                        : s.search(query, offset + limit, byDate(q.order()), true);
                List<Hit> hits = new ArrayList<>();
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    hits.add(hit(s.storedFields().document(docs[i].doc), docs[i].score));
                }
                return new Page<>(hits, s.count(query), limit, offset);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    /** Hits by their document's publication date, undated last, ties best first. */
    private static Sort byDate(SearchQuery.Order order) {
        boolean newest = order == SearchQuery.Order.NEWEST;
        SortField date = new SortField("date", SortField.Type.STRING, newest);
        // "missing first" reversed is last: undated hits end the list in both directions
        date.setMissingValue(newest ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private Query query(SearchQuery q) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[]{"title", "text"}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query words;
        try {
            words = parser.parse(q.text());
        } catch (ParseException e) {
            try {
                words = parser.parse(QueryParser.escape(q.text()));      // stray quotes or brackets: search the words as typed
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot read the query '" + q.text() + "'");
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        filter(b, "outlet", q.outlet() == null ? null : q.outlet().toLowerCase(Locale.ROOT));
        filter(b, "country", q.country() == null ? null : q.country().toUpperCase(Locale.ROOT));
        filter(b, "plover", q.plover() == null ? null : q.plover().toUpperCase(Locale.ROOT));
        filter(b, "language", q.language() == null ? null : q.language().toLowerCase(Locale.ROOT));
        if (q.from() != null || q.to() != null) {
            b.add(TermRangeQuery.newStringRange("date", q.from() == null ? null : q.from().toString(),
                    q.to() == null ? null : q.to().toString(), true, true), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static Hit hit(Document d, float score) {
        String kind = d.get("kind");
        String target = "actor".equals(kind) ? d.get("actor") : d.get("doc");
        String text = d.get("text");
        String snippet = text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
        return new Hit(kind, d.get("doc"), d.get("title"), snippet, d.get("outletName"), d.get("date"),
                d.get("link") + org.dyad.web.pages.Links.segment(target), score);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }
}

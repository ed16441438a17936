package org.dyad;

import org.dyad.actors.ActorFinder;
import org.dyad.actors.Agents;
import org.dyad.actors.Cast;
import org.dyad.actors.Gazetteer;
import org.dyad.actors.KnownPeople;
import org.dyad.actors.PhoenixActors;
import org.dyad.actors.PhoenixAgents;
import org.dyad.actors.Tenures;
import org.dyad.annotate.Annotator;
import org.dyad.events.EventCoder;
import org.dyad.language.LanguageDetector;
import org.dyad.model.Analysis;
import org.dyad.model.Annotated;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.dyad.model.Quote;
import org.dyad.model.TimeExpression;
import org.dyad.model.Validate;
import org.dyad.quotes.PostQuotes;
import org.dyad.quotes.QuoteFinder;
import org.dyad.time.TimeResolver;
import org.dyad.html.Extractor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's front door: turns an {@link Article} into an {@link Analysis}, wiring the stages in
 * one place — clean, annotate, then times, actors, quotes and events.
 *
 * <pre>{@code
 * Dyad dyad = Dyad.open();
 * Analysis a = dyad.analyze(Article.ofText(id, "pasted.txt", text));
 * }</pre>
 *
 * <p>Safe to share between threads. The CoreNLP pipeline is loaded on first use, once per JVM.
 */
public final class Dyad {
    /** The language Dyad's annotation models are for. */
    public static final String ANALYZED_LANGUAGE = "en";

    private final Extractor cleaner;
    private final TimeResolver times = new TimeResolver();
    private final ActorFinder actors;
    private final EventCoder events;
    private final QuoteFinder quotes = QuoteFinder.standard();
    private final PostQuotes postQuotes = PostQuotes.standard();

    private Dyad(Extractor cleaner, ActorFinder actors, EventCoder events) {
        this.cleaner = cleaner;
        this.actors = actors;
        this.events = events;
    }

    /** A Dyad with the default stages. */
    public static Dyad open() {
        return new Dyad(new Extractor(LanguageDetector.shared()), ActorFinder.standard(), EventCoder.standard());
    }

    /**
     * A Dyad that also knows the people and agent terms of these PETRARCH/Phoenix-format actor and
     * agent dictionaries, after its own tables.
     */
    public static Dyad open(List<Path> actorDictionaries, List<Path> agentDictionaries) throws IOException {
        return open(actorDictionaries, agentDictionaries, List.of());
    }

    /**
     * As {@link #open(List, List)}, also knowing people remembered from earlier analyses (rows of
     * {@code people.tsv}'s columns, as a store keeps them); the project's and the dictionaries' roles
     * come first.
     */
    public static Dyad open(List<Path> actorDictionaries, List<Path> agentDictionaries, List<String[]> remembered)
            throws IOException {
        KnownPeople people = KnownPeople.shared();
        for (Path file : actorDictionaries) {
            people = people.with(new KnownPeople(read(file, PhoenixActors::read)));
        }
        people = people.with(new KnownPeople(remembered));
        Agents agents = Agents.shared();
        for (Path file : agentDictionaries) {
            agents = agents.with(new Agents(read(file, PhoenixAgents::read)));
        }
        return new Dyad(new Extractor(LanguageDetector.shared()), new ActorFinder(Gazetteer.shared(), agents, people),
                EventCoder.standard());
    }

    /** A dictionary reader: rows from a reader. */
    private interface DictionaryReader {
        List<String[]> read(Reader in) throws IOException;
    }

    private static List<String[]> read(Path file, DictionaryReader reader) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.read(in);
        }
    }

    /** Cleans an article (pasted text, or an HTML page) without any NLP: cheap, and enough for extraction. */
    public CleanArticle clean(Article article) {
        return cleaner.read(Validate.notNull(article, "article")).article();
    }

    /**
     * Analyzes one article. A narration that is empty after cleaning, or not in English, is kept
     * cleaned but not annotated, and the analysis says why in its notes.
     */
    public Analysis analyze(Article article) {
        CleanArticle clean = clean(article);
        List<String> notes = new ArrayList<>();
        if (clean.published().inferred()) {
            notes.add("publication date inferred from the newest embedded post: " + clean.published().value());
        }
        if (clean.text().isBlank()) {
            notes.add("not annotated: no narration left after cleaning");
            return new Analysis(clean, List.of(), List.of(), List.of(), List.of(), 0, notes);
        }
        if (clean.language() != null && !clean.language().equals(ANALYZED_LANGUAGE)) {
            notes.add("not annotated: the narration is in '" + clean.language() + "'; Dyad analyzes English");
            return new Analysis(clean, List.of(), List.of(), List.of(), List.of(), 0, notes);
        }
        Annotated annotated = Annotator.shared().annotate(clean);
        List<TimeExpression> resolved = times.resolve(annotated);
        Cast cast = actors.find(annotated);
        List<Quote> found = new ArrayList<>(quotes.find(annotated, cast, resolved));
        found.addAll(postQuotes.find(clean.posts(), cast, (index, post) -> parse(clean, index, post)));
        return new Analysis(clean, resolved, Tenures.withEnds(annotated, cast, resolved), found, events.code(annotated, cast, resolved),
                annotated.tokenCount(), notes);
    }

    /** An English post annotated on its own, for the cue verbs and names of the quotations in it. */
    private Optional<PostQuotes.Parsed> parse(CleanArticle clean, int index, Post post) {
        if (!ANALYZED_LANGUAGE.equals(post.language())) {
            return Optional.empty();
        }
        Article article = Article.ofText(clean.id() + "#post" + index, clean.article().source(), post.text());
        Published published = post.date() == null ? Published.UNKNOWN : new Published(post.date().toString(), Published.Source.METADATA);
        CleanArticle text = new CleanArticle(article, null, null, null, List.of(), published, ANALYZED_LANGUAGE, post.text(),
                List.of(), List.of(), List.of());
        Annotated annotated = Annotator.shared().annotate(text);
        return Optional.of(new PostQuotes.Parsed(annotated, actors.find(annotated)));
    }
}

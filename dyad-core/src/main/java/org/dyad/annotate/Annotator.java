package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.Annotated;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dependency;
import org.dyad.model.Entity;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one room where Stanford CoreNLP lives: annotates a cleaned narration and returns Dyad's own
 * records (tokens, dependencies, entities, time expressions). Nothing outside this package sees a
 * CoreNLP type.
 *
 * <p>The pipeline is expensive (seconds to load, over a gigabyte of models), so one instance is
 * built per JVM by {@link #shared()} and used by every thread: CoreNLP's annotators are safe to call
 * concurrently on different documents.
 *
 * <p>Dyad runs a lean pipeline — {@code tokenize,ssplit,pos,lemma,ner} with one CRF entity model
 * and no fine-grained NER, then the neural dependency parser — because the stages after it need
 * tokens, a dependency parse, coarse entities and time expressions, and not the costly
 * fine-grained classes or statistical coreference. Two costs are cut on top:
 * <ul>
 *   <li>the parser is called directly for the basic Universal Dependencies: the {@code depparse}
 *       annotator derives four more graphs per sentence (enhanced, enhanced++, …) that Dyad never
 *       reads;</li>
 *   <li>SUTime, which inside the NER annotator costs as much as the rest of the pipeline, runs apart
 *       and only on sentences holding a word a time expression can be made of ({@link TimeTriggers}).</li>
 * </ul>
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final TimeAnnotator sutime;

    Annotator(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties);
        this.sutime = new TimeAnnotator("sutime", properties, true);
    }

    /** The pipeline of this JVM, built on first use. */
    public static Annotator shared() {
        Annotator a = shared;
        if (a == null) {
            synchronized (Annotator.class) {
                a = shared;
                if (a == null) {
                    a = new Annotator(leanProperties());
                    shared = a;
                }
            }
        }
        return a;
    }

    /** The properties of Dyad's pipeline. */
    static Properties leanProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // Paragraphs are separated by blank lines: never let a sentence run across two.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        // The parser caches hidden-layer products of features it did not precompute; its default of 5,000
        // thrashes on news vocabulary (most of its time went to cache upkeep). 200,000 cost ~160 MB.
        p.setProperty("numCached", "200000");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=true");
        return p;
    }

    /**
     * Annotates the narration of a cleaned article. Time expressions are anchored on the
     * publication date when there is one.
     */
    public Annotated annotate(CleanArticle article) {
        if (article.text().isBlank()) {
            return new Annotated(article, List.of());
        }
        Annotation doc = new Annotation(article.text());
        String date = article.published().date();
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(sentence(sentences.size(), s, article.text(), date));
        }
        return new Annotated(article, sentences);
    }

    private Sentence sentence(int index, CoreMap s, String text, String date) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.word(), l.lemma(), l.tag(), l.ner() == null ? "O" : l.ner(),
                    l.beginPosition(), l.endPosition()));
        }
        int sentenceStart = s.get(CoreAnnotations.TokenBeginAnnotation.class);
        return new Sentence(index,
                s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
                tokens, dependencies(s), entities(s, sentenceStart), timexes(s, tokens, text, date));
    }

    private List<Dependency> dependencies(CoreMap s) {
        List<Dependency> arcs = new ArrayList<>();
        for (TypedDependency d : parser.predict(s).typedDependencies()) {
            arcs.add(new Dependency(d.reln().toString(), d.gov().index() - 1, d.dep().index() - 1));
        }
        return arcs;
    }

    private static List<Entity> entities(CoreMap s, int sentenceStart) {
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<Entity> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            out.add(new Entity(m.get(CoreAnnotations.TextAnnotation.class),
                    m.get(CoreAnnotations.EntityTypeAnnotation.class),
                    m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart,
                    m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart,
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        return out;
    }

    /**
     * SUTime on the stretches of the sentence around its time triggers, not the whole sentence: its
     * cost grows with the tokens it scans. An expression that reaches a stretch's cut edge is found
     * again on the whole sentence, so no expression is cut short.
     */
    private List<org.dyad.model.Timex> timexes(CoreMap s, List<Token> tokens, String text, String date) {
        List<org.dyad.model.Timex> out = new ArrayList<>();
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        for (int[] w : TimeTriggers.windows(tokens)) {
            List<org.dyad.model.Timex> found = sutime(part(s, labels, w[0], w[1], text), tokens, text, date);
            boolean cut = found.stream().anyMatch(t -> (t.tokenStart() == w[0] && w[0] > 0)
                    || (t.tokenEnd() == w[1] && w[1] < tokens.size()));
            if (cut) {
                return sutime(s, tokens, text, date);
            }
            out.addAll(found);
        }
        return out;
    }

    /** Tokens [from, to) of a sentence as a sentence of their own, with the offsets SUTime's rules rely on. */
    private static CoreMap part(CoreMap sentence, List<CoreLabel> labels, int from, int to, String text) {
        CoreMap part = new ArrayCoreMap();
        Integer firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int base = firstToken == null ? 0 : firstToken;
        part.set(CoreAnnotations.TokenBeginAnnotation.class, base + from);
        part.set(CoreAnnotations.TokenEndAnnotation.class, base + to);
        List<CoreLabel> words = labels.subList(from, to);
        int begin = words.get(0).beginPosition();
        int end = words.get(words.size() - 1).endPosition();
        part.set(CoreAnnotations.TokensAnnotation.class, words);
        part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        return part;
    }

    private List<org.dyad.model.Timex> sutime(CoreMap sentence, List<Token> tokens, String text, String date) {
        List<org.dyad.model.Timex> out = new ArrayList<>();
        for (CoreMap m : sutime.annotateSingleSentence(sentence, date, new SUTime.TimeIndex())) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            List<CoreLabel> words = m.get(CoreAnnotations.TokensAnnotation.class);
            if (t == null || words == null || words.isEmpty()) {
                continue;
            }
            int first = words.get(0).index() - 1;
            int last = words.get(words.size() - 1).index() - 1;
            if (first < 0 || last >= tokens.size()) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            out.add(new org.dyad.model.Timex(text.substring(start, end), t.timexType(), t.value(), first, last + 1, start, end));
        }
        return out;
    }
}

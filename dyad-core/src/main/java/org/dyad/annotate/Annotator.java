package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
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
 * <p>Dyad runs a lean pipeline — {@code tokenize,ssplit,pos,lemma,ner,depparse} with one CRF
 * entity model, SUTime and no fine-grained NER — because the stages after it need tokens, a
 * dependency parse, coarse entities and time expressions, and not the costly fine-grained
 * classes or statistical coreference.
 */
public final class Annotator {
    private static volatile Annotator shared;

    private final StanfordCoreNLP pipeline;

    Annotator(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
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
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        // Paragraphs are separated by blank lines: never let a sentence run across two.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("sutime.includeRange", "true");
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
            sentences.add(sentence(sentences.size(), s));
        }
        return new Annotated(article, sentences);
    }

    private static Sentence sentence(int index, CoreMap s) {
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
                tokens, dependencies(s), entities(s, sentenceStart), timexes(s, sentenceStart));
    }

    private static List<Dependency> dependencies(CoreMap s) {
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph == null) {
            graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        }
        if (graph == null) {
            return List.of();
        }
        List<Dependency> arcs = new ArrayList<>();
        graph.getRoots().forEach(r -> arcs.add(new Dependency("root", -1, r.index() - 1)));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            arcs.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
                    e.getDependent().index() - 1));
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

    private static List<org.dyad.model.Timex> timexes(CoreMap s, int sentenceStart) {
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions == null) {
            return List.of();
        }
        List<org.dyad.model.Timex> out = new ArrayList<>();
        for (CoreMap m : mentions) {
            Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
            if (t == null) {
                continue;
            }
            out.add(new org.dyad.model.Timex(m.get(CoreAnnotations.TextAnnotation.class), t.timexType(), t.value(),
                    m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart,
                    m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart,
                    m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        return out;
    }
}

package org.dyad.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's full pipeline as shipped, with its default models, for measuring Dyad against it.
 * Not used in analysis: it is the baseline of the throughput benchmark.
 */
public final class StockPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;
    private final AtomicInteger retries = new AtomicInteger();

    /** Loads the pipeline (tens of seconds, gigabytes of models). */
    public StockPipeline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /**
     * Annotates a text anchored on a date (or null) and returns its number of tokens. CoreNLP's quote
     * attribution now and then throws a NullPointerException when two threads annotate at once (its
     * sieves share state); the text is then annotated once more, and {@link #retries} counts it.
     */
    public int annotate(String text, String date) {
        try {
            return annotateOnce(text, date);
        } catch (NullPointerException e) {
            retries.incrementAndGet();
            return annotateOnce(text, date);
        }
    }

    /** How many texts had to be annotated again. */
    public int retries() {
        return retries.get();
    }

    private int annotateOnce(String text, String date) {
        Annotation doc = new Annotation(text);
        if (date != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        pipeline.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class).size();
    }
}

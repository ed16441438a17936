package org.dyad.spark;

import org.dyad.Dyad;
import org.dyad.model.Analysis;
import org.dyad.model.Article;

/**
 * The default analyzer: {@code Dyad.analyze} on a {@code Dyad} made once per executor JVM (a static
 * holder, so every task of the JVM reuses it and the CoreNLP pipeline behind {@code Annotator.shared()}).
 */
public final class SharedDyad implements Analyzer {
    private static final long serialVersionUID = 1L;

    /** Loaded on first use by the holder idiom: class initialization is lazy and thread-safe. */
    private static final class Holder {
        static final Dyad DYAD = Dyad.open();
    }

    @Override
    public Analysis analyze(Article article) {
        return Holder.DYAD.analyze(article);
    }
}

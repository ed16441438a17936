package org.dyad.cli;

import org.dyad.ingest.Sources;
import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.record.DocumentRecord;
import org.dyad.html.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code dyad extract PATH...}: the document fields of pages, archives, feeds' items and pasted text, without NLP. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the document fields (source, title, outlet, authors, published, language, text, headings, posts) "
                + "of pages (.html), WARC archives, feeds (.rss/.atom/.xml), JSON Lines and pasted text as JSON Lines, without NLP.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories (read recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int[] counts = new int[3]; // printed, failed, skipped
        Sources sources = new Sources(r -> {
            counts[2]++;
            err.println("skipped " + r.source() + ": " + r.reason());
        });
        Extractor extractor = new Extractor(LanguageDetector.shared());
        try (Stream<Article> articles = sources.read(paths)) {
            for (Iterator<Article> it = articles.iterator(); it.hasNext(); ) {
                Article a = it.next();
                try {
                    out.println(DocumentRecord.toJsonLine(extractor.read(a)));
                    counts[0]++;
                } catch (RuntimeException e) {
                    counts[1]++;
                    err.println("failed " + a.source() + ": " + e);
                }
            }
        }
        out.flush();
        err.printf("%d extracted, %d failed, %d skipped%n", counts[0], counts[1], counts[2]);
        return counts[0] == 0 && counts[1] + counts[2] > 0 ? 1 : 0;
    }
}

package org.dyad.annotate;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.paragraphs.ParagraphAnnotator;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.quoteattribution.ChapterAnnotator;
import edu.stanford.nlp.quoteattribution.Person;
import edu.stanford.nlp.quoteattribution.QuoteAttributionUtils;
import edu.stanford.nlp.quoteattribution.Sieves.MSSieves.BaselineTopSpeakerSieve;
import edu.stanford.nlp.quoteattribution.Sieves.MSSieves.DeterministicSpeakerSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.ConversationalSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.DependencyParseSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.LooseConversationalSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.OneNameSentenceSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.ParagraphEndQuoteClosestSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.QMSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.TrigramSieve;
import edu.stanford.nlp.quoteattribution.Sieves.QMSieves.VocativeSieve;
import edu.stanford.nlp.util.CoreMap;
import org.dyad.model.ActorRef;
import org.dyad.model.CleanArticle;
import org.dyad.model.Quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's own quote extraction and attribution ({@code quote} with {@code quote.attributeQuotes}
 * over {@code tokenize,ssplit,pos,lemma,ner,depparse,coref}), for measuring Dyad's quotes against
 * it. Not used in analysis: it loads coreference (gigabytes, tens of seconds).
 *
 * <p>The Maven models jar of CoreNLP 4.5.10 lacks the quote-attribution resources
 * ({@code models/quoteattribution/}: the supervised sieve's model, family words, gendered names), so
 * {@code quote.attributeQuotes=true} fails to load. This runs the attribution annotator's own steps
 * with every one of its sieves but the supervised one, in its default order, with its word lists
 * made from the models the jar has (dcoref's animate words, the gender annotator's first names) and
 * a family-word list of kinship nouns.
 */
public final class StockQuotes {
    /** CoreNLP's default quote-to-mention sieves ("tri,dep,onename,voc,paraend,conv,sup,loose") without "sup". */
    public static final String QM_SIEVES = "tri,dep,onename,voc,paraend,conv,loose";
    private static final List<String> FAMILY = List.of("mother", "father", "sister", "brother", "son", "daughter", "wife",
            "husband", "aunt", "uncle", "cousin", "grandmother", "grandfather", "niece", "nephew", "mom", "dad");

    private final StanfordCoreNLP pipeline;
    private final DependencyParser parser;
    private final Set<String> animacy;
    private final Map<String, Person.Gender> genders;
    private final Set<String> family;

    /** Loads the pipeline and the attribution's word lists. */
    public StockQuotes() {
        Properties p = new Properties();
        p.setProperty("annotators", StockPipeline.ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("quote.attributeQuotes", "false"); // attributed below, without the missing model
        this.pipeline = new StanfordCoreNLP(p);
        this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        try {
            Path dir = Files.createTempDirectory("dyad-quote-attribution");
            this.animacy = QuoteAttributionUtils.readAnimacyList(copy("edu/stanford/nlp/models/dcoref/animate.unigrams.txt", dir));
            this.genders = QuoteAttributionUtils.readGenderedNounList(genderFile(dir));
            Path familyFile = Files.write(dir.resolve("family.txt"), FAMILY);
            this.family = QuoteAttributionUtils.readFamilyRelations(familyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CoreNLP's quotes of a cleaned narration: text without marks, speaker by name only (id null), offsets. */
    public List<Quote> find(CleanArticle article) {
        Annotation doc = new Annotation(article.text());
        if (article.published().date() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().date());
        }
        pipeline.annotate(doc);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null || quotes.isEmpty()) {
            return List.of();
        }
        attribute(doc);
        List<Quote> out = new ArrayList<>();
        for (CoreMap q : edu.stanford.nlp.pipeline.QuoteAnnotator.gatherQuotes(doc)) {
            String speaker = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            if (speaker == null) {
                speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            }
            int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String text = q.get(CoreAnnotations.TextAnnotation.class);
            out.add(new Quote(text, speaker == null ? null : new ActorRef(null, speaker, null, null), null, start, end));
        }
        return out;
    }

    /** The steps of {@link QuoteAttributionAnnotator#annotate}, with the sieves it can run here. */
    private void attribute(Annotation doc) {
        Map<String, List<Person>> characters = new HashMap<>();
        for (CoreMap m : doc.get(CoreAnnotations.MentionsAnnotation.class)) {
            if ("PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))) {
                characters.put(m.toString(), new ArrayList<>(List.of(new Person(m.toString(), "UNK", new ArrayList<>()))));
            }
        }
        Properties para = new Properties();
        para.setProperty("paragraphBreak", "one");
        new ParagraphAnnotator(para, false).annotate(doc);
        Map<Integer, String> pronouns = QuoteAttributionUtils.setupCoref(null, characters, doc);
        new ChapterAnnotator().annotate(doc);
        QuoteAttributionUtils.addEnhancedSentences(doc, parser);
        QuoteAttributionUtils.annotateForDependencyParse(doc, parser);
        Map<String, QMSieve> sieves = Map.of(
                "tri", new TrigramSieve(doc, characters, pronouns, animacy),
                "dep", new DependencyParseSieve(doc, characters, pronouns, animacy),
                "onename", new OneNameSentenceSieve(doc, characters, pronouns, animacy),
                "voc", new VocativeSieve(doc, characters, pronouns, animacy),
                "paraend", new ParagraphEndQuoteClosestSieve(doc, characters, pronouns, animacy),
                "conv", new ConversationalSieve(doc, characters, pronouns, animacy),
                "loose", new LooseConversationalSieve(doc, characters, pronouns, animacy));
        for (String name : QM_SIEVES.split(",")) {
            sieves.get(name).doQuoteToMention(doc);
        }
        new DeterministicSpeakerSieve(doc, characters, pronouns, animacy).doMentionToSpeaker(doc);
        new BaselineTopSpeakerSieve(doc, characters, pronouns, animacy, genders, family).doMentionToSpeaker(doc);
    }

    private static String copy(String resource, Path dir) throws IOException {
        Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem(resource)) {
            Files.copy(in, file);
        }
        return file.toString();
    }

    /** "name\tmale-count female-count", as the attribution reads names, from the gender annotator's first names. */
    private static String genderFile(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] list : new String[][]{{"male_first_names.txt", "1 0"}, {"female_first_names.txt", "0 1"}}) {
            try (InputStream in = IOUtils.getInputStreamFromURLOrClasspathOrFileSystem("edu/stanford/nlp/models/gender/" + list[0])) {
                for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    if (!name.isBlank()) {
                        lines.add(name.strip().toLowerCase(java.util.Locale.ROOT) + "\t" + list[1]);
                    }
                }
            }
        }
        return Files.write(dir.resolve("genders.txt"), lines).toString();
    }
}

package org.dyad.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.regex.Pattern;

/**
 * Tells the language of a text as an ISO 639-1 code, for the narration and for each embedded post.
 *
 * <p>Built on lingua, which is accurate on the short texts posts are, restricted to the languages
 * news in the world is mostly written in so its models stay small. Links, handles, hashtags and
 * emoji are removed first: they carry no language and mislead on short texts.
 */
public final class LanguageDetector {
    /** Below this many letters a guess is noise. */
    static final int MIN_LETTERS = 3;
    /** Guesses less sure than this are reported as unknown. */
    static final double MIN_CONFIDENCE = 0.20;

    private static final Language[] NEWS_LANGUAGES = {
            Language.ENGLISH, Language.SPANISH, Language.PORTUGUESE, Language.FRENCH, Language.GERMAN,
            Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH,
            Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.CHINESE,
            Language.JAPANESE, Language.KOREAN, Language.HINDI, Language.INDONESIAN, Language.SWEDISH,
            Language.GREEK, Language.ROMANIAN, Language.CATALAN, Language.VIETNAMESE, Language.URDU};

    private static final Pattern NOISE = Pattern.compile(
            "(?:https?://|www\\.|pic\\.twitter\\.com/)\\S+|[@#][\\p{L}\\p{N}_]+|[^\\p{L}\\p{M}\\p{N}\\s.,;:!?'\"’“”¿¡-]");

    private static volatile LanguageDetector shared;

    private final com.github.pemistahl.lingua.api.LanguageDetector detector;

    private LanguageDetector() {
        this.detector = LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES).build();
    }

    /** The detector of this JVM; models are loaded on first use. */
    public static LanguageDetector shared() {
        LanguageDetector d = shared;
        if (d == null) {
            synchronized (LanguageDetector.class) {
                d = shared;
                if (d == null) {
                    d = new LanguageDetector();
                    shared = d;
                }
            }
        }
        return d;
    }

    /** The ISO 639-1 code of the text's language, or null when it cannot be told. */
    public String detect(String text) {
        String clean = NOISE.matcher(text == null ? "" : text).replaceAll(" ");
        if (clean.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return null;
        }
        var confidences = detector.computeLanguageConfidenceValues(clean);
        if (confidences.isEmpty()) {
            return null;
        }
        var best = confidences.entrySet().iterator().next();
        if (best.getValue() < MIN_CONFIDENCE) {
            return null;
        }
        IsoCode639_1 code = best.getKey().getIsoCode639_1();
        return code.toString().toLowerCase(java.util.Locale.ROOT);
    }
}

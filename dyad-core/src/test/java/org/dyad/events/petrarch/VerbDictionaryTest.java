package org.dyad.events.petrarch;

import org.dyad.events.petrarch.VerbPattern.Element;
import org.dyad.events.petrarch.VerbPattern.Kind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VerbDictionaryTest {
    // an invented dictionary in the PETRARCH layout
    private static final String DICTIONARY = """
            <!-- TEST VERBS -->
            &COINS_
            +KRONER
            +GOLD COINS   # a member of two words
            &RICHES
            +&COINS       # a nested synset
            +JEWELS

            --- GIVE  [070]  ---
            GIVE {GAVE GIVEN}
            +HAND_OVER {+HANDED_OVER +HANDS_OVER}
            LOAN_+SHARK [075]
            - * &RICHES [071]
            - NOT_* [---]
            - SUGGESTED_+ * GRAIN_&COINS [072:073]
            - * BROKEN [+++]   # a broken test entry, not a code
            - * {FOOD AID} (TO $) [0731]

            --- PRAISE [---] ---
            PRAISE
            - * % [051]
            """;

    private static VerbDictionary dictionary() throws IOException {
        return VerbDictionary.read(new StringReader(DICTIONARY));
    }

    @Test
    void readsSynsetsWithNestedMembers() throws IOException {
        VerbDictionary d = dictionary();
        assertThat(d.synset("COINS")).containsExactly(List.of("KRONER"), List.of("GOLD", "COINS"));
        assertThat(d.synset("RICHES")).containsExactly(List.of("KRONER"), List.of("GOLD", "COINS"), List.of("JEWELS"));
    }

    @Test
    void findsVerbsByTheirFormsTheirLemmasAndTheirParticles() throws IOException {
        VerbDictionary d = dictionary();
        List<String> words = List.of("THEY", "GAVE", "IT");
        assertThat(d.verbAt(words, List.of("THEY", "GIVE", "IT"), 1)).singleElement()
                .satisfies(v -> assertThat(v.verb().defaultCode()).isEqualTo("070"));
        List<String> handed = List.of("THEY", "HANDED", "OVER", "IT");
        assertThat(d.verbAt(handed, List.of("THEY", "HAND", "OVER", "IT"), 1)).singleElement()
                .satisfies(v -> assertThat(v.end()).isEqualTo(3));
        List<String> shark = List.of("A", "LOAN", "SHARKS");
        assertThat(d.verbAt(shark, List.of("A", "LOAN", "SHARK"), 2)).singleElement()
                .satisfies(v -> {
                    assertThat(v.start()).isEqualTo(1);
                    assertThat(v.verb().defaultCode()).isEqualTo("075");
                });
        assertThat(d.verbAt(List.of("THEY", "PRAISE"), List.of("THEY", "PRAISE"), 1)).singleElement()
                .satisfies(v -> assertThat(v.verb().defaultCode()).isNull());
    }

    @Test
    void readsPatternsWithAdjacencySlotsAndCodes() throws IOException {
        List<VerbPattern> patterns = dictionary().blocks().get(0).patterns();
        assertThat(patterns).extracting(VerbPattern::code).containsExactly("071", null, "072:073", "0731");
        VerbPattern suggested = patterns.get(2);
        assertThat(suggested.elements()).containsExactly(
                new Element(Kind.WORD, "SUGGESTED", true), new Element(Kind.TARGET, "+", false),
                new Element(Kind.VERB, "*", false), new Element(Kind.WORD, "GRAIN", true),
                new Element(Kind.SYNSET, "COINS", false));
        assertThat(patterns.get(1).elements().get(0).joinedToNext()).isTrue();
        // grouping marks of newer dictionaries are read as plain order
        assertThat(patterns.get(3).elements()).extracting(Element::text).containsExactly("*", "FOOD", "AID", "TO", "$");
    }

    @Test
    void readsTheValidationAndTheProductionDictionaries() throws IOException {
        Path shared = Path.of(System.getProperty("dyad.shared", "../shared"), "eval/events");
        VerbDictionary validation = read(shared.resolve("petrarch-unit/PETR.Validate.verbs.txt"));
        assertThat(validation.blocks()).hasSizeGreaterThan(150);
        assertThat(validation.synset("ACCORDSYN")).contains(List.of("CLOSER"), List.of("ECONOMIC"), List.of("SWISS", "FRANCS"));
        VerbDictionary production = read(shared.resolve("phoenix/CAMEO.2.0.txt"));
        assertThat(production.patternCount()).isGreaterThan(4_500);
        List<String> began = List.of("THEY", "BEGAN", "TALKS");
        assertThat(production.verbAt(began, List.of("THEY", "BEGIN", "TALKS"), 1)).isNotEmpty();
    }

    private static VerbDictionary read(Path file) throws IOException {
        assertThat(file).exists();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return VerbDictionary.read(in);
        }
    }
}

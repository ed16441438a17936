package org.dyad.events.petrarch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorDictionaryTest {
    // invented actors and agents in the PETRARCH layout
    private static final String ACTORS = """
            NORDLAND [NDL]
            +NORDISH
            THE_ISLES [ISA/ISB]
            KARI_HOLM
            +MS._HOLM
            \t[NDLGOV 20100101 - 20141231]
            \t[NDLELI > 141231]
            \t[NDLCVL < 20100101]
            ERIK VIK  [NDLLEG <081231]
            """;
    private static final String AGENTS = """
            !PERSON! = MAN, MEN
            MINISTER [~GOV]
            CONGRESS [~LEG]
            HARBOUR!PERSON! {} [~BUS]
            POLICE {} [ ~COP]
            RELIEF_AGENCY [NGO~]
            """;

    private static ActorDictionary dictionary() throws IOException {
        return ActorDictionary.read(new StringReader(ACTORS), new StringReader(AGENTS));
    }

    private static ActorDictionary.Found at(String sentence, int i, LocalDate date) throws IOException {
        return dictionary().at(List.of(sentence.split(" ")), i, date).orElseThrow();
    }

    @Test
    void findsActorsBySynonymWithEveryCode() throws IOException {
        assertThat(at("THE NORDISH FLEET", 1, null).actorCodes()).containsExactly("NDL");
        assertThat(at("THE ISLES", 0, null).actorCodes()).containsExactly("ISA", "ISB");
        assertThat(at("THE ISLES", 0, null).length()).isEqualTo(2);
    }

    @Test
    void picksTheCodeOfTheDate() throws IOException {
        assertThat(at("MS. HOLM SPOKE", 0, LocalDate.of(2012, 5, 1)).actorCodes()).containsExactly("NDLGOV");
        assertThat(at("KARI HOLM", 0, LocalDate.of(2014, 12, 31)).actorCodes()).containsExactly("NDLGOV");
        assertThat(at("KARI HOLM", 0, LocalDate.of(2015, 1, 1)).actorCodes()).containsExactly("NDLELI");
        assertThat(at("KARI HOLM", 0, LocalDate.of(2009, 12, 31)).actorCodes()).containsExactly("NDLCVL");
        // dated only, and not on that date: not found
        assertThat(dictionary().at(List.of("ERIK", "VIK"), 0, LocalDate.of(2010, 1, 1))).isEmpty();
    }

    @Test
    void findsAgentsWithPluralsMacrosAndPrefixes() throws IOException {
        assertThat(at("MINISTERS", 0, null).agent().code()).isEqualTo("GOV");
        assertThat(at("CONGRESSES", 0, null).agent().code()).isEqualTo("LEG");
        assertThat(at("HARBOURMEN", 0, null).agent().code()).isEqualTo("BUS");
        assertThat(dictionary().at(List.of("POLICES"), 0, null)).isEmpty();
        assertThat(at("POLICE", 0, null).agent().code()).isEqualTo("COP");
        assertThat(at("RELIEF AGENCIES", 0, null).agent()).satisfies(a -> {
            assertThat(a.code()).isEqualTo("NGO");
            assertThat(a.prefix()).isTrue();
        });
    }

    @Test
    void aWordJoinedByUnderscoresSpellsSeveralWordsOfAName() throws IOException {
        assertThat(at("KARI_HOLM SPOKE", 0, LocalDate.of(2012, 1, 1)).length()).isEqualTo(1);
    }

    @Test
    void composesFullCodes() {
        assertThat(ActorCode.withAgents("NDL", List.of("NGO"), List.of("GOV"))).isEqualTo("NGONDLGOV");
        assertThat(ActorCode.withAgents("NDLGOVMED", List.of(), List.of("GOVMED"))).isEqualTo("NDLGOVMED");
        assertThat(ActorCode.withAgents("---", List.of(), List.of("GOVFRM"))).isEqualTo("---GOVFRM");
    }
}

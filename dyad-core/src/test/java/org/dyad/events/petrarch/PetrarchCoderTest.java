package org.dyad.events.petrarch;

import org.dyad.annotate.Treebank;
import org.dyad.events.petrarch.PetrarchCoder.Coding;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coder on hand-written parses of invented sentences, one construction each. */
class PetrarchCoderTest {
    private static final String VERBS = """
            &COINS
            +KRONER
            +GOLD COINS
            &RICHES
            +&COINS
            +JEWELS

            --- PRAISE [051] ---
            PRAISE
            - * LOUDLY [052]

            --- GIVE [070] ---
            GIVE {GAVE GIVEN}
            +HAND_OVER {+HANDED_OVER}
            - * &RICHES [071]
            - NOT_* [---]

            --- MEET [036:036] ---
            MEET {MET}
            - % * [040:040]

            --- VISIT [042:043] ---
            VISIT

            --- PROPOSE [100] ---
            PROPOSE

            --- VOW [170] ---
            VOW
            - * WAR [173]

            --- WARN [160] ---
            WARN
            - * ABOUT ^ FROM $ [162]
            """;
    private static final String ACTORS = """
            NORDLAND [NDL]
            +NORDISH
            SUDLAND [SDL]
            OSTMARK [OST]
            KARI_HOLM
            \t[NDLGOV 20100101-20141231]
            \t[NDLELI >20141231]
            """;
    private static final String AGENTS = """
            MINISTER [~GOV]
            POLICE {} [~COP]
            RELIEF_AGENCY [NGO~]
            """;
    private static final LocalDate DAY = LocalDate.of(2012, 5, 1);

    private static List<Coding> code(String tree) throws IOException {
        return code(tree, DAY, Discards.none());
    }

    private static List<Coding> code(String tree, LocalDate date, Discards discards) throws IOException {
        PetrarchCoder coder = new PetrarchCoder(VerbDictionary.read(new StringReader(VERBS)),
                ActorDictionary.read(new StringReader(ACTORS), new StringReader(AGENTS)), discards);
        return coder.code(Treebank.read(tree).orElseThrow(), date);
    }

    private static Coding c(String source, String target, String code) {
        return new Coding(source, target, code);
    }

    @Test
    void subjectVerbObjectWithTheVerbsCode() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD praised) (NP (NNP Sudland))) (. .)))"))
                .containsExactly(c("NDL", "SDL", "051"));
    }

    @Test
    void aPatternRefinesTheCode() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD praised) (NP (NNP Sudland)) (ADVP (RB loudly))) (. .)))"))
                .containsExactly(c("NDL", "SDL", "052"));
    }

    @Test
    void nestedSynsetsIrregularFormsAndPhrasalVerbs() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD gave) (NP (JJ gold) (NNS coins)) (PP (TO to) (NP (NNP Sudland))))))"))
                .containsExactly(c("NDL", "SDL", "071"));
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD gave) (NP (NNS jewels)) (PP (TO to) (NP (NNP Sudland))))))"))
                .containsExactly(c("NDL", "SDL", "071"));
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD gave) (NP (NN bread)) (PP (TO to) (NP (NNP Sudland))))))"))
                .containsExactly(c("NDL", "SDL", "070"));
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD handed) (PRT (RP over)) (NP (DT the) (NN port)) (PP (TO to) (NP (NNP Sudland))))))"))
                .containsExactly(c("NDL", "SDL", "070"));
    }

    @Test
    void aPatternCanCodeNoEvent() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD did) (RB not) (VP (VB give) (NP (NN bread)) (PP (TO to) (NP (NNP Sudland)))))))"))
                .isEmpty();
    }

    @Test
    void aPairedCodeCodesBothWays() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD visited) (NP (NNP Sudland)))))"))
                .containsExactly(c("NDL", "SDL", "042"), c("SDL", "NDL", "043"));
    }

    @Test
    void conjoinedActorsEachTakePart() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD met) (NP (NNP Sudland) (CC and) (NNP Ostmark)))))"))
                .containsExactlyInAnyOrder(c("NDL", "SDL", "036"), c("SDL", "NDL", "036"), c("NDL", "OST", "036"), c("OST", "NDL", "036"));
        // a compound subject with "%" in the pattern: the members act towards each other
        assertThat(code("(ROOT (S (NP (NNP Nordland) (CC and) (NNP Sudland)) (VP (VBD met))))"))
                .containsExactlyInAnyOrder(c("NDL", "SDL", "040"), c("SDL", "NDL", "040"));
    }

    @Test
    void agentsJoinTheirActorsCode() throws IOException {
        assertThat(code("(ROOT (S (NP (DT The) (JJ Nordish) (NN minister)) (VP (VBD praised) (NP (DT the) (NNP Sudland) (NN police)))))"))
                .containsExactly(c("NDLGOV", "SDLCOP", "051"));
        assertThat(code("(ROOT (S (NP (NP (DT A) (NN relief) (NN agency)) (PP (IN in) (NP (NNP Nordland)))) (VP (VBD praised) (NP (NNP Sudland)))))"))
                .containsExactly(c("NGONDL", "SDL", "051"));
        // "Nordish police and minister": the minister is Nordish too
        assertThat(code("(ROOT (S (NP (JJ Nordish) (NN police) (CC and) (NN minister)) (VP (VBD praised) (NP (NNP Sudland)))))"))
                .containsExactly(c("NDLCOP", "SDL", "051"), c("NDLGOV", "SDL", "051"));
    }

    @Test
    void formerOfficeHoldersAreElites() throws IOException {
        assertThat(code("(ROOT (S (NP (DT A) (JJ former) (JJ Nordish) (NN minister)) (VP (VBD praised) (NP (NNP Sudland)))))"))
                .containsExactly(c("NDLELI", "SDL", "051"));
    }

    @Test
    void aPassiveWithAByAgentSwapsTheActors() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Sudland)) (VP (VBD was) (VP (VBN praised) (PP (IN by) (NP (NNP Nordland)))))))"))
                .containsExactly(c("NDL", "SDL", "051"));
    }

    @Test
    void aPronounSubjectStandsForTheSubjectAbove() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (MD would) (VP (VB praise) (NP (NNP Sudland)))))))))"))
                .containsExactly(c("NDL", "SDL", "051"));
    }

    @Test
    void theTargetMayBeTheSubjectOfAClauseOrAttachedToAnObject() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD praised) (NP (NP (DT the) (NNS roads)) (VP (VBG leading) (PP (IN into) (NP (NNP Sudland))))))))"))
                .containsExactly(c("NDL", "SDL", "051"));
    }

    @Test
    void aSubjectlessComplementKeepsItsActorsToItself() throws IOException {
        // what was proposed is to take the issue up with Sudland: Sudland is no target of the proposal
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD proposed) (S (VP (TO to) (VP (VB take) (PRT (RP up)) "
                + "(NP (DT the) (NN issue)) (PP (IN with) (NP (NNP Sudland)))))))))")).isEmpty();
        // a complement with a subject of its own gives its subject
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD proposed) (SBAR (IN that) (S (NP (NNP Sudland)) "
                + "(VP (MD should) (VP (VB take) (PRT (RP up)) (NP (DT the) (NN issue)))))))))"))
                .containsExactly(c("NDL", "SDL", "100"));
        // the pattern reaches into the complement ("vowed … war"): its actors are the event's
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD vowed) (S (VP (TO to) (VP (VB wage) (NP (NN war)) "
                + "(PP (IN on) (NP (NNP Sudland)))))))))"))
                .containsExactly(c("NDL", "SDL", "173"));
        // a clause after the verb's object: "proposed a plan to help Sudland"
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD proposed) (NP (DT a) (NN plan)) (S (VP (TO to) "
                + "(VP (VB help) (NP (NNP Sudland))))))))"))
                .containsExactly(c("NDL", "SDL", "100"));
    }

    @Test
    void slotsPlaceTheSourceAndSkipsPassOverAPhrase() throws IOException {
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD warned) (PP (IN about) (NP (NNP Ostmark))) (PP (IN from) (NP (NNP Sudland))))))"))
                .containsExactly(c("SDL", "OST", "162"));
    }

    @Test
    void datedCodesFollowTheSentenceDate() throws IOException {
        String tree = "(ROOT (S (NP (NNP Kari) (NNP Holm)) (VP (VBD praised) (NP (NNP Sudland)))))";
        assertThat(code(tree, LocalDate.of(2012, 5, 1), Discards.none())).containsExactly(c("NDLGOV", "SDL", "051"));
        assertThat(code(tree, LocalDate.of(2016, 5, 1), Discards.none())).containsExactly(c("NDLELI", "SDL", "051"));
        assertThat(code(tree, LocalDate.of(2005, 5, 1), Discards.none())).isEmpty();
    }

    @Test
    void discardedSentencesAndLoneActorsCodeNothing() throws IOException {
        Discards sports = Discards.read(new StringReader("+FOOTBALL CUP\n"));
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD praised) (NP (NNP Sudland) (NN football) (NN cup)))))", DAY, sports)).isEmpty();
        assertThat(code("(ROOT (S (NP (NNP Nordland)) (VP (VBD praised) (NP (DT the) (NNS crowds)))))")).isEmpty();
    }
}

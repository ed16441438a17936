package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoenixActorsTest {
    // an invented dictionary in the PETRARCH/Phoenix layout
    private static final String DICTIONARY = """
            <!-- TEST ACTORS -->
            NORDLAND [NDL]   # a country on its own line
            KARI_HOLM_  # a person with dated roles
            +PRESIDENT_HOLM_
            +MS._HOLM_
            \t[NDLGOV 090120-170119]
            \t[NDLELI >170120]
            ERIK_VIK_
            \t[ndlleg <081231]
            """;

    private List<String[]> rows() throws IOException {
        return PhoenixActors.read(new StringReader(DICTIONARY));
    }

    @Test
    void readsNamesFormsCodesAndDateRanges() throws IOException {
        assertThat(rows()).extracting(r -> String.join(";", r)).containsExactly(
                "NORDLAND;;NDL;;;1900;",
                "KARI HOLM;PRESIDENT HOLM|MS. HOLM;NDL;GOV;;2009-01;2017-01",
                "KARI HOLM;PRESIDENT HOLM|MS. HOLM;NDL;ELI;;2017-01;",
                "ERIK VIK;;NDL;LEG;;1900;2008-12");
    }

    @Test
    void theRowsMakeKnownPeopleThatMatchAsWrittenInNews() throws IOException {
        KnownPeople known = new KnownPeople(rows());
        assertThat(known.role("Kari Holm", LocalDate.of(2012, 3, 1))).get().extracting(KnownPeople.Role::sector).isEqualTo("GOV");
        assertThat(known.role("Ms. Holm", LocalDate.of(2019, 3, 1))).get().extracting(KnownPeople.Role::sector).isEqualTo("ELI");
        assertThat(known.role("Erik Vik", LocalDate.of(2005, 3, 1))).get().extracting(KnownPeople.Role::country).isEqualTo("NDL");
    }

    @Test
    void entriesKeepFullCodesSeveralPerBracketAndFormsAfterCodes() throws IOException {
        List<PhoenixActors.Entry> entries = PhoenixActors.entries(new java.io.StringReader("""
                SUDLAND [SDL]
                +SUDISH   # a form after the code still belongs to it
                THE_ISLES [ISA/ISB]
                HARBOUR_BOARD
                \t[SDLBUS < 950601]
                \t[SDLGOV 19950601 - 19990815]
                BORDER_POST [---]
                """));
        assertThat(entries).extracting(PhoenixActors.Entry::name).containsExactly("SUDLAND", "THE ISLES", "HARBOUR BOARD", "BORDER POST");
        assertThat(entries.get(0).forms()).containsExactly("SUDISH");
        assertThat(entries.get(1).codes()).extracting(PhoenixActors.DatedCode::code).containsExactly("ISA", "ISB");
        assertThat(entries.get(2).codes()).containsExactly(
                new PhoenixActors.DatedCode("SDLBUS", null, LocalDate.of(1995, 5, 31)),
                new PhoenixActors.DatedCode("SDLGOV", LocalDate.of(1995, 6, 1), LocalDate.of(1999, 8, 15)));
        // a placeholder code names no country, so it makes no known-people row
        assertThat(PhoenixActors.read(new java.io.StringReader("BORDER_POST [---]\n"))).isEmpty();
    }
}

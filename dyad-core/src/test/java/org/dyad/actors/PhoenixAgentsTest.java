package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class PhoenixAgentsTest {
    // an invented agent dictionary in the PETRARCH/Phoenix layout
    private static final String DICTIONARY = """
            !PERSON! = MAN, WOMAN
            HARBOUR_PILOT [~BUS] # plural made by adding S
            LIGHTHOUSE!PERSON! {LIGHTHOUSE_KEEPERS} [~GOVMAR]
            """;

    @Test
    void readsTermsPluralsMacrosAndSectors() throws IOException {
        Agents agents = new Agents(PhoenixAgents.read(new StringReader(DICTIONARY)));
        assertThat(agents.lookup("harbour pilot")).get().extracting(Agents.Agent::sector).isEqualTo("BUS");
        assertThat(agents.lookup("Harbour pilots")).isPresent();
        assertThat(agents.lookup("lighthousewoman")).get().extracting(Agents.Agent::sector).isEqualTo("GOV");
        assertThat(agents.lookup("lighthouse keepers")).isPresent();
    }

    @Test
    void theProjectsOwnTermsWinOverADictionarys() throws IOException {
        Agents own = new Agents(java.util.List.<String[]>of(new String[]{"harbour pilot", "CVL", "role"}));
        Agents both = own.with(new Agents(PhoenixAgents.read(new StringReader(DICTIONARY))));
        assertThat(both.lookup("harbour pilot")).get().extracting(Agents.Agent::sector).isEqualTo("CVL");
        assertThat(both.lookup("lighthouseman")).isPresent();
    }

    @Test
    void entriesKeepFullCodesPrefixesAndRegularPlurals() throws IOException {
        java.util.List<PhoenixAgents.Entry> entries = PhoenixAgents.entries(new StringReader("""
                HARBOUR_AUTHORITY [~GOVMAR]
                CUSTOMS_CLERK {} [ ~BUS]
                RELIEF_AGENCY [  NGO~]
                CONGRESS [~LEG]
                """));
        assertThat(entries).extracting(PhoenixAgents.Entry::code).containsExactly("GOVMAR", "BUS", "NGO", "LEG");
        assertThat(entries.get(0).forms()).containsExactly("harbour authority", "harbour authorities");
        assertThat(entries.get(1).forms()).containsExactly("customs clerk");
        assertThat(entries.get(2).prefix()).isTrue();
        assertThat(entries.get(3).forms()).containsExactly("congress", "congresses");
    }
}

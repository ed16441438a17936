package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The readers on the real Phoenix production dictionaries in {@code shared/eval/events/phoenix}. */
class PhoenixDictionariesTest {
    private static final Path PHOENIX = Path.of(System.getProperty("dyad.shared", "../shared"), "eval/events/phoenix");

    private static List<String[]> rows(String file, boolean actors) throws IOException {
        Path path = PHOENIX.resolve(file);
        assertThat(path).as("the shared Phoenix dictionaries").exists();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return actors ? PhoenixActors.read(in) : PhoenixAgents.read(in);
        }
    }

    @Test
    void readsTheCountryActorsWithTheirDatedRoles() throws IOException {
        List<String[]> rows = rows("Phoenix.Countries.actors.txt", true);
        assertThat(rows).hasSizeGreaterThan(20_000);
        KnownPeople people = new KnownPeople(rows);
        assertThat(people.role("Barack Obama", LocalDate.of(2012, 6, 1))).get()
                .extracting(KnownPeople.Role::country, KnownPeople.Role::sector).containsExactly("USA", "GOV");
    }

    @Test
    void readsTheAgents() throws IOException {
        Agents agents = new Agents(rows("Phoenix.agents.txt", false));
        assertThat(agents.lookup("farmer")).get().extracting(Agents.Agent::sector).isEqualTo("AGR");
        assertThat(agents.lookup("dairymen")).isPresent();
    }
}

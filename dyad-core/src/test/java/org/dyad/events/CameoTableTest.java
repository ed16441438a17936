package org.dyad.events;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the CAMEO table resource against itself and against the official CAMEO → PLOVER mapping. */
class CameoTableTest {
    private static final String RESOURCE = "/org/dyad/events/cameo.tsv";
    private static final Path MAPPING =
            Path.of(System.getProperty("dyad.shared", "../shared"), "eval", "events", "CAMEO2PLOVER-2021.txt");
    /** A mapping row: {@code 0841: RETREAT, release,   legal # Return, release person(s)}. */
    private static final Pattern MAPPING_ROW = Pattern.compile("^(\\d{2,4}):\\s*([^,]*)(?:,([^,]*))?");

    private record Row(String code, String name, double goldstein, String ploverEvent, String ploverMode) {}

    private record Plover(String event, String mode) {}

    private final Map<String, Row> table = readTable();

    private Map<String, Row> readTable() {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                assertThat(f).as("columns of %s", line).hasSize(5);
                assertThat(rows.put(f[0], new Row(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4])))
                        .as("duplicate code %s", f[0]).isNull();
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + RESOURCE, e);
        }
        return rows;
    }

    /** Code → every (event, mode) the mapping gives it; a root can head two sections (08: CONCEDE, RETREAT). */
    private static Map<String, List<Plover>> readMapping() throws IOException {
        assertThat(MAPPING).as("official CAMEO → PLOVER mapping (set -Ddyad.shared)").exists();
        Map<String, List<Plover>> mapping = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MAPPING, StandardCharsets.UTF_8)) {
            Matcher m = MAPPING_ROW.matcher(line.split("#", 2)[0].strip());
            if (!m.find()) continue;
            String mode = m.group(3) == null ? "" : m.group(3).strip();
            mapping.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Plover(m.group(2).strip(), mode));
        }
        return mapping;
    }

    @Test
    void allTwentyRootsArePresent() {
        for (int root = 1; root <= 20; root++) {
            assertThat(table).containsKey(String.format("%02d", root));
        }
        assertThat(table.keySet()).allMatch(code -> code.matches("^[0-2][0-9]{1,3}$"));
    }

    @Test
    void everyCodeHasItsParent() {
        table.keySet().stream().filter(code -> code.length() > 2).forEach(code ->
                assertThat(table).as("parent of %s", code).containsKey(code.substring(0, code.length() - 1)));
    }

    @Test
    void goldsteinScoresLieOnTheScale() {
        assertThat(table.values()).allSatisfy(row ->
                assertThat(row.goldstein()).as(row.code()).isBetween(-10.0, 10.0));
    }

    @Test
    void ploverColumnsAgreeWithTheOfficialMapping() throws IOException {
        Map<String, List<Plover>> mapping = readMapping();
        assertThat(mapping).hasSizeGreaterThan(200);
        List<String> disagreements = new ArrayList<>();
        mapping.forEach((code, choices) -> {
            Row row = table.get(code);
            boolean agrees = row != null && choices.stream().anyMatch(p -> p.event().equals(row.ploverEvent())
                    && (p.mode().isEmpty() || p.mode().equals(row.ploverMode())));
            if (!agrees) disagreements.add(code + ": table " + row + ", mapping " + choices);
        });
        assertThat(disagreements).isEmpty();
    }
}

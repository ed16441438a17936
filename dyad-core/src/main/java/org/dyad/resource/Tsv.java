package org.dyad.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the project's tab-separated resource files (gazetteer, agents, CAMEO table, lexicons): one
 * row a line, {@code #} comment lines and blank lines skipped, missing trailing columns as "".
 */
public final class Tsv {
    private Tsv() {
    }

    /** The rows of a resource beside {@code owner}'s class, each with exactly {@code columns} cells. */
    public static List<String[]> read(Class<?> owner, String name, int columns) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing beside " + owner.getName());
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
                    for (int i = 0; i < columns; i++) {
                        cells[i] = cells[i] == null ? "" : cells[i].strip();
                    }
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return rows;
    }

    /** The items of a '|'-separated list cell. */
    public static List<String> list(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

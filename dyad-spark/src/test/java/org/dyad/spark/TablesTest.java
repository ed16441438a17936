package org.dyad.spark;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Parquet tables (documents' and stories') have the store's columns, in its order: read from dyad-store's schema.sql itself. */
class TablesTest {
    private static final Path SCHEMA = Path.of("../dyad-store/src/main/resources/org/dyad/store/schema.sql");

    @Test
    void everyTableMirrorsTheStore() throws IOException {
        for (var table : Tables.STORE.entrySet()) {
            List<String> ours = new ArrayList<>(Arrays.asList(table.getValue().fieldNames()));
            assertThat(ours.remove(ours.size() - 1)).isEqualTo(Tables.PARTITION);
            assertThat(ours).as(table.getKey()).isEqualTo(storeColumns(table.getKey()));
        }
        for (var table : Tables.STORIES.entrySet()) {
            assertThat(Arrays.asList(table.getValue().fieldNames())).as(table.getKey()).isEqualTo(storeColumns(table.getKey()));
        }
    }

    private static List<String> storeColumns(String table) throws IOException {
        String sql = Files.readString(SCHEMA).replaceAll("--[^\n]*", "");
        Matcher m = Pattern.compile("CREATE TABLE IF NOT EXISTS " + table + " \\((.*?)\\);", Pattern.DOTALL).matcher(sql);
        assertThat(m.find()).as(table).isTrue();
        List<String> columns = new ArrayList<>();
        for (String part : m.group(1).split(",(?![^(]*\\))")) {
            String word = part.strip().split("\\s+")[0];
            if (!word.equals("PRIMARY") && !word.isEmpty()) {
                columns.add(word);
            }
        }
        return columns;
    }
}

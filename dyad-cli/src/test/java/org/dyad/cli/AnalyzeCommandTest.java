package org.dyad.cli;

import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest {
    private static final String STORY = "Rebels attacked an army convoy near the border on Sunday, officials said.\n\n"
            + "The government condemned the attack and sent troops to the area.\n";

    @TempDir
    Path tmp;

    @Test
    void badInputsAreReportedByNameAndTheBatchGoesOn() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("good.txt"), STORY);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        // another article: the same one twice would be stored once (see theSameArticleFromTwoSourcesIsStoredOnce)
        String other = "Farmers blocked the main highway north of the capital on Friday, demanding lower fuel prices.";
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"a1\",\"text\":\"" + other + "\"}\n{not json\n",
                StandardCharsets.UTF_8);
        Path db = tmp.resolve("d.duckdb");

        Cli cli = Cli.run("analyze", dir.toString(), tmp.resolve("missing.txt").toString(), "--db", db.toString());

        assertThat(cli.exitCode).isZero();
        assertThat(cli.err).contains("empty.txt", "binary.txt", "lines.jsonl#2", "missing.txt");
        assertThat(cli.err).contains("2 analyzed");
        try (Store store = Store.open(db)) {
            assertThat(store.countDocuments()).isEqualTo(2);
            assertThat(store.documentIds()).contains("a1");
        }
    }

    @Test
    void theSameArticleFromTwoSourcesIsStoredOnce() throws IOException {
        Path page = Files.writeString(tmp.resolve("page.html"), "<!doctype html><html><body><nav><a href=/>Home</a></nav><article>"
                + STORY.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").reduce("", String::concat) + "</article></body></html>");
        Path pasted = Files.writeString(tmp.resolve("pasted.txt"), STORY);
        Path db = tmp.resolve("dup.duckdb");
        Cli cli = Cli.run("analyze", page.toString(), pasted.toString(), "--db", db.toString());
        assertThat(cli.err).contains("2 analyzed");
        try (Store store = Store.open(db)) {
            assertThat(store.countDocuments()).isEqualTo(1);
            assertThat(store.urls(store.documentIds().get(0))).containsExactlyInAnyOrder(page.toString(), pasted.toString());
        }
    }

    @Test
    void summaryNamesTheDocumentAndItsCounts() throws IOException {
        Path file = tmp.resolve("story.txt");
        Files.writeString(file, "Rebels attack convoy near border\n" + STORY);
        Cli cli = Cli.run("analyze", file.toString(), "--db", tmp.resolve("s.duckdb").toString());
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("title:     Rebels attack convoy near border", "language:  en",
                "0 posts, 1 times", "| Rebels attacked an army convoy");
    }

    @Test
    void anHtmlPageIsAnalyzedLikePastedText() throws IOException {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=en><head><title>Convoy attacked | Border News</title>"
                + "<meta property=\"og:site_name\" content=\"Border News\"><meta property=\"og:title\" content=\"Convoy attacked\">"
                + "</head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Convoy attacked</h1>"
                + STORY.lines().filter(l -> !l.isBlank()).map(l -> "<p>" + l + "</p>").reduce("", String::concat)
                + "</article><footer>All rights reserved.</footer></body></html>");
        Path db = tmp.resolve("h.duckdb");
        Cli cli = Cli.run("analyze", page.toString(), "--db", db.toString(), "--format", "jsonl");
        assertThat(cli.exitCode).as(cli.err).isZero();
        assertThat(cli.out).contains("\"title\":\"Convoy attacked\"", "\"outlet\":\"Border News\"",
                "\"text\":\"Rebels attacked an army convoy near the border on Sunday, officials said.\\n\\nThe government condemned");
        assertThat(cli.out).doesNotContain("All rights reserved", "World");
        assertThat(cli.out).contains("\"name\":\"rebels\"", "\"value\":\"XXXX-WXX-7\""); // the NLP ran on the narration
        try (Store store = Store.open(db)) {
            assertThat(store.countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void nothingReadableIsAnError() {
        Cli cli = Cli.run("analyze", tmp.resolve("nope.txt").toString(), "--db", tmp.resolve("x.duckdb").toString());
        assertThat(cli.exitCode).isEqualTo(1);
        assertThat(cli.err).contains("nope.txt");
    }

    @Test
    void helpListsEveryCommand() {
        Cli cli = Cli.run("--help");
        assertThat(cli.out).contains("analyze", "extract", "ingest", "eval", "bench");
    }

    @Test
    void withRememberALaterArticlePlacesAPersonAnEarlierOneIntroduced() throws IOException {
        Path db = tmp.resolve("memory.duckdb");
        Path first = Files.writeString(tmp.resolve("first.jsonl"), "{\"id\": \"m1\", \"published\": \"2025-04-01\", "
                + "\"text\": \"Kenyan Trade Minister Amina Wekesa opened the fair in Nairobi on Monday.\"}\n");
        Path later = Files.writeString(tmp.resolve("later.jsonl"), "{\"id\": \"m2\", \"published\": \"2025-05-02\", "
                + "\"text\": \"Amina Wekesa met Ugandan officials in Kampala on Thursday.\"}\n");
        assertThat(Cli.run("analyze", first.toString(), "--db", db.toString()).exitCode).isZero();

        Cli plain = Cli.run("analyze", later.toString(), "--db", db.toString(), "--format", "jsonl");
        Cli remembering = Cli.run("analyze", later.toString(), "--db", db.toString(), "--format", "jsonl", "--remember");

        assertThat(plain.out).contains("\"name\":\"Amina Wekesa\",\"country\":null");
        assertThat(remembering.out).contains("\"name\":\"Amina Wekesa\",\"country\":\"KEN\"").contains("\"cameo\":\"04");
    }
}

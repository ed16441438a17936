package org.dyad.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Embedded social posts found by the shape of their attribution lines and media links. */
class PostFinderTest {

    private static List<PostFinder.Found> find(String text) {
        return PostFinder.find(text.lines().map(String::strip).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            — Amina Diallo (@amina_diallo) March 2, 2024        | Amina Diallo          | @amina_diallo  | 2024-03-02
            – Port of Antwerp (PortofAntwerp) 14 June 2023      | Port of Antwerp       | @PortofAntwerp | 2023-06-14
            -- Kenji Sato (@kenji.sato) on Jan. 9, 2025         | Kenji Sato            | @kenji.sato    | 2025-01-09
            — Météo Suisse (@meteosuisse) 2024-07-30            | Météo Suisse          | @meteosuisse   | 2024-07-30
            A post shared by Lucía Fernández (@luciafdz)        | Lucía Fernández       | @luciafdz      | null
            — Red Cross Sudan (@SRCS_Sudan)                     | Red Cross Sudan       | @SRCS_Sudan    | null
            """)
    void recognisesAttributionLines(String attribution, String author, String handle, LocalDate date) {
        List<PostFinder.Found> posts = find("""
                Markets in the old town reopened this morning. pic.twitter.com/Mk7tOwn01
                %s
                """.formatted(attribution));

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.author()).isEqualTo(author);
            assertThat(p.handle()).isEqualTo(handle);
            assertThat(p.date()).isEqualTo(date);
            assertThat(p.text()).isEqualTo("Markets in the old town reopened this morning.");
            assertThat(p.lines().stream().boxed().toList()).containsExactly(0, 1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The mayor (@mayor_ana) posted a video of the flooded square on Sunday.",
            "— and then, she said, the lights went out across the valley.",
            "“Never again,” wrote the senator (@senator_ruiz) on March 2, 2024.",
            "— said Paolo Conte (a spokesman for the ministry) on Monday.",
            "- The World Health Organization (WHO) confirmed 40 new cases on Monday.",
    })
    void rejectsLinesThatAreNotAttributions(String line) {
        assertThat(find("""
                The health ministry held a briefing in the afternoon.
                %s
                Officials said more tests would be carried out this week.
                """.formatted(line))).isEmpty();
    }

    @Test
    void inBlockLayoutTakesTheWholeParagraphAboveTheAttribution() {
        List<PostFinder.Found> posts = find("""
                The storm reached the coast shortly after midnight.

                Our crews are on the roads now.
                Please avoid the harbour area until further notice. pic.twitter.com/Hx0Rb0r22

                — Galway City Council (@galwaycc) November 3, 2023

                Power cuts affected about 2,000 homes.
                """);

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Our crews are on the roads now. Please avoid the harbour area until further notice.");
            assertThat(p.lines().stream().boxed().toList()).containsExactly(2, 3, 5);
        });
    }

    @Test
    void inLineLayoutTakesOnlyTheLineAboveTheAttribution() {
        List<PostFinder.Found> posts = find("""
                The storm reached the coast shortly after midnight.
                Please avoid the harbour area until further notice. pic.twitter.com/Hx0Rb0r22
                — Galway City Council (@galwaycc) November 3, 2023
                Power cuts affected about 2,000 homes.
                """);

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Please avoid the harbour area until further notice.");
            assertThat(p.lines().stream().boxed().toList()).containsExactly(1, 2);
        });
    }

    @Test
    void joinsThePartsOfAPostSplitAroundItsAttribution() {
        List<PostFinder.Found> posts = find("""
                Rescuers worked through the night in the mountain village.
                "Eleven people have been brought out alive so far,
                — Nepal Army (@NepaliArmyHQ) September 29, 2024
                and the search goes on." https://pic.twitter.com/Np4rMy29x
                Heavy rain is forecast to continue until Tuesday.
                """);

        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("\"Eleven people have been brought out alive so far, and the search goes on.\"");
            assertThat(p.date()).isEqualTo(LocalDate.of(2024, 9, 29));
            assertThat(p.lines().stream().boxed().toList()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void aTextOnlyPostDoesNotTakeTheMediaLinkOfTheNextPost() {
        List<PostFinder.Found> posts = find("""
                Voting closed at eight in the evening.
                Turnout passed 60% for the first time since 2008.
                — Electoral Commission (@ec_official) June 16, 2024
                Counting began immediately in all districts.
                Thanks to every volunteer at the polling stations. pic.twitter.com/Vt16Jn24
                — Maria Oliveira (@moliveira_pt) June 16, 2024
                """);

        assertThat(posts).extracting(PostFinder.Found::handle).containsExactly("@ec_official", "@moliveira_pt");
        assertThat(posts.get(0).text()).isEqualTo("Turnout passed 60% for the first time since 2008.");
        assertThat(posts.get(0).lines().stream().boxed().toList()).containsExactly(1, 2);
        assertThat(posts.get(1).text()).isEqualTo("Thanks to every volunteer at the polling stations.");
    }

    @Test
    void removesEveryKindOfMediaLinkFromThePostText() {
        List<PostFinder.Found> posts = find("""
                Doors open at nine https://t.co/AbC123 with free entry pic.x.com/ZzY987
                — City Museum (@citymuseum) April 18, 2024
                """);

        assertThat(posts).singleElement().extracting(PostFinder.Found::text).isEqualTo("Doors open at nine with free entry");
    }

    @Test
    void findsNothingInPlainNarration() {
        assertThat(find("""
                The ferry left the port at dawn.

                Passengers said the crossing was calm.
                """)).isEmpty();
        assertThat(PostFinder.find(List.of())).isEmpty();
    }
}

package org.dyad.clean;

import org.dyad.language.LanguageDetector;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Dropped;
import org.dyad.model.Dropped.Reason;
import org.dyad.model.Post;
import org.dyad.model.Published;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The cleaner on hand-written article layouts: what stays narration, what goes and why. */
class CleanerTest {
    private static final Cleaner CLEANER = new Cleaner(LanguageDetector.shared());

    private static CleanArticle clean(String text) {
        return CLEANER.clean(Article.ofText("t", "t.txt", text));
    }

    private static List<String> dropped(CleanArticle article, Reason reason) {
        return article.dropped().stream().filter(d -> d.reason() == reason).map(Dropped::text).toList();
    }

    /** A title, a lead paragraph and the given line as a body paragraph between two others. */
    private static String withBodyLine(String line) {
        return """
                Ferry operators on the Baltic coast cut winter timetables
                Ferry companies on the Baltic coast announced on Monday that they would run fewer crossings this winter because fuel costs had risen sharply.

                Passenger numbers fell by a tenth last year, according to the port authority.

                %s

                Some island residents said they would have to stay on the mainland during storms.
                """.formatted(line);
    }

    @Test
    void separatesTitleOutletHeaderDatelineAndFooterFromNarration() {
        CleanArticle a = clean("""
                Rift Valley farmers brace for a second failed rain season
                The Nairobi Ledger | Published: 12 May 2024

                NAIROBI, Kenya — Maize growers across the Rift Valley are selling cattle weeks early, as forecasters warn that the long rains will fall short for a second year running.

                ADVERTISEMENT

                Agronomists at a university research farm said planting in Nakuru county had dropped by about a third compared with an average season.

                "We planted twice and lost both times," said Wanjiru Mbogo, who grows beans and maize on eight acres near Njoro.

                © 2024 The Nairobi Ledger. All rights reserved.
                Otieno Kamau can be reached at okamau@ledger.example.
                """);

        assertThat(a.title()).isEqualTo("Rift Valley farmers brace for a second failed rain season");
        assertThat(a.outlet()).isEqualTo("The Nairobi Ledger");
        assertThat(a.published()).isEqualTo(new Published("2024-05-12", Published.Source.HEADER));
        assertThat(a.dateline()).isEqualTo("NAIROBI, Kenya");
        assertThat(a.authors()).containsExactly("Otieno Kamau");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.posts()).isEmpty();
        assertThat(a.text())
                .startsWith("Maize growers across the Rift Valley are selling cattle weeks early")
                .contains("Agronomists at a university research farm said planting")
                .contains("\"We planted twice and lost both times,\" said Wanjiru Mbogo")
                .doesNotContain("NAIROBI", "Published", "ADVERTISEMENT", "©", "All rights reserved",
                        "can be reached", "Rift Valley farmers brace");
        assertThat(dropped(a, Reason.DATELINE)).containsExactly("NAIROBI, Kenya —");
        assertThat(dropped(a, Reason.ADVERTISEMENT)).containsExactly("ADVERTISEMENT");
        assertThat(dropped(a, Reason.COPYRIGHT)).containsExactly("© 2024 The Nairobi Ledger. All rights reserved.");
        assertThat(dropped(a, Reason.CONTACT)).hasSize(1);
        assertThat(dropped(a, Reason.TITLE)).hasSize(1);
        assertThat(dropped(a, Reason.HEADER)).containsExactly("The Nairobi Ledger | Published: 12 May 2024");
    }

    @Test
    void readsHeaderBeforeTitleBylineAndAgencyDateline() {
        CleanArticle a = clean("""
                Updated 3:15 PM EST, Tue March 4, 2025
                Bank of England holds rates as services inflation lingers
                By Helen Carter and Tomasz Nowak

                LONDON (Reuters) - The Bank of England kept its main interest rate unchanged on Tuesday, saying price pressures in the services sector were easing more slowly than it had hoped.

                Seven of the nine members of the Monetary Policy Committee voted to hold, while two backed a quarter-point cut.

                Sterling rose against the dollar after the decision.
                """);

        assertThat(a.published()).isEqualTo(new Published("2025-03-04T15:15", Published.Source.HEADER));
        assertThat(a.title()).isEqualTo("Bank of England holds rates as services inflation lingers");
        assertThat(a.authors()).containsExactly("Helen Carter", "Tomasz Nowak");
        assertThat(a.dateline()).isEqualTo("LONDON");
        assertThat(a.text())
                .startsWith("The Bank of England kept its main interest rate unchanged on Tuesday")
                .contains("Seven of the nine members", "Sterling rose against the dollar after the decision.")
                .doesNotContain("Reuters", "Updated", "By Helen Carter", "holds rates as services");
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(dropped(a, Reason.BYLINE)).containsExactly("By Helen Carter and Tomasz Nowak");
    }

    @Test
    void takesSectionHeadingsOutOfTheText() {
        CleanArticle a = clean("""
                EU agrees new rules on repairing household appliances
                BRUSSELS: Negotiators for the European Parliament and member states reached a provisional deal early on Thursday that will oblige manufacturers to repair washing machines and fridges for years after the warranty ends.

                What the deal changes
                Manufacturers will have to publish repair prices and keep spare parts available for at least seven years.

                Consumer groups welcomed the agreement but said it came too late for phones bought this decade.

                Next steps for member states
                Governments must turn the directive into national law within two years of its formal adoption.
                """);

        assertThat(a.headings()).containsExactly("What the deal changes", "Next steps for member states");
        assertThat(dropped(a, Reason.HEADING)).containsExactly("What the deal changes", "Next steps for member states");
        assertThat(a.dateline()).isEqualTo("BRUSSELS");
        assertThat(a.title()).isEqualTo("EU agrees new rules on repairing household appliances");
        assertThat(a.published()).isEqualTo(Published.UNKNOWN);
        assertThat(a.text())
                .startsWith("Negotiators for the European Parliament")
                .contains("Manufacturers will have to publish repair prices",
                        "Consumer groups welcomed the agreement",
                        "Governments must turn the directive into national law")
                .doesNotContain("What the deal changes", "Next steps for member states", "BRUSSELS");
    }

    @Test
    void separatesEmbeddedPostsWithTheirAuthorsHandlesDatesAndLanguages() {
        CleanArticle a = clean("""
                Brazil and Norway sign rainforest fund deal
                Amazonia Report - August 10, 2023

                BELÉM, Brazil — Brazil and Norway signed an agreement on Thursday that releases new money for forest protection, officials from both countries said.

                Hoje assinamos um acordo histórico para proteger a floresta amazônica e garantir renda às comunidades que vivem nela. pic.twitter.com/Fl0r3sta01

                — Ministério do Meio Ambiente (@mma_brasil) August 9, 2023

                Norway's development minister said the payments would depend on measured falls in deforestation.

                Proud to stand with Brazil today. Results-based funding works when both sides keep their word. pic.twitter.com/NoRw4y2023

                — Anne Lise Berg (@annelise_berg) August 10, 2023

                Environmental groups called the deal a good start.
                """);

        assertThat(a.posts()).extracting(Post::author, Post::handle, Post::date, Post::language).containsExactly(
                tuple("Ministério do Meio Ambiente", "@mma_brasil", LocalDate.of(2023, 8, 9), "pt"),
                tuple("Anne Lise Berg", "@annelise_berg", LocalDate.of(2023, 8, 10), "en"));
        assertThat(a.posts().get(0).text())
                .startsWith("Hoje assinamos um acordo histórico")
                .endsWith("que vivem nela.");
        assertThat(a.posts().get(1).text()).isEqualTo(
                "Proud to stand with Brazil today. Results-based funding works when both sides keep their word.");
        assertThat(dropped(a, Reason.POST)).hasSize(2);
        assertThat(a.outlet()).isEqualTo("Amazonia Report");
        assertThat(a.published()).isEqualTo(new Published("2023-08-10", Published.Source.HEADER));
        assertThat(a.dateline()).isEqualTo("BELÉM, Brazil");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text())
                .startsWith("Brazil and Norway signed an agreement on Thursday")
                .contains("Norway's development minister said the payments",
                        "Environmental groups called the deal a good start.")
                .doesNotContain("Hoje assinamos", "Proud to stand", "pic.twitter.com", "@mma_brasil",
                        "Anne Lise Berg", "Amazonia Report");
    }

    /** Separator "\n": one line per paragraph, as copied from a feed; "\n\n": blank-separated paragraphs. */
    @ParameterizedTest(name = "paragraph separator {index}")
    @ValueSource(strings = {"\n", "\n\n"})
    void joinsAPostSplitAroundItsOwnAttributionLine(String separator) {
        String text = String.join(separator, List.of(
                "Typhoon forces evacuations across northern Luzon",
                "MANILA, Philippines — Authorities moved more than 40,000 people from coastal villages on Sunday as a strong typhoon approached the northern tip of Luzon.",
                "The weather bureau raised its highest storm signal for three provinces.",
                "\"Stay indoors and keep your radios on. Rescue teams are",
                "— Cagayan Disaster Office (@CagayanDRRMO) October 20, 2024",
                "already stationed in every town along the coast.\" pic.twitter.com/Ty9hO0n22x",
                "Schools and government offices in the region will stay closed until Tuesday."));

        CleanArticle a = clean(text);

        assertThat(a.posts()).singleElement().satisfies(p -> {
            assertThat(p.author()).isEqualTo("Cagayan Disaster Office");
            assertThat(p.handle()).isEqualTo("@CagayanDRRMO");
            assertThat(p.date()).isEqualTo(LocalDate.of(2024, 10, 20));
            assertThat(p.language()).isEqualTo("en");
            assertThat(p.text()).isEqualTo("\"Stay indoors and keep your radios on. Rescue teams are"
                    + " already stationed in every town along the coast.\"");
        });
        assertThat(a.text())
                .contains("The weather bureau raised its highest storm signal for three provinces.",
                        "Schools and government offices in the region will stay closed until Tuesday.")
                .doesNotContain("Stay indoors", "already stationed", "CagayanDRRMO", "pic.twitter.com");
        assertThat(a.dateline()).isEqualTo("MANILA, Philippines");
        assertThat(a.published()).isEqualTo(new Published("2024-10-20", Published.Source.INFERRED_FROM_POSTS));
    }

    @Test
    void aPostWithoutMediaLinkDoesNotSwallowTheNarrationAfterIt() {
        CleanArticle a = clean("""
                Chile's copper output slips for a third month
                SANTIAGO: Copper production in Chile fell in April, the national statistics institute said on Friday, as older mines yielded lower-grade ore.

                Production numbers for April are now online and show a 3% fall from a year earlier.

                — Chile Statistics Office (@ine_chile_data) May 31, 2024

                Analysts said a new concentrator plant in the north should lift output later in the year.

                Mining is the backbone of our exports and we will protect it. pic.twitter.com/Cu29Mn01xq

                — Daniela Rojas (@drojas_mineria) May 31, 2024

                The price of copper in London was little changed after the data.
                """);

        assertThat(a.posts()).extracting(Post::handle, Post::text).containsExactly(
                tuple("@ine_chile_data", "Production numbers for April are now online and show a 3% fall from a year earlier."),
                tuple("@drojas_mineria", "Mining is the backbone of our exports and we will protect it."));
        assertThat(a.text())
                .contains("Analysts said a new concentrator plant in the north",
                        "The price of copper in London was little changed after the data.")
                .doesNotContain("Production numbers for April", "Mining is the backbone");
    }

    @Test
    void metadataWinsOverHeaderAndPosts() {
        Article article = new Article("m1", "m1.json", """
                Port strike ends after nine days
                Posted June 8, 2024 - Coastal Daily

                ANTWERP, Belgium — Dockworkers returned to the container terminals on Friday after unions and employers agreed a two-year pay deal.

                Union leaders hailed the agreement as a win for safety. pic.twitter.com/aB12cD34eF

                — Dockers Union Antwerp (@dockers_antwerp) June 9, 2024

                Shipping lines said it would take about a week to clear the backlog of vessels waiting offshore.
                """, "Port strike ends after nine days", "https://harbour.example/port-strike", "Harbour Gazette",
                List.of("Lena Fischer"), "2024-06-07");

        CleanArticle a = CLEANER.clean(article);

        assertThat(a.published()).isEqualTo(new Published("2024-06-07", Published.Source.METADATA));
        assertThat(a.published().inferred()).isFalse();
        assertThat(a.outlet()).isEqualTo("Harbour Gazette");
        assertThat(a.title()).isEqualTo("Port strike ends after nine days");
        assertThat(a.authors()).containsExactly("Lena Fischer");
        assertThat(dropped(a, Reason.TITLE)).containsExactly("Port strike ends after nine days");
        assertThat(dropped(a, Reason.HEADER)).containsExactly("Posted June 8, 2024 - Coastal Daily");
        assertThat(a.posts()).extracting(Post::date).containsExactly(LocalDate.of(2024, 6, 9));
        assertThat(a.text())
                .startsWith("Dockworkers returned to the container terminals on Friday")
                .contains("Shipping lines said it would take about a week")
                .doesNotContain("Posted", "Coastal Daily", "Union leaders hailed", "Port strike ends");
    }

    @Test
    void infersPublicationFromTheNewestPostWhenNothingElseDatesTheArticle() {
        CleanArticle a = clean("""
                KYIV, Ukraine — Power was restored to most of the capital by Wednesday evening after overnight strikes damaged two substations, the city's military administration said.

                Repair crews worked through freezing temperatures, the grid operator said.

                Engineers have reconnected 80% of households on the left bank. Work continues. pic.twitter.com/Gr1dKy1v01

                — Kyiv Grid Operator (@kyiv_grid) January 8, 2025

                Residents were asked to limit use of heaters during the evening peak.

                Thank you to every crew out in the cold tonight. pic.twitter.com/ThAnkY0u22

                — Vitali Moroz (@vmoroz_city) January 7, 2025
                """);

        assertThat(a.published()).isEqualTo(new Published("2025-01-08", Published.Source.INFERRED_FROM_POSTS));
        assertThat(a.published().inferred()).isTrue();
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.dateline()).isEqualTo("KYIV, Ukraine");
        assertThat(a.posts()).extracting(Post::handle).containsExactly("@kyiv_grid", "@vmoroz_city");
        assertThat(a.text())
                .startsWith("Power was restored to most of the capital")
                .contains("Repair crews worked through freezing temperatures",
                        "Residents were asked to limit use of heaters")
                .doesNotContain("Engineers have reconnected", "Thank you to every crew", "@kyiv_grid");
    }

    @Test
    void aPlainPasteWithoutHeaderTitleOrDatelineStaysAsItIs() {
        String text = """
                The city council of Valparaíso voted on Monday to extend the funicular restoration programme by another four years.

                Council members said tourism revenue would cover about half of the cost, with the rest coming from a national heritage fund.

                Work on the oldest of the lifts is expected to begin in the spring.
                """;

        CleanArticle a = clean(text);

        assertThat(a.text()).isEqualTo(text.strip());
        assertThat(a.published()).isEqualTo(Published.UNKNOWN);
        assertThat(a.title()).isNull();
        assertThat(a.outlet()).isNull();
        assertThat(a.dateline()).isNull();
        assertThat(a.headings()).isEmpty();
        assertThat(a.posts()).isEmpty();
        assertThat(a.dropped()).isEmpty();
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void aHardWrappedFirstParagraphIsNarrationNotATitle() {
        CleanArticle a = clean("""
                The national election commission of Ghana said on Tuesday that
                voter registration would reopen for two weeks in the northern regions.

                Opposition parties had complained that thousands of young voters were missed.
                """);

        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("The national election commission of Ghana said on Tuesday that"
                + " voter registration would reopen for two weeks in the northern regions.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ADVERTISEMENT                                                          | ADVERTISEMENT
            Advertisement                                                          | ADVERTISEMENT
            Story continues below advertisement                                    | ADVERTISEMENT
            © 2024 Andes Wire Service                                              | COPYRIGHT
            Copyright 2023 Harbour Gazette Media Group. All rights reserved.       | COPYRIGHT
            For reprint permission, contact the syndication desk.                  | COPYRIGHT
            Marisol Quintero can be reached at mquintero@andeswire.example.        | CONTACT
            Ahmed Saleh in Amman contributed to this report.                       | CONTACT
            Please read our commenting policy before joining the discussion.       | COMMENT_POLICY
            Comments are closed.                                                   | COMMENT_POLICY
            Sign up for our weekly climate newsletter                              | COMMENT_POLICY
            https://www.andeswire.example/politics/2024/05/vote-count              | LINK
            www.harbourgazette.example/port-strike                                 | LINK
            """)
    void dropsBoilerplateWithItsReason(String line, Reason reason) {
        CleanArticle a = clean(withBodyLine(line));

        assertThat(dropped(a, reason)).containsExactly(line);
        assertThat(a.text())
                .doesNotContain(line)
                .contains("Passenger numbers fell by a tenth last year",
                        "Some island residents said they would have to stay on the mainland during storms.");
    }

    @Test
    void contactLinesNameTheAuthors() {
        CleanArticle a = clean(withBodyLine("Marisol Quintero can be reached at mquintero@andeswire.example."));

        assertThat(a.authors()).containsExactly("Marisol Quintero");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Officials posted the new rules on Twitter late on Friday, hours before they took effect.",
            "\"We will not sign a deal that abandons our fishermen,\" the minister said on 4 June 2024.",
            "The council first published the figures on March 14, 2024, after a long legal fight.",
            "In a post on Twitter (@UNHCR), the agency said 1,200 people had crossed the border overnight.",
            "A spokesman wrote on X that the claims were false, and the post was later deleted.",
            "Advertising revenue at the public broadcaster fell by a fifth in 2023.",
            "Share prices in Seoul rose 2% on Wednesday after the central bank statement.",
            "Related talks in Geneva collapsed on Tuesday without a new date being set.",
            "Copyright holders in Japan won a landmark case against a file-sharing site last year.",
            "The embassy's emergency line can be reached at +254 20 363 6000 around the clock.",
    })
    void keepsNarrationThatMerelyLooksLikeCruft(String sentence) {
        CleanArticle a = clean(withBodyLine(sentence));

        assertThat(a.text()).contains(sentence);
        assertThat(a.dropped()).extracting(Dropped::text).doesNotContain(sentence);
        assertThat(a.posts()).isEmpty();
        assertThat(a.published()).isEqualTo(Published.UNKNOWN);
    }

    @Test
    void aShortLeadThatMentionsPublicationAndADateIsNarrationNotHeader() {
        String lead = "Statistics Norway published its population figures on 12 February 2024.";
        CleanArticle a = clean("""
                Norway's population passes 5.5 million
                %s

                Immigration accounted for most of the growth, the agency said.
                """.formatted(lead));

        assertThat(a.text()).startsWith(lead);
        assertThat(a.published()).isEqualTo(Published.UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Updated 3:15 PM EST, Tue March 4, 2025             | 2025-03-04T15:15
            Published: 12 May 2024                             | 2024-05-12
            Posted 2023-09-18 07:40                            | 2023-09-18T07:40
            Last modified Sept. 9, 2022 at 11:02 a.m.          | 2022-09-09T11:02
            Updated: Friday, 25 October 2019, 18:40 GMT        | 2019-10-25T18:40
            Daily Bugle — Oct 1st, 2021                        | 2021-10-01
            """)
    void readsThePublicationDateFromHeadersInSeveralFormats(String header, String expected) {
        CleanArticle a = clean("""
                %s
                Lisbon opens its first floating solar farm
                LISBON — A floating solar farm on a reservoir east of the city began feeding power into the grid this week, its operator said.
                """.formatted(header));

        assertThat(a.published()).isEqualTo(new Published(expected, Published.Source.HEADER));
        assertThat(dropped(a, Reason.HEADER)).containsExactly(header);
        assertThat(a.title()).isEqualTo("Lisbon opens its first floating solar farm");
        assertThat(a.dateline()).isEqualTo("LISBON");
        assertThat(a.text()).startsWith("A floating solar farm on a reservoir");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Baltic Courier • Updated 3:15 PM EST, Tue March 4, 2025          => Baltic Courier
            The Harbour Gazette | Published: 7 June 2024                     => The Harbour Gazette
            Andes Wire - 14 November 2022                                    => Andes Wire
            The Harbour Gazette, updated 9:05 a.m. Friday, June 7, 2024      => The Harbour Gazette
            """)
    void readsTheOutletFromTheHeaderLine(String header, String outlet) {
        CleanArticle a = clean("""
                Grain exports through the Danube ports reach a record
                %s

                CONSTANȚA, Romania — Grain shipments through Romania's Black Sea and Danube ports reached a record in the last quarter, port officials said.
                """.formatted(header));

        assertThat(a.published().source()).isEqualTo(Published.Source.HEADER);
        assertThat(a.outlet()).isEqualTo(outlet);
        assertThat(a.text()).doesNotContain(outlet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            NEW DELHI — Monsoon rains arrived in the capital two days early, the weather office said.                         => NEW DELHI
            RIO DE JANEIRO, Brazil (AP) — Monsoon rains arrived in the capital two days early, the weather office said.      => RIO DE JANEIRO, Brazil
            GAZA CITY (AP) — Monsoon rains arrived in the capital two days early, the weather office said.                   => GAZA CITY
            ST. PETERSBURG, Russia -- Monsoon rains arrived in the capital two days early, the weather office said.          => ST. PETERSBURG, Russia
            DHAKA, Bangladesh – Monsoon rains arrived in the capital two days early, the weather office said.                => DHAKA, Bangladesh
            JAKARTA, March 4 (Reuters) - Monsoon rains arrived in the capital two days early, the weather office said.      => JAKARTA
            """)
    void stripsTheDatelineFromTheFirstParagraphOnly(String lead, String place) {
        CleanArticle a = clean("""
                Rains come early
                %s

                BANGKOK: a later paragraph that opens like a dateline stays as it is.
                """.formatted(lead));

        assertThat(a.dateline()).isEqualTo(place);
        assertThat(a.text())
                .startsWith("Monsoon rains arrived in the capital two days early, the weather office said.")
                .contains("BANGKOK: a later paragraph that opens like a dateline stays as it is.")
                .doesNotContain(place + " ", "(AP)", "(Reuters)");
        assertThat(dropped(a, Reason.DATELINE)).hasSize(1);
    }

    @Test
    void aLoneLineIsTheStoryNotItsTitle() {
        CleanArticle a = clean("Kenya and Uganda signed a border accord in Kampala on Friday\n");
        assertThat(a.title()).isNull();
        assertThat(a.text()).isEqualTo("Kenya and Uganda signed a border accord in Kampala on Friday");
    }
}

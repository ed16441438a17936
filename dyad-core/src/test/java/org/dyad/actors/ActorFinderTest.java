package org.dyad.actors;

import org.dyad.annotate.Annotator;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.CleanArticle;
import org.dyad.model.Published;
import org.dyad.testing.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorFinderTest {
    private final ActorFinder finder = ActorFinder.standard();

    private Cast cast(String text) {
        return finder.find(Annotator.shared().annotate(Articles.narration(text, "2025-05-06")));
    }

    private static Actor named(Cast cast, String name) {
        return cast.actors().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + name + " in " + cast.actors()));
    }

    @Test
    void aTitledPersonWithADemonymIsThatCountrysOfficial() {
        Actor ruto = named(cast("Kenyan President William Ruto arrived in the capital on Monday."), "William Ruto");
        assertThat(ruto.country()).isEqualTo("KEN");
        assertThat(ruto.sector()).isEqualTo("GOV");
        assertThat(ruto.title()).isEqualTo("President");
    }

    @Test
    void shorterMentionsAndPronounsJoinTheFullName() {
        Cast cast = cast("Brazilian Foreign Minister Mauro Vieira landed in Lisbon on Sunday.\n\n"
                + "Vieira met local officials. Mr. Vieira later said he was pleased.");
        Actor vieira = named(cast, "Mauro Vieira");
        assertThat(vieira.country()).isEqualTo("BRA");
        assertThat(cast.mentions().stream().filter(m -> m.actorId().equals(vieira.id())).map(Mention::text))
                .contains("Vieira", "Mr. Vieira", "he");
    }

    @Test
    void seatsOfGovernmentStandForTheirGovernment() {
        Cast cast = cast("The Kremlin rejected the proposal, and Downing Street said talks would continue.");
        assertThat(cast.actors()).extracting(Actor::country, Actor::sector)
                .contains(org.assertj.core.groups.Tuple.tuple("RUS", "GOV"), org.assertj.core.groups.Tuple.tuple("GBR", "GOV"));
    }

    @Test
    void groupsTakeTheirCountryAndSector() {
        Cast cast = cast("Nigerian troops clashed with militants near the border, and Ghanaian police made arrests.");
        assertThat(cast.actors()).extracting(Actor::country, Actor::sector)
                .contains(org.assertj.core.groups.Tuple.tuple("NGA", "MIL"), org.assertj.core.groups.Tuple.tuple("GHA", "COP"));
    }

    @Test
    void aPersonTakesTheOnlyCountryHisSentenceNames() {
        Actor spokesman = named(cast("Foreign Ministry spokesman Wang Tao told reporters that China opposed the plan."), "Wang Tao");
        assertThat(spokesman.country()).isEqualTo("CHN");
        assertThat(spokesman.sector()).isEqualTo("GOV");
    }

    @Test
    void aDefiniteDescriptionPlacesTheLastUnplacedPerson() {
        Cast cast = cast("Police detained Ahmed Farah on Friday.\n\nOfficials said the Somali leader would be questioned.");
        assertThat(named(cast, "Ahmed Farah").country()).isEqualTo("SOM");
    }

    @Test
    void peopleWithoutNationalityInAStoryFiledFromACapitalBelongToThatCountry() {
        String text = "Prime Minister Jane Achieng opened the new parliament session on Tuesday.";
        CleanArticle article = new CleanArticle(Article.ofText("d", "d.txt", text), null, null, "NAIROBI", List.of(),
                new Published("2025-05-06", Published.Source.METADATA), "en", text, List.of(), List.of(), List.of());
        Cast cast = finder.find(Annotator.shared().annotate(article));
        assertThat(named(cast, "Jane Achieng").country()).isEqualTo("KEN");
    }

    @Test
    void idsDependOnNameAndCountryOnly() {
        Actor a = named(cast("Kenyan President William Ruto spoke."), "William Ruto");
        Actor b = named(cast("On Friday, Kenyan leader William Ruto left for Addis Ababa."), "William Ruto");
        assertThat(a.id()).isEqualTo(b.id()).startsWith("a-");
    }
}

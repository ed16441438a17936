package org.dyad.events;

import org.dyad.actors.ActorFinder;
import org.dyad.actors.Cast;
import org.dyad.annotate.Annotator;
import org.dyad.model.Annotated;
import org.dyad.model.Event;
import org.dyad.testing.Articles;
import org.dyad.time.TimeResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventCoderTest {
    private final EventCoder coder = EventCoder.standard();

    private List<Event> code(String text) {
        Annotated doc = Annotator.shared().annotate(Articles.narration(text, "2025-05-07"));
        Cast cast = ActorFinder.standard().find(doc);
        return coder.code(doc, cast, new TimeResolver().resolve(doc));
    }

    /** "KEN>SOM 19" for each event: source country, target country, CAMEO root. */
    private static List<String> dyads(List<Event> events) {
        return events.stream().map(e -> e.source().country() + ">" + e.target().country() + " " + e.cameo().substring(0, 2)).toList();
    }

    @Test
    void aTransitiveVerbCodesSubjectAgainstObjectDatedByItsClause() {
        List<Event> events = code("Kenyan troops attacked Somali militants on Monday.");
        assertThat(dyads(events)).containsExactly("KEN>SOM 19");
        Event e = events.get(0);
        assertThat(e.date()).isEqualTo("2025-05-05");
        assertThat(e.goldstein()).isNegative();
        assertThat(e.plover()).isNotBlank();
        assertThat(e.sentence()).startsWith("Kenyan troops attacked");
    }

    @Test
    void passiveVoiceKeepsWhoDidWhat() {
        assertThat(dyads(code("Somali militants were attacked by Kenyan troops."))).containsExactly("KEN>SOM 19");
    }

    @Test
    void theTargetOfAPrepositionalVerbIsThePrepositionsObject() {
        assertThat(dyads(code("The Kenyan president met with Ethiopian officials in Addis Ababa."))).contains("KEN>ETH 04");
    }

    @Test
    void coordinatedSubjectsWithoutTargetMeetEachOther() {
        assertThat(dyads(code("French President Emmanuel Macron and German Chancellor Friedrich Merz met on Tuesday.")))
                .containsExactlyInAnyOrder("FRA>DEU 04", "DEU>FRA 04");
    }

    @Test
    void aNominalEventTakesItsOwnerAsSource() {
        assertThat(dyads(code("The Kenyan raid captured Somali militants near the border."))).containsExactly("KEN>SOM 17");
    }

    @Test
    void aVerbWithAFixedObjectAndPreposition() {
        assertThat(dyads(code("Washington imposed sanctions on Iran last month."))).containsExactly("USA>IRN 16");
    }

    @Test
    void negatedModalAndExpectedEventsDidNotHappen() {
        assertThat(code("Kenya did not attack Somalia.")).isEmpty();
        assertThat(code("Kenya would attack Somalia.")).isEmpty();
        assertThat(code("Kenyan officials are expected to meet Somali leaders.")).isEmpty();
    }

    @Test
    void wordsInsideQuotationMarksAreNotTheNarrationsOwn() {
        assertThat(code("\"We attacked Somali positions,\" a Kenyan commander told reporters.")).isEmpty();
    }

    @Test
    void eventIdsAreStable() {
        String text = "Kenyan troops attacked Somali militants on Monday.";
        assertThat(code(text)).extracting(Event::id).isEqualTo(code(text).stream().map(Event::id).toList());
    }

    @Test
    void aCallBetweenTwoLeadersPairsThem() {
        assertThat(dyads(code("A phone call between Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed took place on Friday.")))
                .contains("KEN>ETH 04", "ETH>KEN 04");
    }

    @Test
    void aProtestAgainstACountryIsByThePeopleWhereItHappens() {
        assertThat(dyads(code("The remarks fueled anti-French demonstrations in Mali."))).containsExactly("MLI>FRA 14");
    }

    @Test
    void aWhenClauseIsDatedByItsMainClause() {
        List<Event> events = code("Ties soured in March when Ankara imposed sanctions on Athens.");
        assertThat(dyads(events)).containsExactly("TUR>GRC 16");
        assertThat(events.get(0).date()).isEqualTo("2025-03");
        assertThat(events.get(0).dateSource()).isEqualTo(Event.DateSource.TEXT);
    }

    @Test
    void anUndatedEventTakesThePublicationDateAndSaysSo() {
        Event e = code("Kenyan troops attacked Somali militants.").get(0);
        assertThat(e.date()).isEqualTo("2025-05-07");
        assertThat(e.dateSource()).isEqualTo(Event.DateSource.PUBLISHED);
    }

    @Test
    void aGerundTakesTheSubjectOfItsVerbAndAReportedClauseGivesTheTarget() {
        assertThat(dyads(code("Nairobi escalated tensions by demanding that Kampala withdraw its troops."))).contains("KEN>UGA 10");
    }

    @Test
    void theSecondOfTwoCoordinatedVerbsSharesTheFirstOnesTarget() {
        assertThat(dyads(code("Kenya accused the Somali government of harbouring militants and threatened air strikes.")))
                .contains("KEN>SOM 11", "KEN>SOM 13");
    }

    @Test
    void theRecipientOfAGiftIsTheTarget() {
        assertThat(dyads(code("Ethiopia granted Kenyan officials a temporary permit."))).containsExactly("ETH>KEN 07");
    }

    @Test
    void anIntentionIsCodedAsIntentOrThreatNotAsTheAct() {
        assertThat(dyads(code("Kenya plans to attack Somali militants."))).containsExactly("KEN>SOM 13");
        assertThat(code("Kenya hopes to meet Ethiopian officials.")).extracting(Event::cameo).containsExactly("036");
    }

    @Test
    void meetingWithSomeoneGoesBothWays() {
        assertThat(dyads(code("The Kenyan president met with Ethiopian officials on Monday."))).containsExactlyInAnyOrder("KEN>ETH 04", "ETH>KEN 04");
    }

    @Test
    void coordinatedSubjectsWithNoOtherPartyActOnEachOther() {
        assertThat(dyads(code("Kenya and Uganda signed a trade agreement on Friday."))).containsExactlyInAnyOrder("KEN>UGA 05", "UGA>KEN 05");
        assertThat(code("Kenya and Uganda said the border would reopen.")).isEmpty();
    }

    @Test
    void anEventTakesPlaceWhereItsClauseSays() {
        Event e = code("Kenyan troops attacked Somali militants in Mogadishu on Monday.").get(0);
        assertThat(e.location()).isEqualTo(new org.dyad.model.Location("Mogadishu", "SOM"));
        assertThat(code("Kenyan troops attacked Somali militants on Monday.").get(0).location()).isNull();
    }

    @Test
    void whoIsAskedToActIsTheOneWhoWouldAndTheActIsNotDone() {
        assertThat(dyads(code("Ethiopia urged Kenya to withdraw its troops from Somalia."))).containsExactly("ETH>KEN 02");
        assertThat(dyads(code("The Kenyan government wants Uganda to attack the rebels."))).containsExactly("KEN>UGA 02");
    }

    @Test
    void aStatementThatAnotherUsedForceAccusesThem() {
        assertThat(dyads(code("Kenya said that Somali militants had attacked the town."))).contains("KEN>SOM 11");
        assertThat(dyads(code("Kenya said that Somali officials had met the envoy."))).doesNotContain("KEN>SOM 11");
    }

    @Test
    void aReceiverIsTheTargetOfWhatAGiverDid() {
        assertThat(dyads(code("Somali militias received weapons from Eritrea."))).containsExactly("ERI>SOM 07");
    }

    @Test
    void aHostedVisitIsAlsoAVisitMade() {
        assertThat(dyads(code("The Kenyan president received Ugandan ministers in Nairobi.")))
                .containsExactlyInAnyOrder("KEN>UGA 04", "UGA>KEN 04");
        assertThat(code("The Kenyan president received Ugandan ministers in Nairobi.")).extracting(Event::cameo)
                .containsExactlyInAnyOrder("043", "042");
    }

    @Test
    void coordinatedCountryAdjectivesShareTheirGroupAndActTogether() {
        assertThat(dyads(code("Kenyan and Ugandan activists staged a protest in Beijing on Monday.")))
                .containsExactlyInAnyOrder("KEN>CHN 14", "UGA>CHN 14");
    }

    @Test
    void theMembersOfAQuantityActAndAThingsPlaceIsItsCountry() {
        assertThat(dyads(code("Hundreds of Kenyan troops withdrew from Somalia on Monday."))).containsExactly("KEN>SOM 08");
        assertThat(dyads(code("Kenyan inspectors examined the refineries in Uganda."))).containsExactly("KEN>UGA 09");
    }

    @Test
    void aStatementCoordinatedWithAnActIsNotAimedAtItsTarget() {
        assertThat(dyads(code("Kenya accused Uganda of lying but said it would keep talking.")))
                .containsExactly("KEN>UGA 11");
    }

    @Test
    void aCooperationRefusedIsARejectionAndOneNotDoneIsNothing() {
        assertThat(code("Kenya will not attend the summit in Uganda.")).extracting(Event::cameo).containsExactly("125");
        assertThat(dyads(code("Kenyan President William Ruto said he would not provide aid to Uganda."))).containsExactly("KEN>UGA 12");
        assertThat(code("Kenya did not attend the summit in Uganda.")).isEmpty();
        assertThat(code("Kenya will not attack Uganda.")).isEmpty();
    }

    @Test
    void aGroupWithNoCountryMayActOnAPlacedTargetButNotBeOne() {
        assertThat(code("Insurgents attacked Kenyan troops on Monday.")).extracting(e -> e.source().country() + ">" + e.target().country())
                .containsExactly("null>KEN");
        assertThat(code("Kenyan troops attacked insurgents on Monday.")).isEmpty();
    }

    @Test
    void itAndTheyInAReportedClauseAreTheSpeaker() {
        assertThat(dyads(code("Kenya said it had attacked Somalia."))).containsExactly("KEN>SOM 01");
        assertThat(code("Kenya said it had attacked Somalia.")).extracting(Event::cameo).containsExactly("015");
        assertThat(dyads(code("Kenya said it would attack Somali militants."))).containsExactly("KEN>SOM 13");
    }

    @Test
    void forceReportedByAnotherIsAnAccusationNotANarratedAttack() {
        assertThat(dyads(code("Kenya claimed that Somali militants had attacked Uganda."))).containsExactly("KEN>SOM 11");
    }

    @Test
    void aPlaceInsideACountryStandsForItWhereSomethingHappens() {
        assertThat(dyads(code("Kenyan troops shelled a district of Kismayo on Monday."))).containsExactly("KEN>SOM 19");
        assertThat(dyads(code("Kenyan troops clashed in Kismayo on Monday."))).containsExactly("KEN>SOM 19");
        assertThat(dyads(code("Uganda conducted military exercises in Turkana."))).containsExactly("UGA>KEN 15");
    }
}

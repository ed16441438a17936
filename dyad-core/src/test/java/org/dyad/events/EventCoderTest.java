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
        assertThat(dyads(code("The Kenyan president met with Ethiopian officials in Addis Ababa."))).containsExactly("KEN>ETH 04");
    }

    @Test
    void coordinatedSubjectsWithoutTargetMeetEachOther() {
        assertThat(dyads(code("French President Emmanuel Macron and German Chancellor Friedrich Merz met on Tuesday.")))
                .hasSize(1).allMatch(d -> d.endsWith(" 04")).allMatch(d -> d.contains("FRA") && d.contains("DEU"));
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
}

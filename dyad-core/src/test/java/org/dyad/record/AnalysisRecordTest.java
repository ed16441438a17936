package org.dyad.record;

import org.dyad.model.Actor;
import org.dyad.model.ActorRef;
import org.dyad.model.Analysis;
import org.dyad.model.Event;
import org.dyad.testing.Articles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisRecordTest {
    private static final String TEXT = "Kenya imposed sanctions on Uganda. Its president is set to leave office in August.";

    @SuppressWarnings("unchecked")
    @Test
    void eventsCarryTheirPloverModeAndPeopleWhenTheyLeaveOffice() {
        ActorRef kenya = new ActorRef("a1", "Kenya", "KEN", null);
        ActorRef uganda = new ActorRef("a2", "Uganda", "UGA", null);
        Event sanctions = new Event("e1", kenya, uganda, "163", "COERCE", -8.0, "2025-05-07", Event.DateSource.PUBLISHED, null,
                TEXT, 0, 34, 0.8);
        Actor president = new Actor("a3", "Amani Otieno", "KEN", "GOV", "President", true, "2025-08");
        Map<String, Object> record = AnalysisRecord.toMap(new Analysis(Articles.narration(TEXT, "2025-05-07"), List.of(),
                List.of(president), List.of(), List.of(sanctions), 17, List.of()));

        Map<String, Object> event = ((List<Map<String, Object>>) record.get("events")).get(0);
        assertThat(event).containsEntry("plover", "COERCE").containsEntry("ploverMode", "restrict");
        Map<String, Object> actor = ((List<Map<String, Object>>) record.get("actors")).get(0);
        assertThat(actor).containsEntry("leaves", "2025-08").containsEntry("person", true);
    }
}

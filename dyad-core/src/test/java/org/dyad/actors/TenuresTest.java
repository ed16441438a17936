package org.dyad.actors;

import org.dyad.annotate.Annotator;
import org.dyad.model.Actor;
import org.dyad.model.Annotated;
import org.dyad.testing.Articles;
import org.dyad.time.TimeResolver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TenuresTest {

    private static List<Actor> actors(String text) {
        Annotated doc = Annotator.shared().annotate(Articles.narration(text, "2025-05-07"));
        return Tenures.withEnds(doc, ActorFinder.standard().find(doc), new TimeResolver().resolve(doc));
    }

    private static String leaves(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().leaves();
    }

    @Test
    void aRelativeClauseOrASubjectTellsWhenAPersonLeavesOffice() {
        List<Actor> actors = actors("Kenyan President William Ruto, who is set to leave office in August, met Ugandan officials. "
                + "Somali Prime Minister Hamza Barre will step down in October, his office said.");
        assertThat(leaves(actors, "William Ruto")).isEqualTo("2025-08");
        assertThat(leaves(actors, "Hamza Barre")).isEqualTo("2025-10");
    }

    @Test
    void withoutADateOrAnOfficeNothingEnds() {
        List<Actor> actors = actors("Kenyan President William Ruto left Nairobi in August. "
                + "Ugandan President Yoweri Museveni will step down, his party said.");
        assertThat(actors).filteredOn(Actor::person).extracting(Actor::leaves).containsOnlyNulls();
    }
}

package org.dyad.actors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KnownPeopleTest {
    // invented office holders: one person with two successive roles, one with an open-ended role
    private final KnownPeople known = new KnownPeople(List.of(
            new String[]{"Anna Berg", "Berg", "SWE", "GOV", "Prime Minister", "2010-03", "2014-09"},
            new String[]{"Anna Berg", "Berg", "SWE", "GOV", "Foreign Minister", "2016", "2019"},
            new String[]{"Tomas Lund", "Lund|T. Lund", "NOR", "GOV", "President", "2021-06", ""}));

    @Test
    void theRoleHeldOnTheDateWins() {
        assertThat(known.role("Berg", LocalDate.of(2012, 5, 1))).get().extracting(KnownPeople.Role::title).isEqualTo("Prime Minister");
        assertThat(known.role("Anna Berg", LocalDate.of(2017, 5, 1))).get().extracting(KnownPeople.Role::title).isEqualTo("Foreign Minister");
    }

    @Test
    void betweenRolesTheLastOneBeforeTheDateWins() {
        assertThat(known.role("Berg", LocalDate.of(2015, 6, 1))).get().extracting(KnownPeople.Role::title).isEqualTo("Prime Minister");
    }

    @Test
    void anOpenRoleIsHeldUntilToday() {
        assertThat(known.role("T. Lund", LocalDate.of(2026, 11, 1))).get().extracting(KnownPeople.Role::country).isEqualTo("NOR");
    }

    @Test
    void beforeAnyRoleTheFirstOneIsTaken() {
        assertThat(known.role("Lund", LocalDate.of(2001, 1, 1))).get().extracting(KnownPeople.Role::title).isEqualTo("President");
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(known.role("Lundqvist", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void aBareSurnameIsTheOneHolderOfThatNameInOfficeThatDay() {
        KnownPeople namesakes = new KnownPeople(List.of(
                new String[]{"Karl Holm", "", "DNK", "GOV", "President", "2001-01", "2009-01"},
                new String[]{"Erik Holm", "", "DNK", "LEG", "Senator", "2005-01", "2006-12"}));
        assertThat(namesakes.role("Holm", LocalDate.of(2008, 8, 1))).get().extracting(KnownPeople.Role::name).isEqualTo("Karl Holm");
        assertThat(namesakes.role("Holm", LocalDate.of(2006, 1, 1))).isEmpty(); // two Holms in office: no guess
        assertThat(namesakes.role("Holm", LocalDate.of(2012, 1, 1))).isEmpty();
    }
}

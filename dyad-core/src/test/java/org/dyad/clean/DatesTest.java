package org.dyad.clean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Written calendar dates in header and attribution lines. */
class DatesTest {

    private static String iso(String text) {
        return Dates.find(text).map(Dates.Found::iso).orElse("(none)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            August 9, 2023                                   | 2023-08-09
            Aug. 9, 2023                                     | 2023-08-09
            Aug 9 2023                                       | 2023-08-09
            Sept. 30, 2022                                   | 2022-09-30
            Oct 1st, 2021                                    | 2021-10-01
            9 August 2023                                    | 2023-08-09
            21st of June 2020                                | 2020-06-21
            Friday, 25 October 2019                          | 2019-10-25
            2023-09-18                                       | 2023-09-18
            2023-09-18T07:40                                 | 2023-09-18T07:40
            Posted 2023-09-18 07:40                          | 2023-09-18T07:40
            Updated 3:15 PM EST, Tue March 4, 2025           | 2025-03-04T15:15
            12:05 a.m. on Wednesday, January 1, 2025         | 2025-01-01T00:05
            12:30 p.m. December 24, 2024                     | 2024-12-24T12:30
            Published 12 May 2024, 18:40 GMT                 | 2024-05-12T18:40
            Published 12 May 2024 at 09.05                   | 2024-05-12T09:05
            """)
    void readsDatesAndNearbyClockTimes(String text, String expected) {
        assertThat(iso(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "last Tuesday", "in March 2024", "May 2024", "the 1990s", "February 30, 2026", "2024-13-01",
            "Version 2.10 was released", "Updated 2 hours ago", "Mayor 12, 2024", "", "13/13/2024", "v1.2.2024"})
    void findsNoDateWhereThereIsNoFullCalendarDate(String text) {
        assertThat(Dates.find(text)).isEmpty();
    }

    @Test
    void readsNumericDatesDayFirstOnlyWhenTheFirstNumberCannotBeAMonth() {
        assertThat(iso("03-02-2009")).isEqualTo("2009-03-02");
        assertThat(iso("25/12/2024")).isEqualTo("2024-12-25");
        assertThat(iso("Posted 7.4.2023")).isEqualTo("2023-07-04");
    }

    @Test
    void rejectsImpossibleClockTimesButKeepsTheDate() {
        assertThat(iso("Updated 13:15 p.m. March 4, 2025")).isEqualTo("2025-03-04");
        assertThat(iso("Updated 25:10, March 4, 2025")).isEqualTo("2025-03-04");
    }

    @Test
    void reportsWhereTheDateStandsInTheText() {
        String text = "Baltic Courier • Updated March 4, 2025";
        Dates.Found found = Dates.find(text).orElseThrow();

        assertThat(found.date()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(text.substring(found.start(), found.end())).isEqualTo("March 4, 2025");
    }

    @Test
    void takesTheFirstDateOfTheLine() {
        assertThat(iso("Published 2 May 2024, updated 3 May 2024")).isEqualTo("2024-05-02");
        assertThat(iso("Updated May 3, 2024 (first published 2024-05-02)")).isEqualTo("2024-05-03");
    }
}

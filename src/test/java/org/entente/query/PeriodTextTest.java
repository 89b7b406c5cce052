package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTextTest {
    private static final long DAY = 86_400_000L;

    private static long day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth).toEpochDay() * DAY;
    }

    @Test
    void aPeriodRunsFromTheStartOfItsFirstDateToTheEndOfItsLast() {
        assertEquals(new TimeWindow(day(2019, 1, 1), day(2021, 1, 1)), PeriodText.parse("Period A", "2019", "2020"));
        assertEquals(new TimeWindow(day(2019, 3, 15), day(2019, 4, 1)), PeriodText.parse("Period A", " 2019-03-15", "2019-03 "));
    }

    @Test
    void aPeriodIsTypedBackAsItsFirstAndLastDay() {
        TimeWindow period = new TimeWindow(day(2019, 1, 1), day(2020, 1, 1));
        assertArrayEquals(new String[] {"2019-01-01", "2019-12-31"}, PeriodText.of(period));
        assertEquals(period, PeriodText.parse("Period A", PeriodText.of(period)[0], PeriodText.of(period)[1]));
    }

    @Test
    void whatCannotBeAPeriodIsRefusedInPlainWords() {
        assertEquals("Period B ends before it starts.",
                assertThrows(IllegalArgumentException.class, () -> PeriodText.parse("Period B", "2020", "2019")).getMessage());
        assertEquals("Period A needs a date to end.",
                assertThrows(IllegalArgumentException.class, () -> PeriodText.parse("Period A", "2020", " ")).getMessage());
        assertEquals("Period A: \u201Cspring\u201D is not a date. Write a year, a month or a day, as 2019, 2019-03 or 2019-03-15.",
                assertThrows(IllegalArgumentException.class, () -> PeriodText.parse("Period A", "spring", "2020")).getMessage());
    }
}

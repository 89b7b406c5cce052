package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The direct path for plain dates must give exactly what the full parser gives, or step aside. */
class PlainDatesTest {

    private static String plain(Random random) {
        LocalDate day = LocalDate.of(random.nextInt(9999) + 1, 1, 1).plusDays(random.nextInt(366));
        String date = String.format("%04d-%02d-%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth());
        String time = String.format("T%02d:%02d", random.nextInt(26), random.nextInt(62));
        return switch (random.nextInt(6)) {
            case 0 -> String.format("%04d", day.getYear());
            case 1 -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
            case 2 -> date + time;
            case 3 -> date + time + String.format(":%02d", random.nextInt(62)) + (random.nextBoolean() ? "Z" : "");
            case 4 -> date + time + "Z";
            default -> date;
        };
    }

    @Test
    void plainDatesAndIntervalsResolveExactlyAsTheFullParserDoes() throws EdtfException {
        Random random = new Random(42);
        int timedByTheDirectPath = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = random.nextBoolean() ? plain(random) : plain(random) + "/" + plain(random);
            When fast = PlainDates.parse(text);
            When full;
            try {
                full = Edtf.parseFully(text);
            } catch (EdtfException e) {
                assertNull(fast, text + " is left to the full parser, which rejects it");
                continue;
            }
            if (fast != null) {
                assertEquals(full, fast, text);
                timedByTheDirectPath += text.contains("T") ? 1 : 0;
            }
        }
        assertTrue(timedByTheDirectPath > 3_000, "times take the direct path: " + timedByTheDirectPath);
    }

    @Test
    void everythingElseIsLeftToTheFullParser() {
        for (String text : new String[] {"2025-02-30", "2025-13", "2025-10-11/2025-10-09", "2019?", "197X",
                "-0500", "2011/..", "2025-09-03T10:00+09:00", "2025-09-03T10:00:00.5", "Y170000002", "2025-9-1",
                "20250903", "2025-21", "2025-09-03T24:00", "2025-09-03 10:00"}) {
            assertNull(PlainDates.parse(text), text);
        }
    }

    @Test
    void civilDaysMatchTheJavaCalendar() {
        for (int y : new int[] {-4713, -1, 0, 1, 1582, 1900, 1970, 2000, 2024, 9999}) {
            for (int m = 1; m <= 12; m++) {
                assertEquals(LocalDate.of(y, m, 1).toEpochDay(), PlainDates.daysFromCivil(y, m, 1), y + "-" + m);
            }
        }
    }
}

package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random valid dates, each built around a known instant that its span must contain. */
class EdtfPropertyTest {
    private static final String QUALIFIERS = "?~%";

    private record Sample(String text, long instant) {
    }

    @Test
    void randomValidDatesParseToASpanContainingTheirInstant() throws EdtfException {
        Random random = new Random(20_250_903L);
        for (int i = 0; i < 10_000; i++) {
            Sample sample = switch (random.nextInt(10)) {
                case 0 -> longYear(random);
                case 1 -> season(random);
                case 2, 3 -> time(random);
                default -> date(random);
            };
            EdtfDate d = assertDoesNotThrow(() -> Edtf.parseDate(sample.text()), sample.text());
            assertTrue(d.start() < d.end(), sample.text());
            assertTrue(d.start() <= sample.instant() && sample.instant() < d.end(),
                    sample.text() + " should contain " + sample.instant() + " but is [" + d.start() + ", "
                            + d.end() + ")");
            assertEquals(sample.text(), Edtf.parse(sample.text()).text());
        }
    }

    private static Sample longYear(Random random) {
        int magnitude = 10_000 + random.nextInt(200_000_000 - 10_000 + 1);
        int year = random.nextBoolean() ? -magnitude : magnitude;
        return new Sample("Y" + year, epochMillis(LocalDate.of(year, 1, 1)));
    }

    private static Sample season(Random random) {
        int year = randomYear(random);
        int code = 21 + random.nextInt(21);
        return new Sample(yearText(year) + "-" + code, fifteenthOfFirstMonth(year, code));
    }

    private static long fifteenthOfFirstMonth(int year, int code) {
        int[] firstMonth = {3, 6, 9, 12, 3, 6, 9, 12, 9, 12, 3, 6, 1, 4, 7, 10, 1, 5, 9, 1, 7};
        return epochMillis(LocalDate.of(year, firstMonth[code - 21], 15));
    }

    private static Sample time(Random random) {
        LocalDate day = randomDay(random);
        LocalDateTime local = day.atTime(random.nextInt(24), random.nextInt(60));
        // For years within ±9999 LocalDate prints the EDTF form, e.g. -0500-03-04.
        String text = day + "T" + String.format("%02d:%02d", local.getHour(), local.getMinute());
        if (random.nextBoolean()) {
            local = local.withSecond(random.nextInt(60));
            text += String.format(":%02d", local.getSecond());
            if (random.nextBoolean()) {
                int millis = random.nextInt(1000);
                local = local.withNano(millis * 1_000_000);
                text += String.format(".%03d", millis);
            }
        }
        int offsetMinutes = 0;
        switch (random.nextInt(3)) {
            case 0 -> text += "Z";
            case 1 -> {
                offsetMinutes = (random.nextInt(113) - 56) * 15;
                int abs = Math.abs(offsetMinutes);
                text += String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+", abs / 60, abs % 60);
            }
            default -> { }
        }
        long instant = local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toEpochMilli();
        return new Sample(text, instant);
    }

    private static Sample date(Random random) {
        LocalDate day = randomDay(random);
        int components = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        text.append(qualifier(random)).append(hide(yearText(day.getYear()), 1, random)).append(qualifier(random));
        if (components >= 2) {
            text.append('-').append(qualifier(random)).append(hide(two(day.getMonthValue()), 0, random))
                    .append(qualifier(random));
        }
        if (components == 3) {
            text.append('-').append(qualifier(random)).append(hide(two(day.getDayOfMonth()), 0, random))
                    .append(qualifier(random));
        }
        return new Sample(text.toString(), epochMillis(day));
    }

    /** Replaces some digits (never those before {@code keep}) with X. */
    private static String hide(String digits, int keep, Random random) {
        StringBuilder out = new StringBuilder(digits);
        int first = digits.startsWith("-") ? keep + 1 : keep;
        for (int i = first; i < out.length(); i++) {
            if (random.nextInt(8) == 0) {
                out.setCharAt(i, 'X');
            }
        }
        return out.toString();
    }

    private static String qualifier(Random random) {
        return random.nextInt(10) == 0 ? String.valueOf(QUALIFIERS.charAt(random.nextInt(3))) : "";
    }

    private static LocalDate randomDay(Random random) {
        LocalDate start = LocalDate.of(randomYear(random), 1, 1);
        return start.plusDays(random.nextInt(start.lengthOfYear()));
    }

    private static int randomYear(Random random) {
        return random.nextInt(19_999) - 9_999;
    }

    private static String yearText(int year) {
        return (year < 0 ? "-" : "") + String.format("%04d", Math.abs(year));
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }

    private static long epochMillis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}

package org.entente.time;

import java.util.Objects;

/**
 * Parses EDTF (ISO 8601-2 Extended Date/Time Format) levels 0–2: dates, intervals, qualifiers, unspecified
 * digits, long years, seasons and sets. Years are astronomical (0000 = 1 BCE) within ±200,000,000.
 */
public final class Edtf {
    private static final String OPEN = "..";

    private Edtf() {
    }

    /** A date or an interval. */
    public static When parse(String text) throws EdtfException {
        When plain = text == null ? null : PlainDates.parse(text);
        return plain != null ? plain : parseFully(text);
    }

    /** Every form, without the direct path for plain dates; tests compare the two. */
    static When parseFully(String text) throws EdtfException {
        requireText(text);
        int slash = text.indexOf('/');
        if (SetParser.isSet(text) || slash < 0) {
            if (text.equals(OPEN)) {
                throw new EdtfException("an interval needs at least one date: '..' alone is not a date", 0);
            }
            EdtfDate date = single(text);
            return new When(text, date, date, false, false, false);
        }
        int second = text.indexOf('/', slash + 1);
        if (second >= 0) {
            throw new EdtfException("an interval has exactly one '/' (start/end) but a second '/' was found", second);
        }
        EdtfDate from = endpoint(text, 0, slash);
        EdtfDate to = endpoint(text, slash + 1, text.length());
        if (from == null && to == null) {
            throw new EdtfException("an interval needs at least one date, e.g. 2011/.. or ../2019", 0);
        }
        if (from != null && to != null) {
            checkOrder("interval", from, to, slash + 1);
        }
        return new When(text, from, to, true,
                text.substring(0, slash).equals(OPEN), text.substring(slash + 1).equals(OPEN));
    }

    /** A single date (or set); an interval is an error. */
    public static EdtfDate parseDate(String text) throws EdtfException {
        requireText(text);
        int slash = text.indexOf('/');
        if (slash >= 0 && !SetParser.isSet(text)) {
            throw new EdtfException("expected a single date, not an interval ('/' found)", slash);
        }
        if (text.equals(OPEN)) {
            throw new EdtfException("expected a single date, not an open interval end ('..')", 0);
        }
        return single(text);
    }

    static void checkOrder(String what, EdtfDate from, EdtfDate to, int offset) throws EdtfException {
        if (to.end() <= from.start()) {
            throw new EdtfException(what + " ends (" + to.text() + ") before it starts (" + from.text() + ")", offset);
        }
    }

    private static void requireText(String text) throws EdtfException {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new EdtfException("empty text: expected an EDTF date such as 2025-09-03"
                    + " or an interval such as 2025-10-09/2025-10-11", 0);
        }
    }

    private static EdtfDate single(String text) throws EdtfException {
        return SetParser.isSet(text) ? SetParser.parse(text) : DateParser.parse(text, 0, text.length());
    }

    /** Null for an open ("..") or unknown (empty) end. */
    private static EdtfDate endpoint(String text, int from, int to) throws EdtfException {
        String written = text.substring(from, to);
        if (written.isEmpty() || written.equals(OPEN)) {
            return null;
        }
        if (SetParser.isSet(written)) {
            throw new EdtfException("a set cannot be part of an interval", from);
        }
        return DateParser.parse(text, from, to);
    }
}

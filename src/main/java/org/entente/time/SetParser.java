package org.entente.time;

/**
 * Reads a set: "[a, b, c..d]" means one of the members, "{a, b}" all of them. Either way the result
 * spans from the earliest member start to the latest member end; a one-of set is uncertain.
 */
final class SetParser {

    private SetParser() {
    }

    static boolean isSet(String text) {
        return text.startsWith("[") || text.startsWith("{");
    }

    static EdtfDate parse(String text) throws EdtfException {
        boolean oneOf = text.charAt(0) == '[';
        char close = oneOf ? ']' : '}';
        int closeAt = text.indexOf(close);
        if (closeAt < 0) {
            throw new EdtfException("a set opened with '" + text.charAt(0) + "' must end with '" + close + "'",
                    text.length());
        }
        if (closeAt != text.length() - 1) {
            throw new EdtfException("unexpected '" + text.charAt(closeAt + 1)
                    + "' after the set: a set must be the whole text and cannot be part of an interval", closeAt + 1);
        }
        EdtfDate all = null;
        int memberStart = 1;
        while (memberStart <= closeAt) {
            int comma = text.indexOf(',', memberStart);
            int memberEnd = comma < 0 || comma > closeAt ? closeAt : comma;
            all = merge(all, member(text, memberStart, memberEnd));
            memberStart = memberEnd + 1;
        }
        return new EdtfDate(text, all.start(), all.end(), all.precision(), oneOf || all.uncertain(),
                all.approximate(), all.unspecified());
    }

    private static EdtfDate member(String text, int from, int to) throws EdtfException {
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            throw new EdtfException("empty set member: expected a date such as 1667 or a range such as 1670..1672",
                    from);
        }
        int dots = rangeDots(text, from, to);
        if (dots < 0) {
            return DateParser.parse(text, from, to);
        }
        if (dots == from) {
            throw new EdtfException("'" + text.substring(from, to) + "' is unbounded: a set member cannot have an open"
                    + " start, so the set would have no earliest date", from);
        }
        if (dots + 2 == to) {
            throw new EdtfException("'" + text.substring(from, to) + "' is unbounded: a set member cannot have an open"
                    + " end, so the set would have no latest date", dots);
        }
        EdtfDate first = DateParser.parse(text, from, dots);
        EdtfDate last = DateParser.parse(text, dots + 2, to);
        Edtf.checkOrder("range", first, last, dots + 2);
        return merge(first, last);
    }

    /** Where ".." stands within the member, or -1: looking no further than the member keeps a set linear. */
    private static int rangeDots(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == '.') {
                return i;
            }
        }
        return -1;
    }

    private static EdtfDate merge(EdtfDate a, EdtfDate b) {
        if (a == null) {
            return b;
        }
        Precision coarser = a.precision().compareTo(b.precision()) <= 0 ? a.precision() : b.precision();
        return new EdtfDate(a.text(), Math.min(a.start(), b.start()), Math.max(a.end(), b.end()), coarser,
                a.uncertain() || b.uncertain(), a.approximate() || b.approximate(),
                a.unspecified() || b.unspecified());
    }
}

package org.entente.store;

import java.util.Arrays;

/**
 * What the store's queries say differently on each engine they run on, as templates whose {@code %s} is a
 * column or an expression of the query (never a value: values stay parameters). Everything else in the
 * queries is SQL that DuckDB and Trino read alike (CAST rather than {@code ::}, ARRAY[...], CROSS JOIN
 * UNNEST, GROUP BY ordinals, OFFSET before LIMIT), so that one text serves both and only these pieces vary.
 *
 * @param length the number of elements of a list
 * @param distinct a list without repeated elements
 * @param contains whether a list holds the value given as the next parameter
 * @param overlaps whether two lists of numbers share an element
 * @param integerList the type of a list of integers, for a CAST
 * @param bitAnd the bits two integers share
 * @param foldedMatches whether a text, folded to lower case without accents, matches the pattern given as the
 *     next parameter
 * @param utf8 a text as its UTF-8 bytes, read by {@link RowReader#text}: DuckDB's driver decodes a text column
 *     through a charset decoder a character at a time, while a byte column comes as an array that a String is
 *     made of at once; a day of a hundred million events (11,716) carries some 5 MB of titles, summaries,
 *     details and quotes
 * @param actorPairs around a subquery of rows with {@code tone}, {@code weak} and a list {@code l} of distinct
 *     actors: the rows of each pair of those actors, {@code x < y}, with the row's tone and weak flag
 * @param countries around the FROM clause and conditions of a window's events: a subquery of a row per
 *     country {@code c} of each event, with the event's {@code tone}
 */
record SqlDialect(String length, String distinct, String contains, String overlaps, String integerList,
                  String bitAnd, String foldedMatches, String utf8, String element, Around actorPairs, Around countries) {

    /**
     * DuckDB's list functions, pairs built by a list comprehension and lists unnested in the select list:
     * it runs both several times faster than a join to an unnest (or a lateral subquery), which it plans as
     * a join back to every row.
     */
    static final SqlDialect DUCKDB = new SqlDialect("len(%s)", "list_distinct(%s)", "list_contains(%s, ?)",
            "list_has_any(%s, %s)", "INTEGER[]", "(%s & %s)", "regexp_matches(strip_accents(lower(%s)), ?)", "encode(%s)", "%s[%d]",
            new Around("(SELECT tone, weak, p[1] AS x, p[2] AS y FROM (SELECT tone, weak,"
                    + " " + StoreBuild.PAIRS + " FROM (", ")))"),
            new Around("(SELECT tone, unnest(countries) AS c", ") AS u"));

    /**
     * Trino's array functions and {@code bitwise_and}; accents stripped by decomposing and dropping the
     * marks, since Trino has no strip_accents; pairs as two unnests of the same list joined on x < y.
     */
    static final SqlDialect TRINO = new SqlDialect("cardinality(%s)", "array_distinct(%s)", "contains(%s, ?)",
            "arrays_overlap(%s, %s)", "ARRAY(INTEGER)", "bitwise_and(%s, %s)",
            "regexp_like(regexp_replace(normalize(lower(%s), NFD), '\\p{Mn}', ''), ?)", "to_utf8(%s)", "element_at(%s, %d)",
            new Around("(SELECT tone, weak, x, y FROM (",
                    ") AS w CROSS JOIN UNNEST(w.l) AS a(x) CROSS JOIN UNNEST(w.l) AS b(y) WHERE x < y)"),
            new Around("(SELECT countries, tone", ") AS w CROSS JOIN UNNEST(w.countries) AS u(c)"));

    String length(String list) {
        return length.formatted(list);
    }

    /** The list's {@code index}th element, counted from 1, or NULL when the list is shorter. */
    String element(String list, int index) {
        return element.formatted(list, index);
    }

    String distinct(String list) {
        return distinct.formatted(list);
    }

    String contains(String list) {
        return contains.formatted(list);
    }

    String overlaps(String list, String other) {
        return overlaps.formatted(list, other);
    }

    String bitAnd(String a, String b) {
        return bitAnd.formatted(a, b);
    }

    String foldedMatches(String text) {
        return foldedMatches.formatted(text);
    }

    /** The columns, each of text as its UTF-8 bytes (see {@code utf8}), separated by commas. */
    String utf8(String... columns) {
        return String.join(", ", Arrays.stream(columns).map(utf8::formatted).toList());
    }

    /** Text to put before and after an inner part of a statement. */
    record Around(String before, String after) {
    }
}

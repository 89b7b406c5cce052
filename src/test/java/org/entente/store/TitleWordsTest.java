package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The words of a title worked out in Java are those the build's SQL finds, or the title is left to it. */
class TitleWordsTest {
    private static final String SQL_WORDS = """
            SELECT list_sort(list_distinct(list_filter(regexp_split_to_array(strip_accents(lower(?)),
                '[^\\p{L}\\p{N}]+'), x -> x <> '')))""";

    @Test
    void readsTitlesOfAsciiWordsAndSeparatorsAsTheBuildDoes() throws SQLException {
        List<String> titles = new ArrayList<>(List.of("", " ", "—", "Australia — Make statement",
                "UNITED STATES — Engage in negotiation — CHINA", "a a A b a", "x_y z-z 3.5% 42 42",
                "Kim Jong Un – Xi Jinping “talks” (2025) ™ € © ½? no: ½ is a number", "tab\there\nline\u0000nul",
                "\u00a0nbsp\u2003em\u200bzero width\u2028end", "privé\ue000use", "ab😀cd 😀 ab", "trailing — "));
        titles.removeIf(title -> TitleWords.of(title) == null);
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement statement = connection.prepareStatement(SQL_WORDS)) {
            for (String title : titles) {
                statement.setString(1, title);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    Object[] words = (Object[]) rows.getArray(1).getArray();
                    String ours = TitleWords.of(title);
                    assertEquals(List.of(Arrays.copyOf(words, words.length, String[].class)),
                            new ArrayList<>(new TreeSet<>(ours.isEmpty() ? List.of() : List.of(ours.split(" ")))), title);
                    assertEquals(new TreeSet<>(List.of(ours.split(" "))).size(), ours.isEmpty() ? 1 : ours.split(" ").length,
                            "each word once: " + ours);
                }
            }
        }
        assertEquals(11, titles.size(), "the titles read in Java: " + titles);
    }

    @Test
    void keepsEachWordOnceInTheOrderFirstMet() {
        assertEquals("b a c", TitleWords.of("B a b, A; c a"));
        assertEquals("", TitleWords.of(" — "));
        assertEquals("ab cd", TitleWords.of("ab😀cd"));
    }

    @Test
    void leavesLettersNumbersAndMarksOutsideAsciiToTheBuild() {
        assertNull(TitleWords.of("Café"));
        assertNull(TitleWords.of("cafe\u0301"));
        assertNull(TitleWords.of("x ½"));
        assertNull(TitleWords.of("Ω"));
        assertNull(TitleWords.of("lone \ud800 surrogate"));
        assertNull(TitleWords.of("unassigned \u0378"));
    }
}

package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The texts an open store's rows number, by family: the reading side of {@link StoreNames}. */
record StoreLexicon(StoreTexts actors, StoreTexts kinds, StoreTexts roles, StoreTexts tags, StoreTexts countries) {

    static StoreLexicon read(Connection connection) throws SQLException {
        StoreLexicon lexicon = new StoreLexicon(new StoreTexts(), new StoreTexts(), new StoreTexts(), new StoreTexts(),
                new StoreTexts());
        try (PreparedStatement statement = connection.prepareStatement("SELECT family, number, text FROM names");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                StoreTexts family = switch (rows.getString(1)) {
                    case "actor" -> lexicon.actors;
                    case "kind" -> lexicon.kinds;
                    case "role" -> lexicon.roles;
                    case "tag" -> lexicon.tags;
                    case "country" -> lexicon.countries;
                    default -> throw new SQLException("unknown family of names: " + rows.getString(1));
                };
                family.add(rows.getInt(2), rows.getString(3));
            }
        }
        return lexicon;
    }
}

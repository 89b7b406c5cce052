package org.entente.convert;

import org.entente.model.ActorKind;

/**
 * An actor as one row's block of actor columns gives it. {@code key} is its identity: rows with the same
 * key name the same actor, whatever the spelling of its name ({@code idBase} is what its id is made from).
 * {@code label} is how it reads, {@code fullLabel} the same with every role its code gives, for when two
 * actors would read alike. {@code rawName} is the name as GDELT wrote it, kept as an alias where the label differs; {@code iso} is
 * its country's ISO alpha-3 code, null when GDELT gave none or a region; {@code cameoCountry} the country
 * code as GDELT wrote it.
 */
record GdeltActor(String key, String idBase, String label, String fullLabel, String rawName, ActorKind kind,
                  String iso, String code, String cameoCountry) {
}

package org.entente.store;

/** The dataset's own fields as a store keeps them; {@code extras} is {@link RecordJson}'s text, or null. */
record StoreHeader(String title, String description, String extras, long relationCitations) {
}

package org.entente.model;

/** An actor taking part in an event; {@code role} is null when the dataset does not say. */
public record Participant(String actor, String role) {
}

package org.entente.model;

/** Where an event took place; {@code lat} and {@code lon} are NaN when unknown. */
public record Location(String name, String country, double lat, double lon) {
}

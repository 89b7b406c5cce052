package org.entente.generate;

/** A real capital city, where generated events take place. */
record Capital(String name, String country, double lat, double lon) {
}

package org.entente.map;

/** A country's name and count, at its anchor (projected x, y), {@code below} pixels under it to clear its mark. */
record MapLabel(double x, double y, double below, String text) {
}

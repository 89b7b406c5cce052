package org.entente.workspace;

/** Where a view of a plane looks: the point at the canvas's centre, in the view's own units, and its scale. */
public record Viewport(double centerX, double centerY, double scale) {
}

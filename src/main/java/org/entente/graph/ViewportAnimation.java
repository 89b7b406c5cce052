package org.entente.graph;

/** The viewport on show, and its eased glide to a new one (300 ms, ease-out), which any direct change interrupts. */
final class ViewportAnimation {
    private static final double DURATION_NANOS = 300e6;

    private GraphViewport current = GraphViewport.DEFAULT;
    private GraphViewport from;
    private GraphViewport to;
    private long start;

    GraphViewport current() {
        return current;
    }

    /** Jumps there at once, ending any glide. */
    void set(GraphViewport viewport) {
        current = viewport;
        to = null;
    }

    void glideTo(GraphViewport target, long now) {
        from = current;
        to = target;
        start = now;
    }

    /** Moves the glide on to {@code now}; true while it runs. */
    boolean step(long now) {
        if (to == null) {
            return false;
        }
        double t = Math.min(1, (now - start) / DURATION_NANOS);
        current = from.toward(to, 1 - Math.pow(1 - t, 3));
        if (t >= 1) {
            set(to);
        }
        return true;
    }

    /** Ends a glide where it was going. */
    void finish() {
        if (to != null) {
            set(to);
        }
    }
}

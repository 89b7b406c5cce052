package org.entente.timeline;

/**
 * Maps instants in [start, end) onto pixels [0, width). Doubles carry the arithmetic, so that a window
 * of 10,000 years and a window of one minute map without overflow.
 */
public record TimeScale(long start, long end, double width) {

    public TimeScale {
        if (end <= start || !(width > 0)) {
            throw new IllegalArgumentException("empty scale: [" + start + ", " + end + ") over " + width + " px");
        }
    }

    public double millisPerPixel() {
        return ((double) end - (double) start) / width;
    }

    public double x(long t) {
        return ((double) t - (double) start) / millisPerPixel();
    }

    /** The instant at pixel x, clamped to what a long can hold. */
    public long time(double x) {
        double t = start + x * millisPerPixel();
        if (t >= Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return t <= Long.MIN_VALUE ? Long.MIN_VALUE : Math.round(t);
    }
}

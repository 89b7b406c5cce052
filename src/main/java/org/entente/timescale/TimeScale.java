package org.entente.timescale;

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
        return offset(end, start) / width;
    }

    /**
     * The x of an instant. The offset from the start is taken in exact long arithmetic where it fits, so
     * that a one-minute window 200 million years ago does not jitter from rounding large doubles.
     */
    public double x(long t) {
        return offset(t, start) / millisPerPixel();
    }

    /** The instant at pixel x, exact where a long can hold it and clamped where it cannot. */
    public long time(double x) {
        double delta = x * millisPerPixel();
        if (Math.abs(delta) < 0x1p62) {
            long step = Math.round(delta);
            long t = start + step;
            boolean overflowed = ((start ^ t) & (step ^ t)) < 0;
            return overflowed ? (step > 0 ? Long.MAX_VALUE : Long.MIN_VALUE) : t;
        }
        double t = (double) start + delta;
        return t >= Long.MAX_VALUE ? Long.MAX_VALUE : t <= Long.MIN_VALUE ? Long.MIN_VALUE : Math.round(t);
    }

    private static double offset(long t, long from) {
        long delta = t - from;
        boolean overflowed = ((t ^ from) & (t ^ delta)) < 0;
        return overflowed ? (double) t - (double) from : (double) delta;
    }
}

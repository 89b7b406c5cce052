package org.entente.places;

import java.util.Arrays;

/**
 * What sets of events add up to, one set per slot, in parallel arrays that grow: how many events, how
 * many in each strata group, the sum and count of their tones, the sum of their event positions and,
 * where every event has a point, the sums of their coordinates.
 *
 * <p>Sums are kept in fixed point, in longs, so that adding and taking away events in any order gives to
 * the last bit what adding the same events afresh gives: the window's totals never drift as it scrubs back
 * and forth, a slot that empties holds exactly zero, and a slot's sum of positions names its event when it
 * holds one. Coordinates keep 2^-32 of a unit (under a millimetre on the ground), tones 2^-20.
 */
final class Tallies {
    private static final double POINT_SCALE = 0x1p32;
    private static final double TONE_SCALE = 0x1p20;

    private final EventPlaces places;
    private final byte[] groupOf;
    private final int groups;
    private final boolean points;
    private int[] count;
    private int[] byGroup;
    private long[] toneSum;
    private int[] toned;
    private long[] eventSum;
    private long[] xSum;
    private long[] ySum;

    /**
     * @param groupOf the strata group of each event
     * @param points  whether to sum coordinates: every event tallied must then have a point
     */
    Tallies(EventPlaces places, byte[] groupOf, int groups, boolean points, int slots) {
        this.places = places;
        this.groupOf = groupOf;
        this.groups = groups;
        this.points = points;
        int capacity = Math.max(1, slots);
        count = new int[capacity];
        byGroup = new int[capacity * groups];
        toneSum = new long[capacity];
        toned = new int[capacity];
        eventSum = new long[capacity];
        xSum = new long[points ? capacity : 0];
        ySum = new long[points ? capacity : 0];
    }

    /** Room for slots up to {@code slots - 1}. */
    void ensure(int slots) {
        if (slots <= count.length) {
            return;
        }
        int capacity = Math.max(slots, count.length * 2);
        count = Arrays.copyOf(count, capacity);
        byGroup = Arrays.copyOf(byGroup, capacity * groups);
        toneSum = Arrays.copyOf(toneSum, capacity);
        toned = Arrays.copyOf(toned, capacity);
        eventSum = Arrays.copyOf(eventSum, capacity);
        if (points) {
            xSum = Arrays.copyOf(xSum, capacity);
            ySum = Arrays.copyOf(ySum, capacity);
        }
    }

    /** Adds the event to the slot's set (sign +1) or takes it away (-1). */
    void add(int slot, int event, int sign) {
        count[slot] += sign;
        byGroup[slot * groups + groupOf[event]] += sign;
        double tone = places.tone(event);
        if (!Double.isNaN(tone)) {
            toneSum[slot] += sign * Math.round(tone * TONE_SCALE);
            toned[slot] += sign;
        }
        eventSum[slot] += (long) sign * event;
        if (points) {
            xSum[slot] += sign * Math.round(places.x(event) * POINT_SCALE);
            ySum[slot] += sign * Math.round(places.y(event) * POINT_SCALE);
        }
    }

    /** Empties every slot. */
    void clear() {
        Arrays.fill(count, 0);
        Arrays.fill(byGroup, 0);
        Arrays.fill(toneSum, 0);
        Arrays.fill(toned, 0);
        Arrays.fill(eventSum, 0);
        Arrays.fill(xSum, 0);
        Arrays.fill(ySum, 0);
    }

    int count(int slot) {
        return count[slot];
    }

    int inGroup(int slot, int group) {
        return byGroup[slot * groups + group];
    }

    /** The slot's counts by group, in a new array. */
    int[] byGroup(int slot) {
        return Arrays.copyOfRange(byGroup, slot * groups, (slot + 1) * groups);
    }

    /** The group most of the slot's events are in; the first such group on a tie. */
    int dominantGroup(int slot) {
        int best = 0;
        for (int g = 1; g < groups; g++) {
            if (byGroup[slot * groups + g] > byGroup[slot * groups + best]) {
                best = g;
            }
        }
        return best;
    }

    /** The mean tone of the slot's toned events, or NaN when none has a tone. */
    double meanTone(int slot) {
        return toned[slot] == 0 ? Double.NaN : toneSum[slot] / TONE_SCALE / toned[slot];
    }

    /** How many of the slot's events have a tone. */
    int toned(int slot) {
        return toned[slot];
    }

    /** The slot's event when it holds exactly one, else -1. */
    int single(int slot) {
        return count[slot] == 1 ? (int) eventSum[slot] : -1;
    }

    /** The mean x of the slot's points; where it holds one event, that event's own x. */
    double centroidX(int slot) {
        int single = single(slot);
        return single >= 0 ? places.x(single) : xSum[slot] / POINT_SCALE / count[slot];
    }

    double centroidY(int slot) {
        int single = single(slot);
        return single >= 0 ? places.y(single) : ySum[slot] / POINT_SCALE / count[slot];
    }
}

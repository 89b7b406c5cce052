package org.entente.convert;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * One event as the GDELT rows with its key have described it so far. Rows merge into it as they are read;
 * it can be written to and read back from a spill file, so that events need not all stay in memory. Where
 * rows disagree on a single value (the place, the Goldstein score), the first row read keeps its value;
 * counts add up, and every distinct source is kept.
 */
final class PendingEvent {
    final EventKey key;
    final String baseCode;
    final String rootCode;
    String quadClass;
    double goldstein;
    String placeName;
    String placeCountry;
    double lat;
    double lon;
    long globalEventId;
    String dateAdded;
    long rows;
    long mentions;
    long sourceCount;
    long articles;
    /**
     * The sum of AvgTone times weight, in millionths: whole numbers add up the same in any order, so merging
     * spilled runs gives exactly the average that merging in memory gives.
     */
    long weightedToneMicros;
    long toneWeight;
    long[] sources;

    PendingEvent(EventKey key, String baseCode, String rootCode) {
        this.key = key;
        this.baseCode = baseCode;
        this.rootCode = rootCode;
        this.quadClass = "";
        this.goldstein = Double.NaN;
        this.placeName = "";
        this.placeCountry = "";
        this.lat = Double.NaN;
        this.lon = Double.NaN;
        this.dateAdded = "";
        this.rows = 1;
        this.sources = new long[0];
    }

    /** Takes in a later row's event with the same key. */
    PendingEvent absorb(PendingEvent later) {
        if (quadClass.isEmpty()) {
            quadClass = later.quadClass;
        }
        if (Double.isNaN(goldstein)) {
            goldstein = later.goldstein;
        }
        if (placeName.isEmpty()) {
            placeName = later.placeName;
            placeCountry = later.placeCountry;
            lat = later.lat;
            lon = later.lon;
        }
        globalEventId = Math.min(globalEventId, later.globalEventId);
        if (dateAdded.isEmpty() || (!later.dateAdded.isEmpty() && later.dateAdded.compareTo(dateAdded) < 0)) {
            dateAdded = later.dateAdded;
        }
        rows += later.rows;
        mentions += later.mentions;
        sourceCount += later.sourceCount;
        articles += later.articles;
        weightedToneMicros += later.weightedToneMicros;
        toneWeight += later.toneWeight;
        for (long source : later.sources) {
            addSource(source);
        }
        return this;
    }

    void addSource(long source) {
        for (long known : sources) {
            if (known == source) {
                return;
            }
        }
        sources = Arrays.copyOf(sources, sources.length + 1);
        sources[sources.length - 1] = source;
    }

    /** The mention-weighted mean of the rows' AvgTone, NaN when no row gave one. */
    double averageTone() {
        return toneWeight == 0 ? Double.NaN : weightedToneMicros / 1e6 / toneWeight;
    }

    /** Writes the event to a run; place names, which hardly repeat, are written whole. */
    void writeTo(DataOutput out, RunStrings.Out strings) throws IOException {
        strings.write(out, key.day());
        strings.write(out, key.actor1());
        strings.write(out, key.actor2());
        strings.write(out, key.eventCode());
        strings.write(out, baseCode);
        strings.write(out, rootCode);
        strings.write(out, quadClass);
        out.writeDouble(goldstein);
        out.writeUTF(placeName);
        strings.write(out, placeCountry);
        out.writeDouble(lat);
        out.writeDouble(lon);
        out.writeLong(globalEventId);
        strings.write(out, dateAdded);
        out.writeLong(rows);
        out.writeLong(mentions);
        out.writeLong(sourceCount);
        out.writeLong(articles);
        out.writeLong(weightedToneMicros);
        out.writeLong(toneWeight);
        out.writeInt(sources.length);
        for (long source : sources) {
            out.writeLong(source);
        }
    }

    static PendingEvent readFrom(DataInput in, RunStrings.In strings) throws IOException {
        EventKey key = new EventKey(strings.read(in), strings.read(in), strings.read(in), strings.read(in));
        PendingEvent e = new PendingEvent(key, strings.read(in), strings.read(in));
        e.quadClass = strings.read(in);
        e.goldstein = in.readDouble();
        e.placeName = in.readUTF();
        e.placeCountry = strings.read(in);
        e.lat = in.readDouble();
        e.lon = in.readDouble();
        e.globalEventId = in.readLong();
        e.dateAdded = strings.read(in);
        e.rows = in.readLong();
        e.mentions = in.readLong();
        e.sourceCount = in.readLong();
        e.articles = in.readLong();
        e.weightedToneMicros = in.readLong();
        e.toneWeight = in.readLong();
        e.sources = new long[in.readInt()];
        for (int i = 0; i < e.sources.length; i++) {
            e.sources[i] = in.readLong();
        }
        return e;
    }
}

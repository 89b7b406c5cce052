package org.entente.io;

/**
 * What a read may remember besides the records it gives its sink. A load into memory keeps every record,
 * so sharing values costs it no more than the records hold anyway, and its pools need no bound. A stream
 * keeps no record, so its pools are bounded caches and its references to records further down the file
 * (each remembered, with where it was, until the end) are capped, or a file listing its hundred million
 * events before their actors would fill the heap with them.
 *
 * @param pooledValues      distinct values a pool of shared values holds before it starts again
 * @param pendingReferences references to records not read yet that may wait for the end of the file
 */
record ReadLimits(int pooledValues, int pendingReferences) {
    static final ReadLimits WHOLE = new ReadLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);
    /** A few tens of megabytes of pooled values; a million references, some 200 MB. */
    static final ReadLimits STREAM = new ReadLimits(1 << 18, 1 << 20);
}

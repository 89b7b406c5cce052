package org.entente.timeline;

/**
 * What a frame draws of a store, beside the records held: the store's latest counts of the window and of
 * the overview (either null until the first answer), whether the records held cover the window (else the
 * window is drawn from the counts), whether finer counts or records are on their way, and how many events
 * the store fetches one by one at most.
 */
record StoreFrame(StoreCounts.Answer body, StoreCounts.Answer overview, boolean recordsHeld, boolean coming, int limit) {
}

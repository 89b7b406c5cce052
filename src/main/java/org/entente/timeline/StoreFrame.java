package org.entente.timeline;

/**
 * What a frame draws of a store, beside the records held: the store's latest counts of the window and of
 * the overview (either null until the first answer), whether the records held cover the window (else the
 * window is drawn from the counts), whether finer counts or records are on their way, how many events
 * the store fetches one by one at most, and what the records held leave out of the window when they are
 * its short events only (null when they are all of them).
 */
record StoreFrame(StoreCounts.Answer body, StoreCounts.Answer overview, boolean recordsHeld, boolean coming, int limit,
                  String partial) {
}

package org.entente.store;

import org.entente.time.When;

/**
 * One event as a list of events shows it: plain values a query engine can return as columns.
 * {@code position} is the event's place in the dataset's file order, which the views select and link by;
 * {@code tone} is NaN when absent; {@code sources} counts the distinct sources it cites.
 */
public record EventRow(int position, String id, String title, When when, String kind, double tone, int sources) {
}

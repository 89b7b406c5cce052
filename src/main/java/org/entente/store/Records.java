package org.entente.store;

import org.entente.model.Dataset;

/**
 * What a store gives of a window's records: a dataset with its title, description and periods that holds
 * every one of the window's events asked for (all, or those lasting no longer than a span) in full
 * ({@code whole}) when they number no more than were asked for, or none of them when they are more;
 * {@code events} is how many of those the window holds, or, when they are more than were asked for, a
 * number of them already more (a store may tell that without counting them all). A first page holds some
 * of them in full, and {@code events} says how many there are in all.
 */
public record Records(Dataset dataset, int events, boolean whole) {

    /** Whether these are a first page of the window's events: some of them, while they are few enough to fetch all. */
    public boolean isFirstPage() {
        return !whole && !dataset.events().isEmpty();
    }
}

package org.entente.store;

import org.entente.model.Dataset;

/**
 * What a store gives of a window's records: how many events the window holds, and a dataset with its
 * title, description and periods that holds every one of them in full ({@code whole}) when they number
 * no more than were asked for, or none of them when they are more.
 */
public record Records(Dataset dataset, int events, boolean whole) {
}

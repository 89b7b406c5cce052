package org.entente.store;

import org.entente.model.Citation;
import org.entente.model.Source;

/** A citation with the source it names; {@code source} is null when the dataset has no source of that id. */
public record CitedSource(Citation citation, Source source) {
}

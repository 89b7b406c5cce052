package org.entente.generate;

/**
 * What to generate. The same options always give the same bytes. The number of relations and sources
 * follows from the others, so that callers can report them without reading the output back.
 */
public record GeneratorOptions(int events, int actors, long seed) {
    public static final int MAX_EVENTS = 100_000_000;
    /** Actors are kept in memory as whole records, so their number is bounded more tightly than events. */
    public static final int MAX_ACTORS = 100_000;
    private static final int MAX_RELATIONS = 50_000;
    private static final int MIN_SOURCES = 20;
    private static final int EVENTS_PER_SOURCE = 2_000;

    public GeneratorOptions {
        if (events < 0 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("events must be between 0 and " + MAX_EVENTS + ", not " + events);
        }
        if (actors < 2 || actors > MAX_ACTORS) {
            throw new IllegalArgumentException("actors must be between 2 and " + MAX_ACTORS + ", not " + actors);
        }
    }

    /** About two per actor, as in real relation networks where most actors have few standing ties. */
    public int relations() {
        return (int) Math.min(MAX_RELATIONS, 2L * actors);
    }

    public int sources() {
        return Math.max(MIN_SOURCES, events / EVENTS_PER_SOURCE);
    }
}

package org.entente.io;

/** The ids of one list as its records claim them, so that a second record with an id is caught as a duplicate. */
interface IdClaims {
    /** False when the id was claimed before, which makes the new record a duplicate. */
    boolean claim(String id);

    /** The record that claimed {@code id} is valid and given to the sink. */
    void accept(String id);
}

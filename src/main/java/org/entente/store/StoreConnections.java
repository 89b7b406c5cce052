package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections a store asks its engine on: the one it reads its counts and names on when it opens, and
 * the one a thread's questions go to, which an engine that runs one statement per connection at a time
 * gives each thread its own of.
 */
interface StoreConnections {
    Connection opening();

    Connection forThisThread();

    /** Closes every connection handed out; a thread asking afterwards is refused. */
    void close() throws SQLException;
}

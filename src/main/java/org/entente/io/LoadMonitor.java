package org.entente.io;

/** Lets a caller follow a load as it reads and stop it early. */
public interface LoadMonitor {
    LoadMonitor NONE = new LoadMonitor() {
    };

    default void bytesRead(long read, long total) {
    }

    default boolean isCancelled() {
        return false;
    }

    /** Says what the load does once its input is read, such as building a store's tables. */
    default void phase(String what) {
    }
}

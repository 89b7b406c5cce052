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
}

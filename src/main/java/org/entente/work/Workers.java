package org.entente.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Background threads for work the UI thread must not wait for: one named daemon thread per purpose. */
public final class Workers {
    private Workers() {
    }

    /** One thread that runs tasks in order and never keeps the app from quitting. */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}

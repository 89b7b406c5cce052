package org.entente.work;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Background threads for work the UI thread must not wait for: one named daemon thread per purpose,
 * shared by every view that asks for it by that name, so that opening views never piles up threads.
 */
public final class Workers {
    private static final Map<String, ExecutorService> BY_NAME = new ConcurrentHashMap<>();

    private Workers() {
    }

    /** The thread of that name, which runs tasks in order and never keeps the app from quitting. */
    public static ExecutorService single(String name) {
        return BY_NAME.computeIfAbsent(name, n -> Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, n);
            thread.setDaemon(true);
            return thread;
        }));
    }
}

package org.entente.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** A store that answers as another does and tells a test of each question before it is answered. */
public final class ObservedStore {
    private ObservedStore() {
    }

    /** {@code inner}, telling {@code asked} each method called with its arguments (null for none). */
    public static EventStore of(EventStore inner, BiConsumer<Method, Object[]> asked) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    asked.accept(method, args);
                    try {
                        return method.invoke(inner, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** {@code inner}, counting in {@code times} the calls of its methods named {@code name}. */
    public static EventStore counting(EventStore inner, String name, AtomicInteger times) {
        return of(inner, (method, args) -> {
            if (method.getName().equals(name)) {
                times.incrementAndGet();
            }
        });
    }
}

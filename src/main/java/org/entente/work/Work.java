package org.entente.work;

import java.util.function.BooleanSupplier;

/** Work for a background thread; long work asks {@code cancelled} now and then and gives up when it says so. */
@FunctionalInterface
public interface Work<T> {
    T run(BooleanSupplier cancelled) throws Exception;
}

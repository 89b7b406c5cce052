package org.entente.export;

import java.io.IOException;

/** A consumer that may fail with an I/O error, such as the code that fills a file. */
@FunctionalInterface
public interface IOConsumer<T> {
    void accept(T value) throws IOException;
}

package org.entente.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a workspace's dataset comes from, so that opening the workspace opens it again: a file (a dataset
 * or a store), a dataset bundled with the app, files imported from another format, or a store's tables on
 * a Trino server, named without its password.
 */
public sealed interface DatasetPlace {
    /** A dataset file or a store file, by its absolute path. */
    record File(Path path) implements DatasetPlace {
    }

    /** A dataset that ships inside the app, by its resource name. */
    record Sample(String resource) implements DatasetPlace {
    }

    /** Files of another format ({@link org.entente.convert.ImportFormat}'s name) imported as they were. */
    record Imported(String format, List<Path> inputs) implements DatasetPlace {
        public Imported {
            inputs = List.copyOf(inputs);
        }
    }

    /** A Trino server's catalog and schema, and who connects; the password is asked again. */
    record Trino(String server, String catalog, String schema, String user) implements DatasetPlace {
    }
}

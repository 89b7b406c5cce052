package org.entente.app;

import java.nio.file.Path;
import javafx.application.Application;
import org.entente.store.DuckStore;

/**
 * The jar's entry point. It does not extend {@link Application}, so that {@code java -jar} works with
 * JavaFX on the class path, and the command-line tools run without a display.
 */
public final class Launcher {
    /** When main began, for the startup benchmark's "main to first frame" figure. */
    static final long STARTED_NANOS = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
        }
        if (args.length > 0 && DuckStore.isDatabase(Path.of(args[0]))) {
            DuckStore.openEarly(Path.of(args[0]));
        }
        Application.launch(EntenteApp.class, args);
    }
}

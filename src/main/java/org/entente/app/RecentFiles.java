package org.entente.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened last, most recent first, kept in the user's preferences. */
final class RecentFiles {
    static final int SIZE = 8;
    private static final String KEY = "recent.";

    private final Preferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    RecentFiles(Preferences preferences) {
        this.preferences = preferences;
        for (int i = 0; i < SIZE; i++) {
            String file = preferences.get(KEY + i, null);
            if (file != null) {
                files.add(Path.of(file));
            }
        }
    }

    ObservableList<Path> files() {
        return files;
    }

    void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        files.setAll(next.subList(0, Math.min(SIZE, next.size())));
        for (int i = 0; i < SIZE; i++) {
            if (i < files.size()) {
                preferences.put(KEY + i, files.get(i).toString());
            } else {
                preferences.remove(KEY + i);
            }
        }
    }
}

package org.entente.canvas;

import java.util.Map;
import javafx.util.StringConverter;

/**
 * The words a choice box or menu shows for the values of a choice (an enum of modes), kept with the
 * view that offers the choice rather than in the enum, so that modes in UI-free packages carry no
 * user-facing text.
 */
public final class ChoiceLabels<T> extends StringConverter<T> {
    private final Map<T, String> labels;

    public ChoiceLabels(Map<T, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** The words for a value; its name when it has none, so a mode added without words still shows. */
    public String label(T value) {
        return value == null ? "" : labels.getOrDefault(value, value.toString());
    }

    @Override
    public String toString(T value) {
        return label(value);
    }

    @Override
    public T fromString(String text) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}

package org.entente.view;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tooltip;
import org.entente.shortcuts.Shortcut;

/** The controls views put in their toolbars, made one way: a choice with a tooltip, a button with its keys. */
public final class ToolbarItems {
    private ToolbarItems() {
    }

    /** A choice box of {@code values}, its tooltip saying what the choice is. */
    public static <T> ChoiceBox<T> choice(T[] values, String tip) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setTooltip(new Tooltip(tip));
        return box;
    }

    /** A button whose tooltip says what it does and its keys. */
    public static Button button(String text, Shortcut shortcut, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(shortcut.tooltip());
        button.setOnAction(e -> action.run());
        return button;
    }
}

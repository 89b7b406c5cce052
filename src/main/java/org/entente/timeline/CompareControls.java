package org.entente.timeline;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.entente.state.ViewState;
import org.entente.view.CompareMenu;

/**
 * Where the timeline offers to compare two periods: a Compare menu on its toolbar and the same items on
 * a right-click over the lanes, so that an analyst can scroll to one period, set it as A, scroll to
 * another and set it as B.
 */
final class CompareControls {
    private CompareControls() {
    }

    static MenuButton menuButton(ViewState state) {
        List<MenuItem> items = CompareMenu.items(state);
        MenuButton menu = new MenuButton("Compare");
        menu.getStyleClass().add("compare-menu");
        menu.setTooltip(new Tooltip("Compare how actors dealt with one another in two periods, A and B"));
        menu.getItems().setAll(items);
        menu.setOnShowing(e -> CompareMenu.refresh(items, state));
        return menu;
    }

    static void installContextMenu(Canvas canvas, ViewState state) {
        List<MenuItem> items = CompareMenu.items(state);
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(items);
        // A right click, as on the graph's canvas; the timeline's own input handles only the primary button.
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                CompareMenu.refresh(items, state);
                menu.show(canvas, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }
}

package org.entente.view;

import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.entente.query.Comparison;
import org.entente.state.ViewState;

/**
 * The ways to start, change and end a comparison of two periods, as menu items that act on the shared
 * view state: A or B set to the visible window, both by dates, A and B swapped, and back to one period.
 * The timeline offers them from its toolbar and its context menu, the app from its View menu.
 */
public final class CompareMenu {
    private CompareMenu() {
    }

    /** Fresh items (a menu item lives in one menu), enabled as the comparison allows when {@link #refresh} is called. */
    public static List<MenuItem> items(ViewState state) {
        MenuItem setA = item("Set A to the visible window", "compare-set-a", () -> {
            Comparison now = state.getComparison();
            state.setComparison(now == null ? Comparison.ofA(state.getWindow()) : now.withA(state.getWindow()));
        });
        MenuItem setB = item("Set B to the visible window", "compare-set-b", () -> {
            Comparison now = state.getComparison();
            state.setComparison(now == null ? new Comparison(null, state.getWindow()) : now.withB(state.getWindow()));
        });
        MenuItem dates = item("Compare by dates\u2026", "compare-dates", () -> chooseDates(state));
        MenuItem swap = item("Swap A and B", "compare-swap", () -> state.setComparison(state.getComparison().swapped()));
        MenuItem stop = item("Stop comparing", "compare-stop", () -> state.setComparison(null));
        return List.of(setA, setB, dates, new SeparatorMenuItem(), swap, stop);
    }

    /** Enables what makes sense now: swapping only a full comparison, stopping only one under way. */
    public static void refresh(List<MenuItem> items, ViewState state) {
        for (MenuItem item : items) {
            if ("compare-swap".equals(item.getId())) {
                item.setDisable(!state.isComparing());
            } else if ("compare-stop".equals(item.getId())) {
                item.setDisable(state.getComparison() == null);
            } else {
                item.setDisable(state.getDataset() == null);
            }
        }
    }

    /** Asks for both periods by their dates, over the window the user is working in, and compares them. */
    public static void chooseDates(ViewState state) {
        CompareDialog dialog = new CompareDialog(state.getComparison(), state.getWindow());
        Window.getWindows().stream().filter(Window::isFocused).findFirst().ifPresent(dialog::initOwner);
        dialog.showAndWait().ifPresent(state::setComparison);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

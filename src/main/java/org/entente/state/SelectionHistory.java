package org.entente.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Back and forward over past selections, as in a web browser; bounded so that it never grows without end. */
public final class SelectionHistory {
    static final int LIMIT = 500;

    private final Deque<Selection> back = new ArrayDeque<>();
    private final Deque<Selection> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** Records that the user moved away from {@code left}; a new move forgets the forward trail. */
    void leave(Selection left) {
        back.push(left);
        if (back.size() > LIMIT) {
            back.removeLast();
        }
        forward.clear();
        update();
    }

    /** The selection to return to, with {@code current} kept for forward; null when there is none. */
    Selection back(Selection current) {
        return step(back, forward, current);
    }

    Selection forward(Selection current) {
        return step(forward, back, current);
    }

    private Selection step(Deque<Selection> from, Deque<Selection> to, Selection current) {
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        Selection target = from.pop();
        update();
        return target;
    }

    /** The selections Back returns to, nearest first. */
    public List<Selection> backTrail() {
        return List.copyOf(back);
    }

    /** The selections Forward goes to again, nearest first. */
    public List<Selection> forwardTrail() {
        return List.copyOf(forward);
    }

    /** Both trails as a workspace saved them, nearest first, each kept within the limit. */
    void restore(List<Selection> backTrail, List<Selection> forwardTrail) {
        back.clear();
        forward.clear();
        backTrail.stream().limit(LIMIT).forEach(back::addLast);
        forwardTrail.stream().limit(LIMIT).forEach(forward::addLast);
        update();
    }

    void clear() {
        back.clear();
        forward.clear();
        update();
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public boolean canGoBack() {
        return canGoBack.get();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public boolean canGoForward() {
        return canGoForward.get();
    }
}

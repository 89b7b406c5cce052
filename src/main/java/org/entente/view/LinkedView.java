package org.entente.view;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import org.entente.state.ViewState;

/**
 * A linked view: a control that reads and changes the shared {@link ViewState} and nothing of another
 * view, which is how selecting anything anywhere selects it everywhere. The timeline, the actor graph,
 * the detail pane and the event table are linked views.
 */
public abstract class LinkedView extends Control {
    private final ViewState viewState;

    /**
     * @param styleClass      the view's own style class, for its stylesheet and for tests to find it
     * @param role            what assistive technology announces it as
     * @param roleDescription what it is, in words, for assistive technology
     */
    protected LinkedView(ViewState viewState, String styleClass, AccessibleRole role, String roleDescription) {
        this.viewState = viewState;
        getStyleClass().add(styleClass);
        setAccessibleRole(role);
        setAccessibleRoleDescription(roleDescription);
    }

    /** The state this view follows and changes. */
    public final ViewState getViewState() {
        return viewState;
    }
}

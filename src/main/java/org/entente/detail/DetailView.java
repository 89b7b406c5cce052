package org.entente.detail;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;
import org.entente.state.ViewState;
import org.entente.view.LinkedView;

/**
 * The detail pane: what lies behind the selection (an event with its sources and quotes, an actor, or
 * the relationship of a pair), or the dataset itself when nothing is selected. Everything in it that
 * names a record is a link that selects it in the shared {@link ViewState}.
 */
public class DetailView extends LinkedView {
    private final ObjectProperty<Consumer<String>> onOpenLink = new SimpleObjectProperty<>(this, "onOpenLink", url -> { });

    public DetailView(ViewState viewState) {
        super(viewState, "detail-view", AccessibleRole.NODE, "details");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DetailSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return DetailView.class.getResource("detail.css").toExternalForm();
    }

    /** What opens a source's web address; the app passes the system browser. Nothing is fetched otherwise. */
    public ObjectProperty<Consumer<String>> onOpenLinkProperty() {
        return onOpenLink;
    }

    public Consumer<String> getOnOpenLink() {
        return onOpenLink.get();
    }

    public void setOnOpenLink(Consumer<String> value) {
        onOpenLink.set(value);
    }
}

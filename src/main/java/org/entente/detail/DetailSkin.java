package org.entente.detail;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SkinBase;
import org.entente.index.ActorEvents;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.notes.NoteTarget;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.work.LatestJob;

/**
 * Shows the section for the selection in a scroll pane (with nothing selected, the dataset, or while two
 * periods are compared how ties changed) and rebuilds it when the selection, the dataset, the filter or
 * the comparison changes; the dataset's section takes a store's next records in place. Each actor's events
 * are indexed once per dataset: for a large one in the background as soon as it arrives, and until then
 * actor and pair sections wait; for a small one on the UI thread when a section first needs them (a store's
 * records arrive each time the window moves, mostly with nothing selected).
 */
final class DetailSkin extends SkinBase<DetailView> {
    private static final int SYNC_LIMIT = 50_000;

    private final ScrollPane scroll = new ScrollPane();
    private ActorEvents actorEvents;
    /** The dataset's section on show, which a store's next records update in place; null while another is. */
    private DatasetSection shownDataset;
    private final LatestJob<ActorEvents> indexing = LatestJob.onFxThread("entente-detail-index");
    private final StoreEvents storeEvents = new StoreEvents(this::rebuild);

    DetailSkin(DetailView view) {
        super(view);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("detail-scroll");
        getChildren().add(scroll);
        ViewState state = view.getViewState();
        registerChangeListener(state.datasetProperty(), o -> index(state.getDataset()));
        registerInvalidationListener(state.selectionProperty(), o -> rebuild());
        registerInvalidationListener(state.filterProperty(), o -> rebuild());
        registerInvalidationListener(state.comparedTiesProperty(), o -> rebuild());
        registerInvalidationListener(state.comparisonProperty(), o -> rebuild());
        registerInvalidationListener(state.notesProperty(), o -> rebuildInPlace());
        index(state.getDataset());
    }

    private void index(IndexedDataset dataset) {
        indexing.cancel();
        actorEvents = null;
        if (dataset != null && dataset.dataset().events().size() > SYNC_LIMIT) {
            indexing.run(cancelled -> ActorEvents.of(dataset), built -> {
                actorEvents = built;
                rebuild();
            });
        }
        rebuild();
    }

    /** Each actor's events in {@code dataset}, indexed now when it is small; null while a large one is indexed. */
    private ActorEvents actorEvents(IndexedDataset dataset) {
        if (actorEvents == null && dataset.dataset().events().size() <= SYNC_LIMIT) {
            actorEvents = ActorEvents.of(dataset);
        }
        return actorEvents;
    }

    private static boolean needsActors(Selection selection) {
        return selection instanceof Selection.OfActor || selection instanceof Selection.OfPair
                || selection instanceof Selection.OfGroup || selection instanceof Selection.OfGroupPair;
    }

    /** Rebuilds where the reader is: a note written, edited or removed below stays in sight. */
    private void rebuildInPlace() {
        double at = scroll.getVvalue();
        shownDataset = null;
        rebuild();
        scroll.applyCss();
        scroll.layout();
        scroll.setVvalue(at);
    }

    private void rebuild() {
        DetailView view = getSkinnable();
        ViewState state = view.getViewState();
        IndexedDataset dataset = state.getDataset();
        if (dataset == null) {
            shownDataset = null;
            scroll.setContent(Blocks.muted("No dataset is open."));
            return;
        }
        ActorEvents actors = needsActors(state.getSelection()) ? actorEvents(dataset) : actorEvents;
        DetailContext context = new DetailContext(dataset, actors, state.getFilter(), state, view.getOnOpenLink(),
                storeEvents);
        if (shownDataset != null && state.getSelection() instanceof Selection.Nothing && !state.isComparing()
                && shownDataset.update(context)) {
            return;
        }
        shownDataset = null;
        scroll.setContent(withNotes(section(state.getSelection(), context), state));
        scroll.setVvalue(0);
    }

    private Node section(Selection selection, DetailContext context) {
        if (selection instanceof Selection.OfEvent e) {
            Event event = context.dataset().event(e.eventId()).orElse(null);
            return event == null ? missing("event", e.eventId()) : EventSection.of(event, context);
        }
        if (selection instanceof Selection.OfEvents many) {
            return eventsSection(many, context);
        }
        if (!needsActors(selection)) {
            if (context.state().isComparing()) {
                return ComparisonSection.of(context);
            }
            shownDataset = DatasetSection.of(context);
            return shownDataset.node();
        }
        if (context.actorEvents() == null) {
            return Blocks.muted("Indexing each actor's events\u2026");
        }
        if (selection instanceof Selection.OfGroup group) {
            return GroupSection.of(group, context);
        }
        if (selection instanceof Selection.OfGroupPair tie) {
            return GroupSection.of(tie, context);
        }
        if (selection instanceof Selection.OfActor a) {
            Actor actor = context.dataset().actor(a.actorId()).orElse(null);
            return actor == null ? missing("actor", a.actorId()) : ActorSection.of(actor, context);
        }
        return PairSection.of((Selection.OfPair) selection, context);
    }

    /**
     * The section with the analyst's notes under its title: on the event, actor or tie selected, or, with
     * nothing selected, every note on a span of time, where a note on the time on show is written.
     */
    private static Node withNotes(Node section, ViewState state) {
        Selection selection = state.getSelection();
        NoteTarget target = null;
        if (selection instanceof Selection.OfEvent e) {
            target = new NoteTarget.Event(e.eventId());
        } else if (selection instanceof Selection.OfActor a) {
            target = new NoteTarget.Actor(a.actorId());
        } else if (selection instanceof Selection.OfPair p) {
            target = new NoteTarget.Pair(p.first(), p.second());
        }
        VBox notes;
        if (target != null) {
            NoteTarget about = target;
            notes = NotesBlock.of(() -> about, state.getNotes().about(target), "Your notes", state);
        } else if (selection instanceof Selection.Nothing && !state.isComparing()) {
            notes = NotesBlock.of(() -> new NoteTarget.Span(state.getWindow()), state.getNotes().spans(),
                    "Your notes on times", state);
        } else {
            return section;
        }
        if (section instanceof VBox box && !box.getChildren().isEmpty()) {
            box.getChildren().add(1, notes);
            return box;
        }
        notes.getStyleClass().add("detail-section");
        return new VBox(section, notes);
    }

    @Override
    public void dispose() {
        indexing.cancel();
        storeEvents.cancel();
        getChildren().clear();
        super.dispose();
    }

    /** Several events picked together: how many, and the list of them in time order, each a link to its details. */
    private static Node eventsSection(Selection.OfEvents many, DetailContext context) {
        IntList positions = new IntList(many.eventIds().size());
        many.eventIds().stream().mapToInt(id -> context.dataset().eventPosition(id)).filter(p -> p >= 0).sorted()
                .forEach(positions::add);
        return Blocks.section(Blocks.title(DetailText.plural(positions.size(), "event") + " selected"),
                Blocks.muted("Click one to see its sources and quotes."), Blocks.events(positions, context));
    }

    private static Node missing(String what, String id) {
        return Blocks.muted("There is no " + what + " \u201C" + id + "\u201D in this dataset.");
    }
}

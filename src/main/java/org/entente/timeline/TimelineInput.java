package org.entente.timeline;

import java.util.stream.Collectors;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.entente.index.TimeIndex;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.TimeWindow;
import org.entente.shortcuts.Shortcut;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.time.WhenFormat;
import org.entente.timescale.StackContents;
import org.entente.timescale.TimeScale;

/**
 * The timeline's mouse, touch and keyboard handling: zoom, pan, scrub, select, collapse lanes and drive
 * the overview. Everything it does goes through the view state or the skin's animated actions.
 */
final class TimelineInput {
    private static final double ZOOM_STEP = 1.25;
    private static final double DRAG_THRESHOLD = 3;
    private static final double EDGE_GRAB = 6;

    private enum Drag { NONE, PAN, SCRUB, OVERVIEW_MOVE, OVERVIEW_START, OVERVIEW_END }

    private final TimelineSkin skin;
    private final Canvas canvas;
    private final TimelineView view;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private boolean moved;
    private TimeWindow windowAtPress;

    TimelineInput(TimelineSkin skin, Canvas canvas) {
        this.skin = skin;
        this.canvas = canvas;
        this.view = skin.getSkinnable();
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> skin.setHovered(-1));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::zoomed);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private ViewState state() {
        return view.getViewState();
    }

    private boolean onAxis(double y) {
        return y < TimelineFrame.AXIS_HEIGHT;
    }

    private boolean onOverview(double y) {
        return y >= canvas.getHeight() - TimelineFrame.OVERVIEW_HEIGHT;
    }

    private TimeScale overviewScale() {
        TimeWindow extent = skin.overviewExtent();
        return new TimeScale(extent.start(), extent.end(), canvas.getWidth());
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || state().getDataset() == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        moved = false;
        windowAtPress = state().getWindow();
        if (onOverview(pressY)) {
            TimeScale overview = overviewScale();
            double x0 = overview.x(windowAtPress.start());
            double x1 = overview.x(windowAtPress.end());
            if (Math.abs(pressX - x0) <= EDGE_GRAB) {
                drag = Drag.OVERVIEW_START;
            } else if (Math.abs(pressX - x1) <= EDGE_GRAB) {
                drag = Drag.OVERVIEW_END;
            } else {
                if (pressX < x0 || pressX > x1) {
                    long center = overview.time(pressX);
                    state().setWindow(windowAtPress.pan(center - (windowAtPress.start() / 2 + windowAtPress.end() / 2)));
                    windowAtPress = state().getWindow();
                }
                drag = Drag.OVERVIEW_MOVE;
            }
        } else if (onAxis(pressY) && pressX >= skin.headerWidth()) {
            drag = Drag.SCRUB;
            scrubTo(pressX);
        } else {
            drag = Drag.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        moved |= Math.abs(e.getX() - pressX) > DRAG_THRESHOLD || Math.abs(e.getY() - pressY) > DRAG_THRESHOLD;
        switch (drag) {
            case PAN -> {
                if (moved) {
                    skin.panPixels(e.getX() - lastX);
                }
            }
            case SCRUB -> scrubTo(e.getX());
            case OVERVIEW_MOVE -> {
                double millis = overviewScale().millisPerPixel();
                state().setWindow(windowAtPress.pan(Math.round((e.getX() - pressX) * millis)));
            }
            case OVERVIEW_START, OVERVIEW_END -> resizeFromOverview(e.getX());
            default -> {
            }
        }
        lastX = e.getX();
    }

    private void resizeFromOverview(double x) {
        long t = overviewScale().time(Math.max(0, Math.min(canvas.getWidth(), x)));
        long start = drag == Drag.OVERVIEW_START ? Math.min(t, windowAtPress.end() - TimeWindow.MIN_SPAN) : windowAtPress.start();
        long end = drag == Drag.OVERVIEW_END ? Math.max(t, windowAtPress.start() + TimeWindow.MIN_SPAN) : windowAtPress.end();
        state().setWindow(new TimeWindow(start, end));
    }

    private void scrubTo(double x) {
        TimeScale scale = skin.scaleFor(state().getWindow());
        double clamped = Math.max(skin.headerWidth(), Math.min(canvas.getWidth(), x));
        state().setCursor(scale.time(clamped - skin.headerWidth()));
    }

    private void released(MouseEvent e) {
        Drag was = drag;
        drag = Drag.NONE;
        if (was != Drag.PAN || moved || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (e.getX() < skin.headerWidth()) {
            toggleLaneAt(e.getY());
            return;
        }
        int hit = skin.hits().find(e.getX(), e.getY());
        if (hit < 0) {
            return;
        }
        if (skin.hits().isEvent(hit)) {
            Event event = dataset().events().get(skin.hits().event(hit));
            skin.setFocused(skin.hits().event(hit));
            state().select(Selection.event(event.id()));
        } else {
            openStack(hit, e.getScreenX(), e.getScreenY());
        }
    }

    /**
     * A "+N more" badge or a cluster of density opens what it counts: zoomed to exactly their span, or
     * listed when they all fall on one day, where zooming could not part them.
     */
    private void openStack(int hit, double screenX, double screenY) {
        if (skin.hits().clusterLane(hit) < 0) {
            // A store's counts: its events are not held, so the cluster opens by zooming to its span.
            long from = skin.hits().clusterFrom(hit);
            skin.animateTo(new TimeWindow(from, Math.max(skin.hits().clusterTo(hit), from + TimeWindow.MIN_SPAN)));
            return;
        }
        Lane lane = skin.lanes().lanes().get(skin.hits().clusterLane(hit));
        StackContents contents = StackContents.of(dataset(), lane.index(), skin.hits().clusterFrom(hit),
                skin.hits().clusterTo(hit), skin.animationTarget());
        if (contents.listed()) {
            skin.openList(contents, lane, screenX, screenY);
        } else {
            skin.animateTo(contents.zoom());
        }
    }

    private void toggleLaneAt(double y) {
        LaneGeometry geometry = skin.geometry();
        if (geometry == null || skin.lanes().mode() == LaneMode.NONE) {
            return;
        }
        int lane = geometry.laneAt(y - TimelineFrame.AXIS_HEIGHT + skin.scrollY());
        if (lane >= 0) {
            String key = skin.lanes().lanes().get(lane).key();
            if (!view.getCollapsedLanes().remove(key)) {
                view.getCollapsedLanes().add(key);
            }
        }
    }

    private void hover(MouseEvent e) {
        int hit = skin.hits().find(e.getX(), e.getY());
        if (hit >= 0 && skin.hits().isEvent(hit)) {
            int position = skin.hits().event(hit);
            skin.setHovered(position);
            skin.tooltip().setText(describe(dataset().events().get(position)));
        } else if (hit >= 0) {
            skin.setHovered(-1);
            skin.tooltip().setText("More events than fit here: click to zoom in");
        } else {
            skin.setHovered(-1);
            skin.tooltip().setText(onAxis(e.getY()) ? "Drag to move the cursor" : null);
        }
    }

    /** The tooltip: title, the date as written, and who took part. */
    String describe(Event event) {
        Dataset dataset = dataset();
        String who = event.participants().stream()
                .map(p -> dataset.actorName(p.actor()) + (p.role() == null ? "" : " (" + p.role() + ")"))
                .collect(Collectors.joining(", "));
        return event.title() + "\n" + WhenFormat.format(event.when()) + "  \u2014  " + event.when().text()
                + (who.isEmpty() ? "" : "\n" + who);
    }

    private void scrolled(ScrollEvent e) {
        if (state().getDataset() == null || e.getTouchCount() > 1) {
            return;
        }
        if (e.getX() < skin.headerWidth() || e.isAltDown()) {
            skin.scrollLanes(-e.getDeltaY());
        } else if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            double delta = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
            skin.panPixels(delta);
        } else if (e.getDeltaY() != 0) {
            skin.zoom(e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP, e.getX());
        }
        e.consume();
    }

    private void zoomed(ZoomEvent e) {
        if (state().getDataset() != null && e.getZoomFactor() > 0) {
            TimeWindow window = state().getWindow();
            long anchor = skin.scaleFor(window).time(e.getX() - skin.headerWidth());
            state().setWindow(window.zoom(1 / e.getZoomFactor(), anchor));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (state().getDataset() == null) {
            return;
        }
        double centre = canvas.getWidth() / 2 + skin.headerWidth() / 2;
        if (Shortcut.TIMELINE_ZOOM_IN.matches(e)) {
            skin.zoom(1 / ZOOM_STEP, centre);
        } else if (Shortcut.TIMELINE_ZOOM_OUT.matches(e)) {
            skin.zoom(ZOOM_STEP, centre);
        } else if (Shortcut.TIMELINE_PAN.matches(e)) {
            skin.panBy(e.getCode() == KeyCode.LEFT ? -0.2 : 0.2);
        } else if (Shortcut.TIMELINE_FOCUS.matches(e)) {
            focusOrSelect(e.getCode());
        } else if (Shortcut.TIMELINE_SCROLL_LANES.matches(e)) {
            skin.scrollLanes((e.getCode() == KeyCode.UP ? -2 : 2) * LaneGeometry.ROW_HEIGHT);
        } else if (Shortcut.TIMELINE_FIT_ALL.matches(e)) {
            skin.fitAll();
        } else if (Shortcut.TIMELINE_ZOOM_TO_SELECTION.matches(e)) {
            skin.zoomToSelection();
        } else if (Shortcut.TIMELINE_PLAY.matches(e)) {
            view.setPlaying(!view.isPlaying());
        } else if (Shortcut.TIMELINE_PREVIOUS_EVENT.matches(e)) {
            stepCursor(-1);
        } else if (Shortcut.TIMELINE_NEXT_EVENT.matches(e)) {
            stepCursor(+1);
        } else {
            return;
        }
        e.consume();
    }

    /** Left and Right move the focus ring between events; Enter selects the focused one. */
    private void focusOrSelect(KeyCode code) {
        if (code == KeyCode.ENTER) {
            if (skin.focused() >= 0) {
                state().select(Selection.event(dataset().events().get(skin.focused()).id()));
            }
        } else {
            moveFocus(code == KeyCode.LEFT ? -1 : +1);
        }
    }

    /** Moves the cursor to the start of the previous or next event that the filter shows. */
    private void stepCursor(int direction) {
        TimeIndex index = skin.lanes().all();
        long cursor = state().getCursor();
        int rank = direction > 0 ? index.firstStartingAfter(cursor) : index.lastStartingBefore(cursor);
        if (rank < 0) {
            return;
        }
        long t = index.startAt(rank);
        state().setCursor(t);
        revealInstant(t);
    }

    /** Moves the keyboard focus ring to the previous or next event in time, panning to show it. */
    private void moveFocus(int direction) {
        TimeIndex index = skin.lanes().all();
        if (index.isEmpty()) {
            return;
        }
        int rank;
        if (skin.focused() < 0) {
            rank = direction > 0 ? Math.max(0, index.firstStartingAfter(state().getWindow().start() - 1))
                    : Math.max(0, index.lastStartingBefore(state().getWindow().end()));
        } else {
            rank = rankOf(index, skin.focused()) + direction;
        }
        if (rank < 0 || rank >= index.size()) {
            return;
        }
        skin.setFocused(index.eventAt(rank));
        revealInstant(index.startAt(rank));
    }

    /** The rank of an event in start order: a binary search to its start, then a short walk among equal starts. */
    private int rankOf(TimeIndex index, int position) {
        long start = dataset().events().get(position).when().start();
        for (int rank = Math.max(0, index.lastStartingBefore(start) + 1); rank < index.size()
                && index.startAt(rank) == start; rank++) {
            if (index.eventAt(rank) == position) {
                return rank;
            }
        }
        return -1;
    }

    private void revealInstant(long t) {
        TimeWindow window = skin.isAnimating() ? skin.animationTarget() : state().getWindow();
        if (!window.contains(t)) {
            skin.animateTo(window.pan(t - (window.start() / 2 + window.end() / 2)));
        }
    }

    private Dataset dataset() {
        return state().getDataset().dataset();
    }
}

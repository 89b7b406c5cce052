package org.entente.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.RowPacker;
import org.entente.model.Event;
import org.entente.state.Selection;
import org.entente.timescale.SelectionExtent;
import org.entente.timescale.TimeScale;

/**
 * A lane's events in view drawn one by one: measured, packed into the lane's rows by {@link RowPacker},
 * drawn as {@link EventMark}s, and those that found no row counted in a "+N more" badge that zooms in
 * when clicked. It serves the packer the extents of the lane being drawn.
 */
final class EventRows implements RowPacker.Items {
    private final TimelineFonts fonts;
    private final HitMap hits;
    private final EventMark mark;
    private final RowPacker packer = new RowPacker();
    private final IntList inView = new IntList(1024);
    /** The events in view that are not selected, while the selected ones move to the front; reused every frame. */
    private final IntList others = new IntList(1024);
    private TimelineFrame frame;
    private TimeScale scale;

    EventRows(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.hits = hits;
        this.mark = new EventMark(fonts, hits);
    }

    /**
     * Draws the lane's events in view into its rows, from {@code top}. Returns false, having drawn
     * nothing, when there are more events than pixel columns can show one by one: the lane is then
     * drawn as density.
     */
    boolean paint(GraphicsContext g, TimelineFrame f, TimeScale scale, TimeIndex index, double top, int rows) {
        long t0 = f.window().start();
        long t1 = f.window().end();
        if (index.countOverlapping(t0, t1) > DensityStrip.capacity(f.width() - f.headerWidth(), rows)) {
            return false;
        }
        inView.clear();
        index.overlapping(t0, t1, inView);
        frame = f;
        this.scale = scale;
        int selected = selectedFirst(f);
        int hidden = packer.pack(this, rows, f.headerWidth(), f.width());
        int selectedHidden = 0;
        for (int k = 0; k < inView.size(); k++) {
            int row = packer.row(k);
            if (row >= 0) {
                mark.paint(g, f, scale, inView.get(k), top + row * LaneGeometry.ROW_HEIGHT, packer.labelRoom(k));
            } else if (k < selected) {
                selectedHidden++;
            }
        }
        if (hidden > 0) {
            paintOverflow(g, f, hidden, selectedHidden, top, Math.min(rows, RowPacker.MAX_ROWS));
        }
        return true;
    }

    /**
     * Moves the events of the selection (an event, events, an actor or a pair) to the front, keeping
     * their order, so that the packer gives them rows before any other and a selection is never lost in
     * "+N more". Returns how many there are. Costs what is in view, as the packing does.
     */
    private int selectedFirst(TimelineFrame f) {
        if (f.selection() instanceof Selection.Nothing) {
            return 0;
        }
        others.clear();
        int front = 0;
        for (int k = 0; k < inView.size(); k++) {
            int position = inView.get(k);
            if (SelectionExtent.shows(f.selection(), f.dataset().events().get(position))) {
                inView.set(front++, position);
            } else {
                others.add(position);
            }
        }
        for (int k = 0; k < others.size(); k++) {
            inView.set(front + k, others.get(k));
        }
        return front;
    }

    /**
     * The count of events that found no row, at the lane's right end, ringed in the selection colour with
     * their own count when some of the selection is among them; a click zooms in on the middle.
     */
    private void paintOverflow(GraphicsContext g, TimelineFrame f, int hidden, int selectedHidden, double top, int rows) {
        String text = "+" + hidden + " more" + (selectedHidden > 0 ? " (" + selectedHidden + " selected)" : "");
        double w = fonts.width(text) + 12;
        double x = f.width() - w - 4;
        double y = top + (rows - 1) * LaneGeometry.ROW_HEIGHT + 2;
        g.setFill(f.palette().background());
        g.fillRoundRect(x, y, w, LaneGeometry.ROW_HEIGHT - 4, 8, 8);
        g.setStroke(selectedHidden > 0 ? f.palette().selection() : f.palette().majorGrid());
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, LaneGeometry.ROW_HEIGHT - 5, 8, 8);
        g.setFill(f.palette().text());
        g.setFont(fonts.small());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 6, y + (LaneGeometry.ROW_HEIGHT - 4) / 2);
        long quarter = f.window().span() / 4;
        long middle = f.window().start() + f.window().span() / 2;
        hits.addCluster(x, y, w, LaneGeometry.ROW_HEIGHT - 4, middle - quarter, middle + quarter);
    }

    @Override
    public int size() {
        return inView.size();
    }

    @Override
    public double start(int k) {
        return EventShape.start(frame, scale, event(k).when());
    }

    @Override
    public double end(int k) {
        Event e = event(k);
        return EventShape.end(frame, scale, e.when()) + EventShape.markerWidth(e.when());
    }

    @Override
    public double labelWidth(int k) {
        return EventShape.labelWidth(fonts, event(k).title());
    }

    private Event event(int k) {
        return frame.dataset().events().get(inView.get(k));
    }
}

package org.entente.timeline;

import javafx.scene.canvas.GraphicsContext;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.RowPacker;
import org.entente.model.Event;
import org.entente.state.Selection;
import org.entente.timescale.SelectionExtent;
import org.entente.timescale.TimeScale;

/**
 * A lane's events in view drawn one by one: measured, packed into the lane's rows by {@link RowPacker},
 * drawn as {@link EventMark}s, and those that found no row counted in {@link OverflowBadges}. It serves the packer the extents of the lane being drawn.
 */
final class EventRows implements RowPacker.Items {
    /** What {@link #paint} returns when the lane is to be drawn as density instead. */
    static final int DENSITY = -1;
    /**
     * The single lane turns to density only when stacks hide more than this many events (and more than
     * it draws): a few dozen long events overlapping a zoomed-in day stay bars one can click.
     */
    private static final int LEAST_HIDDEN_FOR_DENSITY = 100;
    /**
     * The pitch of the single lane's rows packed closer, when at {@link LaneGeometry#ROW_HEIGHT} some events
     * find no row: bars of 12 pixels keep 4 between them. The seed, the first thing a new user sees, put
     * three of its seventeen events of 2025 in "+3 more", among them "China does not want North Korea too
     * close to Russia", one of its two articles' points.
     */
    private static final double CLOSE_ROW_HEIGHT = 16;
    /** The most events in view whose labels may run to {@link EventShape#WIDE_LABEL_WIDTH}. */
    private static final int WHOLE_HEADLINES_AT_MOST = 100;

    private final TimelineFonts fonts;
    private final EventMark mark;
    private final OverflowBadges badges;
    private final RowPacker packer = new RowPacker();
    private final IntList inView = new IntList(1024);
    /** The events in view that are not selected, while the selected ones move to the front; reused every frame. */
    private final IntList others = new IntList(1024);
    private TimelineFrame frame;
    private TimeScale scale;
    /** The width labels are cut at in the packing under way and the drawing after it. */
    private double labelCut = EventShape.MAX_LABEL_WIDTH;

    EventRows(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.mark = new EventMark(fonts, hits);
        this.badges = new OverflowBadges(fonts, hits);
    }

    /**
     * Draws the lane's events in view into its rows, from {@code top}, and returns how many found no row,
     * counted in "+N more" badges in the last row. Returns {@link #DENSITY}, having drawn nothing, when
     * the events are too many to draw one by one: more than pixel columns can show, or, in the single
     * lane of all events, more hidden in stacks than drawn, and many. The lane is then drawn as density.
     */
    int paint(GraphicsContext g, TimelineFrame f, TimeScale scale, int lane, double top, int rows) {
        long t0 = f.window().start();
        long t1 = f.window().end();
        TimeIndex index = f.lanes().lanes().get(lane).index();
        if (index.countOverlapping(t0, t1) > DensityStrip.capacity(f.width() - f.headerWidth(), rows)) {
            return DENSITY;
        }
        inView.clear();
        index.overlapping(t0, t1, inView);
        frame = f;
        this.scale = scale;
        int selected = selectedFirst(f);
        int rowsUsed = Math.min(rows, RowPacker.MAX_ROWS);
        // Whole headlines when a few events all fit with theirs; else labels cut shorter, as many events need.
        // Tried with many, the wide packing fails all the same and costs a frame a second packing.
        labelCut = inView.size() <= WHOLE_HEADLINES_AT_MOST ? EventShape.WIDE_LABEL_WIDTH : EventShape.MAX_LABEL_WIDTH;
        int hidden = packer.pack(this, rowsUsed, f.headerWidth(), f.width());
        if (!packer.labelsReserved() && labelCut != EventShape.MAX_LABEL_WIDTH) {
            labelCut = EventShape.MAX_LABEL_WIDTH;
            hidden = packer.pack(this, rowsUsed, f.headerWidth(), f.width());
        }
        boolean single = f.lanes().mode() == LaneMode.NONE;
        if (single && hidden > LEAST_HIDDEN_FOR_DENSITY && hidden > inView.size() - hidden) {
            return DENSITY;
        }
        double pitch = LaneGeometry.ROW_HEIGHT;
        int room = rows;
        if (single && hidden > 0) {
            // The lane of all events fills the height it is given: its rows may come closer to show more.
            int closer = (int) (rows * LaneGeometry.ROW_HEIGHT / CLOSE_ROW_HEIGHT);
            int closeHidden = packer.pack(this, Math.min(closer, RowPacker.MAX_ROWS), f.headerWidth(), f.width());
            if (closeHidden < hidden) {
                pitch = CLOSE_ROW_HEIGHT;
                room = closer;
                rowsUsed = Math.min(closer, RowPacker.MAX_ROWS);
                hidden = closeHidden;
            }
        }
        if (hidden > 0) {
            // The last row is the badges' (unless it is the only one): packed again for the rows above it,
            // which also undoes a closer packing that was not kept.
            rowsUsed = Math.max(1, rowsUsed - 1);
            hidden = packer.pack(this, rowsUsed, f.headerWidth(), f.width());
        }
        badges.clear();
        double barOffset = (pitch - EventShape.BAR_HEIGHT) / 2;
        for (int k = 0; k < inView.size(); k++) {
            int row = packer.row(k);
            if (row >= 0) {
                mark.paint(g, f, scale, inView.get(k), top + row * pitch + barOffset, packer.labelRoom(k),
                        packer.labelBefore(k), labelCut);
            } else {
                badges.add(start(k), end(k), event(k).when(), k < selected);
            }
        }
        if (hidden > 0) {
            badges.paint(g, f, lane, top + Math.min(rowsUsed, room - 1) * pitch + 2);
        }
        return hidden;
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
        return EventShape.labelWidth(fonts, event(k).title(), labelCut);
    }

    private Event event(int k) {
        return frame.dataset().events().get(inView.get(k));
    }
}

package org.entente.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.model.ActorKind;
import org.entente.model.Reliability;
import org.entente.network.GraphLimits;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.GroupBy;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.Notes;
import org.entente.places.MapShading;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.strata.ColorMode;

/**
 * Reads a workspace file whole, or says on one line what is wrong with it and where ({@link
 * WorkspaceException}). A workspace of a later format is refused with what to do; fields this version does
 * not know are passed over, and a field left out takes the value a new window would have.
 */
public final class WorkspaceReader {
    private static final String PREFIX = "entente-workspace/";
    private static final double MOST_FLOWS = 10_000;

    private final String file;

    private WorkspaceReader(String file) {
        this.file = file;
    }

    public static Workspace read(Path path) throws IOException, WorkspaceException {
        return new WorkspaceReader(path.toString()).workspace(JsonNode.read(path));
    }

    private Workspace workspace(JsonNode root) throws WorkspaceException {
        Fields w = object(root, "a workspace, a JSON object");
        checkFormat(w.required("format"));
        TimeWindow window = window(w.required("window"));
        JsonNode cursor = w.optional("cursor");
        Fields history = w.has("history") ? object(w.required("history"), "an object of back and forward") : null;
        Fields graph = w.has("graph") ? object(w.required("graph"), "the graph's settings, an object") : null;
        return new Workspace(dataset(w.required("dataset")), window,
                cursor == null ? window.start() + window.span() / 2 : instant(cursor), filter(w.optional("filter")),
                selection(w.optional("selection")),
                history == null ? List.of() : selections(history.optional("back")),
                history == null ? List.of() : selections(history.optional("forward")),
                choice(w.optional("colors"), ColorMode.class, ColorMode.KIND),
                choice(graph == null ? null : graph.optional("time"), GraphTimeMode.class, GraphTimeMode.AROUND_CURSOR),
                choice(graph == null ? null : graph.optional("span"), GraphSpan.class, GraphSpan.FOLLOW_ZOOM),
                graph(graph), map(w.optional("map")), layout(w.optional("layout")), notes(w.optional("notes")));
    }

    private Notes notes(JsonNode node) throws WorkspaceException {
        List<Note> notes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String expected = "a note: an object of id, created, text and one of \"event\", \"actor\", \"pair\" or \"span\"";
        for (JsonNode item : array(node, "an array of notes")) {
            Fields n = object(item, expected);
            JsonNode idNode = n.required("id");
            String id = string(idNode, "a note's id");
            if (id.isBlank() || !ids.add(id)) {
                throw idNode.wrong(file, "an id no other note has");
            }
            JsonNode text = n.required("text");
            if (string(text, "the note's text").isBlank()) {
                throw text.wrong(file, "some text");
            }
            notes.add(new Note(id, noteTarget(n, item, expected), string(text, "the note's text"), instant(n.required("created"))));
        }
        return new Notes(notes);
    }

    private NoteTarget noteTarget(Fields n, JsonNode item, String expected) throws WorkspaceException {
        if (n.has("event")) {
            return new NoteTarget.Event(string(n.required("event"), "an event's id"));
        }
        if (n.has("actor")) {
            return new NoteTarget.Actor(string(n.required("actor"), "an actor's id"));
        }
        if (n.has("pair")) {
            List<String> pair = pair(n.required("pair"));
            return new NoteTarget.Pair(pair.get(0), pair.get(1));
        }
        if (n.has("span")) {
            return new NoteTarget.Span(window(n.required("span")));
        }
        throw item.wrong(file, expected);
    }

    private void checkFormat(JsonNode node) throws WorkspaceException {
        String format = string(node, "\"" + Workspace.FORMAT + "\"");
        if (format.equals(Workspace.FORMAT)) {
            return;
        }
        if (format.startsWith(PREFIX)) {
            throw new WorkspaceException(file, node.line(), node.column(), node.pointer(), "written by a newer version of"
                    + " Entente (" + format + "): this version reads " + Workspace.FORMAT + "; update Entente to open it");
        }
        throw node.wrong(file, "\"" + Workspace.FORMAT + "\"");
    }

    private DatasetPlace dataset(JsonNode node) throws WorkspaceException {
        String expected = "where the dataset is: an object with one of \"file\", \"sample\", \"imported\" or \"trino\"";
        Fields place = object(node, expected);
        if (place.has("file")) {
            return new DatasetPlace.File(path(place.required("file")));
        }
        if (place.has("sample")) {
            return new DatasetPlace.Sample(string(place.required("sample"), "the resource name of a bundled dataset"));
        }
        if (place.has("imported")) {
            Fields imported = object(place.required("imported"), "an object of format and files");
            List<Path> inputs = new ArrayList<>();
            for (JsonNode input : array(imported.required("files"), "an array of file paths")) {
                inputs.add(path(input));
            }
            return new DatasetPlace.Imported(string(imported.required("format"), "an import format's name"), inputs);
        }
        if (place.has("trino")) {
            Fields trino = object(place.required("trino"), "an object of server, catalog, schema and user");
            return new DatasetPlace.Trino(string(trino.required("server"), "a server's URL"),
                    string(trino.required("catalog"), "a catalog's name"), string(trino.required("schema"), "a schema's name"),
                    string(trino.required("user"), "a user's name"));
        }
        throw node.wrong(file, expected);
    }

    private Path path(JsonNode node) throws WorkspaceException {
        String text = string(node, "an absolute file path");
        try {
            Path path = Path.of(text);
            if (path.isAbsolute()) {
                return path;
            }
        } catch (java.nio.file.InvalidPathException e) {
            throw node.wrong(file, "a file path (" + e.getReason() + ")");
        }
        throw node.wrong(file, "an absolute file path");
    }

    private TimeWindow window(JsonNode node) throws WorkspaceException {
        Fields window = object(node, "a time window, an object of start and end");
        long start = instant(window.required("start"));
        JsonNode endNode = window.required("end");
        long end = instant(endNode);
        if (end <= start) {
            throw endNode.wrong(file, "an end after the start, " + WorkspaceWriter.instant(start));
        }
        return new TimeWindow(start, end);
    }

    private long instant(JsonNode node) throws WorkspaceException {
        String text = string(node, "an instant such as \"2025-09-03T00:00:00Z\"");
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw node.wrong(file, "an instant such as \"2025-09-03T00:00:00Z\"");
        }
    }

    private Filter filter(JsonNode node) throws WorkspaceException {
        if (node == null) {
            return Filter.NONE;
        }
        Fields f = object(node, "a filter, an object");
        Set<ActorKind> actorKinds = new LinkedHashSet<>();
        for (JsonNode kind : array(f.optional("actorKinds"), "an array of actor kinds")) {
            actorKinds.add(choice(kind, ActorKind.class, null));
        }
        JsonNode reliability = f.optional("minReliability");
        double minTone = number(f.optional("minTone"), Filter.TONE_MIN, Filter.TONE_MAX, Filter.TONE_MIN);
        JsonNode maxNode = f.optional("maxTone");
        double maxTone = number(maxNode, Filter.TONE_MIN, Filter.TONE_MAX, Filter.TONE_MAX);
        if (maxTone < minTone) {
            throw maxNode.wrong(file, "a tone at least the least tone, " + minTone);
        }
        JsonNode dates = f.optional("dates");
        return new Filter(actorKinds, strings(f.optional("eventKinds")), strings(f.optional("tags")),
                strings(f.optional("countries")), reliability == null ? null : choice(reliability, Reliability.class, null),
                minTone, maxTone, dates == null ? null : window(dates));
    }

    private Set<String> strings(JsonNode node) throws WorkspaceException {
        return new LinkedHashSet<>(stringList(node));
    }

    private List<String> stringList(JsonNode node) throws WorkspaceException {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array(node, "an array of texts")) {
            values.add(string(item, "a text"));
        }
        return values;
    }

    /** The ids of a tie, of a selection or a note: two different actors. */
    private List<String> pair(JsonNode node) throws WorkspaceException {
        List<String> pair = stringList(node);
        if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
            throw node.wrong(file, "the ids of two different actors");
        }
        return pair;
    }

    private List<Selection> selections(JsonNode node) throws WorkspaceException {
        List<Selection> selections = new ArrayList<>();
        for (JsonNode item : array(node, "an array of selections")) {
            selections.add(selection(item));
        }
        return selections;
    }

    private Selection selection(JsonNode node) throws WorkspaceException {
        if (node == null || node.value() == null) {
            return Selection.NOTHING;
        }
        String expected = "a selection: null, or an object with one of \"event\", \"events\", \"actor\", \"pair\", \"group\""
                + " or \"groups\"";
        Fields s = object(node, expected);
        if (s.has("event")) {
            return new Selection.OfEvent(string(s.required("event"), "an event's id"));
        }
        if (s.has("events")) {
            List<String> ids = stringList(s.required("events"));
            if (ids.isEmpty()) {
                throw s.required("events").wrong(file, "at least one event's id");
            }
            return new Selection.OfEvents(ids);
        }
        if (s.has("actor")) {
            return new Selection.OfActor(string(s.required("actor"), "an actor's id"));
        }
        if (s.has("pair")) {
            List<String> pair = pair(s.required("pair"));
            return new Selection.OfPair(pair.get(0), pair.get(1));
        }
        if (s.has("group")) {
            return group(s.required("group"));
        }
        if (s.has("groups")) {
            List<JsonNode> groups = array(s.required("groups"), "two groups");
            if (groups.size() != 2) {
                throw s.required("groups").wrong(file, "two groups");
            }
            Selection.OfGroup first = group(groups.get(0));
            Selection.OfGroup second = group(groups.get(1));
            if (first.groupId().equals(second.groupId())) {
                throw groups.get(1).wrong(file, "a group other than the first");
            }
            return new Selection.OfGroupPair(first, second);
        }
        throw node.wrong(file, expected);
    }

    private Selection.OfGroup group(JsonNode node) throws WorkspaceException {
        Fields g = object(node, "a group: an object of id, label and members");
        JsonNode members = g.required("members");
        Set<String> ids = strings(members);
        if (ids.isEmpty()) {
            throw members.wrong(file, "at least one member's id");
        }
        return new Selection.OfGroup(string(g.required("id"), "a group's id"), string(g.required("label"), "a label"), ids);
    }

    private GraphSettings graph(Fields g) throws WorkspaceException {
        if (g == null) {
            return defaultGraph();
        }
        GraphLimits limits = GraphLimits.DEFAULT;
        if (g.has("limits")) {
            Fields l = object(g.required("limits"), "the graph's limits, an object");
            limits = new GraphLimits(integer(l.optional("maxActors"), 1, Integer.MAX_VALUE, limits.maxActors()),
                    integer(l.optional("minWeight"), 1, Integer.MAX_VALUE, limits.minWeight()),
                    choice(l.optional("core"), GraphLimits.Core.class, limits.core()),
                    integer(l.optional("k"), 1, 1_000, limits.k()), bool(l.optional("relations"), limits.relations()));
        }
        List<GraphSettings.Pin> pins = new ArrayList<>();
        for (JsonNode item : array(g.optional("pinned"), "an array of pinned actors")) {
            Fields pin = object(item, "a pinned actor: an object of actor, x and y");
            pins.add(new GraphSettings.Pin(string(pin.required("actor"), "an actor's id"),
                    number(pin.required("x"), -1e9, 1e9, 0), number(pin.required("y"), -1e9, 1e9, 0)));
        }
        JsonNode focus = g.optional("focus");
        return new GraphSettings(limits, choice(g.optional("groupBy"), GroupBy.class, GroupBy.NONE),
                bool(g.optional("memberships"), false), choice(g.optional("nodeColors"), NodeColoring.class, NodeColoring.KIND),
                choice(g.optional("nodeSizes"), NodeSizing.class, NodeSizing.ACTIVITY),
                focus == null || focus.value() == null ? null : string(focus, "an actor's id"),
                integer(g.optional("focusDepth"), 1, 6, 1), pins, viewport(g));
    }

    /** The graph's settings in a new window. */
    static GraphSettings defaultGraph() {
        return new GraphSettings(GraphLimits.DEFAULT, GroupBy.NONE, false, NodeColoring.KIND, NodeSizing.ACTIVITY, null, 1,
                List.of(), null);
    }

    private MapSettings map(JsonNode node) throws WorkspaceException {
        if (node == null) {
            return new MapSettings(MapShading.EVENTS, true, 30, null);
        }
        Fields m = object(node, "the map's settings, an object");
        return new MapSettings(choice(m.optional("shading"), MapShading.class, MapShading.EVENTS), bool(m.optional("flows"), true),
                (int) number(m.optional("maxFlows"), 0, MOST_FLOWS, 30), viewport(m));
    }

    /** Where a view looks, if its settings say: null when they do not. */
    private Viewport viewport(Fields settings) throws WorkspaceException {
        if (!settings.has("view")) {
            return null;
        }
        Fields v = object(settings.required("view"), "where the view looks: an object of centerX, centerY and scale");
        return new Viewport(number(v.required("centerX"), -1e9, 1e9, 0), number(v.required("centerY"), -1e9, 1e9, 0),
                number(v.required("scale"), 1e-9, 1e9, 1));
    }

    private PaneLayout layout(JsonNode node) throws WorkspaceException {
        if (node == null) {
            return new PaneLayout(Double.NaN, Double.NaN, Double.NaN, "GRAPH", "Details", false, false);
        }
        Fields l = object(node, "the layout, an object");
        JsonNode theme = l.optional("theme");
        String themeName = theme == null ? "light" : string(theme, "\"light\" or \"dark\"");
        if (!themeName.equals("light") && !themeName.equals("dark")) {
            throw theme.wrong(file, "\"light\" or \"dark\"");
        }
        return new PaneLayout(number(l.optional("views"), 0, 1, Double.NaN), number(l.optional("lower"), 0, 1, Double.NaN),
                number(l.optional("graphAndMap"), 0, 1, Double.NaN), oneOf(l.optional("shown"), PaneLayout.SHOWN),
                oneOf(l.optional("sideTab"), PaneLayout.SIDE_TABS), bool(l.optional("filters"), false),
                themeName.equals("dark"));
    }

    // ---- values ----

    /** An object's fields, each asked for by name. */
    private final class Fields {
        private final Map<String, JsonNode> fields;
        private final JsonNode node;

        Fields(JsonNode node, Map<String, JsonNode> fields) {
            this.node = node;
            this.fields = fields;
        }

        boolean has(String name) {
            return fields.containsKey(name);
        }

        JsonNode optional(String name) {
            return fields.get(name);
        }

        JsonNode required(String name) throws WorkspaceException {
            JsonNode field = fields.get(name);
            if (field == null) {
                throw new WorkspaceException(file, node.line(), node.column(), node.pointer() + "/" + name,
                        "\"" + name + "\" is missing: expected it in this object");
            }
            return field;
        }
    }

    @SuppressWarnings("unchecked")
    private Fields object(JsonNode node, String expected) throws WorkspaceException {
        if (node.value() instanceof Map<?, ?> map) {
            return new Fields(node, (Map<String, JsonNode>) map);
        }
        throw node.wrong(file, expected);
    }

    @SuppressWarnings("unchecked")
    private List<JsonNode> array(JsonNode node, String expected) throws WorkspaceException {
        if (node == null) {
            return List.of();
        }
        if (node.value() instanceof List<?> list) {
            return (List<JsonNode>) list;
        }
        throw node.wrong(file, expected);
    }

    private String string(JsonNode node, String expected) throws WorkspaceException {
        if (node.value() instanceof String text) {
            return text;
        }
        throw node.wrong(file, expected);
    }

    private String oneOf(JsonNode node, List<String> allowed) throws WorkspaceException {
        if (node == null) {
            return allowed.get(0);
        }
        String text = string(node, "one of " + allowed);
        if (!allowed.contains(text)) {
            throw node.wrong(file, "one of " + allowed);
        }
        return text;
    }

    private double number(JsonNode node, double min, double max, double absent) throws WorkspaceException {
        if (node == null) {
            return absent;
        }
        if (node.value() instanceof Double value && value >= min && value <= max) {
            return value;
        }
        throw node.wrong(file, "a number from " + plain(min) + " to " + plain(max));
    }

    private int integer(JsonNode node, int min, int max, int absent) throws WorkspaceException {
        if (node == null) {
            return absent;
        }
        if (node.value() instanceof Double value && value >= min && value <= max && value == Math.rint(value)) {
            return value.intValue();
        }
        throw node.wrong(file, "a whole number from " + min + " to " + max);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private boolean bool(JsonNode node, boolean absent) throws WorkspaceException {
        if (node == null) {
            return absent;
        }
        if (node.value() instanceof Boolean value) {
            return value;
        }
        throw node.wrong(file, "true or false");
    }

    private <E extends Enum<E>> E choice(JsonNode node, Class<E> type, E absent) throws WorkspaceException {
        if (node == null) {
            return absent;
        }
        E[] values = type.getEnumConstants();
        String expected = "one of " + Arrays.stream(values).map(Enum::name).toList();
        String text = string(node, expected).toUpperCase(Locale.ROOT);
        for (E value : values) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        throw node.wrong(file, expected);
    }
}

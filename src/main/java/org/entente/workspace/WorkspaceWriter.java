package org.entente.workspace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.entente.export.AtomicFile;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;

/**
 * Writes a workspace as a small JSON file, atomically: a reader of the file sees the old workspace or the new
 * one, never part of one. Times are ISO instants and choices their names, so that the file reads as what
 * it says; sets are sorted, so that the same workspace always writes the same bytes.
 */
public final class WorkspaceWriter {
    private static final JsonFactory JSON = new JsonFactory();

    private WorkspaceWriter() {
    }

    public static void write(Workspace workspace, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
                write(workspace, json);
            }
        });
    }

    private static void write(Workspace w, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", Workspace.FORMAT);
        json.writeFieldName("dataset");
        dataset(w.dataset(), json);
        json.writeFieldName("window");
        window(w.window(), json);
        json.writeStringField("cursor", instant(w.cursor()));
        json.writeFieldName("filter");
        filter(w.filter(), json);
        json.writeFieldName("selection");
        selection(w.selection(), json);
        json.writeObjectFieldStart("history");
        selections("back", w.back(), json);
        selections("forward", w.forward(), json);
        json.writeEndObject();
        json.writeStringField("colors", w.colors().name());
        json.writeObjectFieldStart("graph");
        json.writeStringField("time", w.graphTime().name());
        json.writeStringField("span", w.graphSpan().name());
        graph(w.graph(), json);
        json.writeEndObject();
        json.writeFieldName("map");
        map(w.map(), json);
        json.writeFieldName("layout");
        layout(w.layout(), json);
        json.writeArrayFieldStart("notes");
        for (Note note : w.notes().all()) {
            note(note, json);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void note(Note note, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", note.id());
        json.writeStringField("created", instant(note.created()));
        NoteTarget target = note.target();
        if (target instanceof NoteTarget.Event event) {
            json.writeStringField("event", event.eventId());
        } else if (target instanceof NoteTarget.Actor actor) {
            json.writeStringField("actor", actor.actorId());
        } else if (target instanceof NoteTarget.Pair pair) {
            strings("pair", List.of(pair.first(), pair.second()), json);
        } else if (target instanceof NoteTarget.Span span) {
            json.writeFieldName("span");
            window(span.window(), json);
        }
        json.writeStringField("text", note.text());
        json.writeEndObject();
    }

    private static void dataset(DatasetPlace place, JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (place instanceof DatasetPlace.File file) {
            json.writeStringField("file", file.path().toAbsolutePath().toString());
        } else if (place instanceof DatasetPlace.Sample sample) {
            json.writeStringField("sample", sample.resource());
        } else if (place instanceof DatasetPlace.Imported imported) {
            json.writeObjectFieldStart("imported");
            json.writeStringField("format", imported.format());
            strings("files", imported.inputs().stream().map(p -> p.toAbsolutePath().toString()).toList(), json);
            json.writeEndObject();
        } else if (place instanceof DatasetPlace.Trino trino) {
            json.writeObjectFieldStart("trino");
            json.writeStringField("server", trino.server());
            json.writeStringField("catalog", trino.catalog());
            json.writeStringField("schema", trino.schema());
            json.writeStringField("user", trino.user());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void window(TimeWindow window, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("start", instant(window.start()));
        json.writeStringField("end", instant(window.end()));
        json.writeEndObject();
    }

    static String instant(long millis) {
        return Instant.ofEpochMilli(millis).toString();
    }

    private static void filter(Filter filter, JsonGenerator json) throws IOException {
        json.writeStartObject();
        strings("actorKinds", sorted(filter.actorKinds().stream().map(Enum::name).toList()), json);
        strings("eventKinds", sorted(filter.eventKinds()), json);
        strings("tags", sorted(filter.tags()), json);
        strings("countries", sorted(filter.countries()), json);
        if (filter.minReliability() != null) {
            json.writeStringField("minReliability", filter.minReliability().name());
        }
        json.writeNumberField("minTone", filter.minTone());
        json.writeNumberField("maxTone", filter.maxTone());
        if (filter.dateRange() != null) {
            json.writeFieldName("dates");
            window(filter.dateRange(), json);
        }
        json.writeEndObject();
    }

    private static void selections(String name, List<Selection> selections, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (Selection selection : selections) {
            selection(selection, json);
        }
        json.writeEndArray();
    }

    private static void selection(Selection selection, JsonGenerator json) throws IOException {
        if (selection instanceof Selection.Nothing) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        if (selection instanceof Selection.OfEvent one) {
            json.writeStringField("event", one.eventId());
        } else if (selection instanceof Selection.OfEvents many) {
            strings("events", many.eventIds(), json);
        } else if (selection instanceof Selection.OfActor actor) {
            json.writeStringField("actor", actor.actorId());
        } else if (selection instanceof Selection.OfPair pair) {
            strings("pair", List.of(pair.first(), pair.second()), json);
        } else if (selection instanceof Selection.OfGroup group) {
            json.writeFieldName("group");
            group(group, json);
        } else if (selection instanceof Selection.OfGroupPair groups) {
            json.writeArrayFieldStart("groups");
            group(groups.first(), json);
            group(groups.second(), json);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void group(Selection.OfGroup group, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", group.groupId());
        json.writeStringField("label", group.label());
        strings("members", sorted(group.members()), json);
        json.writeEndObject();
    }

    private static void graph(GraphSettings graph, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("limits");
        json.writeNumberField("maxActors", graph.limits().maxActors());
        json.writeNumberField("minWeight", graph.limits().minWeight());
        json.writeStringField("core", graph.limits().core().name());
        json.writeNumberField("k", graph.limits().k());
        json.writeBooleanField("relations", graph.limits().relations());
        json.writeEndObject();
        json.writeStringField("groupBy", graph.groupBy().name());
        json.writeBooleanField("memberships", graph.memberships());
        json.writeStringField("nodeColors", graph.coloring().name());
        json.writeStringField("nodeSizes", graph.sizing().name());
        if (graph.focusActor() != null) {
            json.writeStringField("focus", graph.focusActor());
        }
        json.writeNumberField("focusDepth", graph.focusDepth());
        json.writeArrayFieldStart("pinned");
        for (GraphSettings.Pin pin : graph.pinned()) {
            json.writeStartObject();
            json.writeStringField("actor", pin.actor());
            json.writeNumberField("x", pin.x());
            json.writeNumberField("y", pin.y());
            json.writeEndObject();
        }
        json.writeEndArray();
        viewport(graph.view(), json);
    }

    private static void viewport(Viewport view, JsonGenerator json) throws IOException {
        if (view != null) {
            json.writeObjectFieldStart("view");
            json.writeNumberField("centerX", view.centerX());
            json.writeNumberField("centerY", view.centerY());
            json.writeNumberField("scale", view.scale());
            json.writeEndObject();
        }
    }

    private static void map(MapSettings map, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("shading", map.shading().name());
        json.writeBooleanField("flows", map.flows());
        json.writeNumberField("maxFlows", map.maxFlows());
        viewport(map.view(), json);
        json.writeEndObject();
    }

    private static void layout(PaneLayout layout, JsonGenerator json) throws IOException {
        json.writeStartObject();
        divider("views", layout.views(), json);
        divider("lower", layout.lower(), json);
        divider("graphAndMap", layout.graphAndMap(), json);
        json.writeStringField("shown", layout.shown());
        json.writeStringField("sideTab", layout.sideTab());
        json.writeBooleanField("filters", layout.filters());
        json.writeStringField("theme", layout.dark() ? "dark" : "light");
        json.writeEndObject();
    }

    private static void divider(String name, double at, JsonGenerator json) throws IOException {
        if (!Double.isNaN(at)) {
            json.writeNumberField(name, at);
        }
    }

    private static List<String> sorted(Collection<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }

    private static void strings(String name, List<String> values, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}

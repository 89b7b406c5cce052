package org.entente.convert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.model.Actor;
import org.entente.model.Extras;

/**
 * The actors of one GDELT import, one per identity ({@link GdeltActor#key()}), each with the names GDELT
 * wrote for it ("ISRAEL" and "ISRAELI" for the state of Israel) kept as aliases. Ids are slugs of the
 * identity, numbered where two identities slug alike. Labels are settled once every row is in: actors
 * that would read alike are told apart by all their roles, and failing that by their CAMEO code.
 */
final class GdeltActorTable {
    private static final class Entry {
        final String id;
        final GdeltActor first;
        final Set<String> aliases = new LinkedHashSet<>();
        String label;

        Entry(String id, GdeltActor first) {
            this.id = id;
            this.first = first;
        }
    }

    /** Actors added lately, by instance: rows that name an actor give the same instance, whose id is known. */
    private static final int RECENT = 1 << 16;

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<GdeltActor, String> recent = new IdentityHashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final Slugs ids = new Slugs("");
    private boolean labelled;

    /** The id of this actor, which joins the table with its name as GDELT wrote it. */
    String add(GdeltActor actor) {
        String known = recent.get(actor);
        if (known != null) {
            return known;
        }
        Entry entry = byKey.computeIfAbsent(actor.key(), key -> {
            Entry created = new Entry(ids.unique(actor.idBase()), actor);
            byId.put(created.id, created);
            return created;
        });
        if (!actor.rawName().isEmpty()) {
            entry.aliases.add(actor.rawName());
        }
        if (recent.size() == RECENT) {
            recent.clear();
        }
        recent.put(actor, entry.id);
        return entry.id;
    }

    /** The label of the actor with this id, or null when there is none; call once every actor is in. */
    String label(String id) {
        settleLabels();
        Entry entry = byId.get(id);
        return entry == null ? null : entry.label;
    }

    private void settleLabels() {
        if (labelled) {
            return;
        }
        labelled = true;
        Map<String, Long> shortLabels = counts(byKey.values().stream().map(e -> e.first.label()).toList());
        for (Entry entry : byKey.values()) {
            entry.label = shortLabels.get(entry.first.label()) == 1 ? entry.first.label() : entry.first.fullLabel();
        }
        Map<String, Long> full = counts(byKey.values().stream().map(e -> e.label).toList());
        for (Entry entry : byKey.values()) {
            if (full.get(entry.label) > 1 && !entry.first.code().isEmpty()) {
                entry.label += " [" + entry.first.code() + "]";
            }
        }
    }

    private static Map<String, Long> counts(List<String> labels) {
        return labels.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
    }

    int size() {
        return byKey.size();
    }

    List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(byKey.size());
        settleLabels();
        for (Entry entry : byKey.values()) {
            GdeltActor a = entry.first;
            Map<String, String> extras = new LinkedHashMap<>();
            if (!a.code().isEmpty()) {
                extras.put("x-gdelt-cameo", JsonText.string(a.code()));
            }
            if (a.iso() == null && !a.cameoCountry().isEmpty()) {
                extras.put("x-gdelt-country", JsonText.string(a.cameoCountry()));
            }
            List<String> aliases = entry.aliases.stream().filter(alias -> !alias.equals(entry.label)).toList();
            actors.add(new Actor(entry.id, entry.label, a.kind(), aliases, a.iso(), null, List.of(),
                    Extras.of(extras)));
        }
        return actors;
    }
}

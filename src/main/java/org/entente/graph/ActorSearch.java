package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.model.Actor;

/** Finds actors by name or alias: whole-name matches first, then names that start with the text, then any that contain it. */
final class ActorSearch {
    private final List<Actor> actors;

    ActorSearch(List<Actor> actors) {
        this.actors = actors;
    }

    List<Actor> find(String text, int limit) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<List<Actor>> ranked = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Actor actor : actors) {
            int rank = rank(actor, wanted);
            if (rank >= 0) {
                ranked.get(rank).add(actor);
            }
        }
        List<Actor> found = new ArrayList<>();
        ranked.forEach(found::addAll);
        return found.subList(0, Math.min(limit, found.size()));
    }

    private static int rank(Actor actor, String wanted) {
        int best = rank(actor.name(), wanted);
        for (String alias : actor.aliases()) {
            int rank = rank(alias, wanted);
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
            }
        }
        return best;
    }

    private static int rank(String name, String wanted) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(wanted)) {
            return 0;
        }
        if (lower.startsWith(wanted)) {
            return 1;
        }
        return lower.contains(wanted) ? 2 : -1;
    }
}

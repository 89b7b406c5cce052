package org.entente.export;

import java.util.List;
import org.entente.network.GroupBy;
import org.entente.network.KindCount;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.entente.network.Spell;

/** Graphs made by hand for the tests of the graph files: text that needs escaping, and open spells. */
final class GraphFiles {
    static final String HOSTILE_LABEL = "<b>Kim & \"Xi\"</b> 'ok' \u0001 ]]> \uD83C\uDDF0\uD83C\uDDF5";
    static final String HOSTILE_KIND = "talks, \"secret\" [1]";

    private GraphFiles() {
    }

    /** Two actors whose names and kinds are markup, quotes, a control character and a flag, tied by one edge. */
    static ShownGraph hostile() {
        List<Spell> spells = List.of(new Spell(0, 86_400_000L), new Spell(1_000_000_000_000L, 1_000_000_000_500L));
        ShownNode a = new ShownNode("a&<b>", HOSTILE_LABEL, "person", null, false, 1, 2, 2, 1, spells);
        ShownNode b = new ShownNode("id with spaces \"quoted\"", "B", null, "PRK", true, 3, 2, 2, 1, spells);
        ShownEdge edge = new ShownEdge(a.id(), b.id(), ShownEdge.Arrow.SOURCE_TO_TARGET, 2, 2, 0, 0, Double.NaN, true,
                List.of(new KindCount(HOSTILE_KIND, 1), new KindCount(null, 1)), spells);
        return new ShownGraph("A </description> & title", 0, 2_000_000_000_000L, GroupBy.NONE, false, List.of(a, b),
                List.of(edge));
    }
}

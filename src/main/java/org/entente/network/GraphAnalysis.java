package org.entente.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Ranks and communities of the graph on show, computed with JGraphT. Everything it uses is built from
 * its arguments and dropped on return, so it may run on a background thread while the view goes on.
 */
public final class GraphAnalysis {
    /** Label propagation breaks ties at random; a fixed seed shows the same communities for the same graph. */
    private static final long SEED = 20_261_125L;

    private GraphAnalysis() {
    }

    /**
     * Analyses the undirected graph of the first {@code nodeCount} actor indices in {@code nodes} and the
     * first {@code edgeCount} edges {@code edgeA[i]}–{@code edgeB[i]} of weight {@code weight[i]}. An edge
     * given twice adds its weights; an edge from an actor to itself is ignored.
     *
     * @throws IllegalArgumentException when a node is given twice or an edge names an actor not among the nodes
     */
    public static Analysis analyse(int[] nodes, int nodeCount, int[] edgeA, int[] edgeB, double[] weight, int edgeCount) {
        int[] actors = Arrays.copyOf(nodes, nodeCount);
        Arrays.sort(actors);
        Graph<Integer, DefaultWeightedEdge> graph = graph(actors, edgeA, edgeB, weight, edgeCount);
        double[] ranks = ranks(graph, actors);
        List<Set<Integer>> clusters = communities(graph);
        int[] communities = new int[actors.length];
        for (int c = 0; c < clusters.size(); c++) {
            for (int actor : clusters.get(c)) {
                communities[Arrays.binarySearch(actors, actor)] = c;
            }
        }
        return new Analysis(actors, ranks, communities, clusters.size(), byDegree(graph, actors, ranks));
    }

    private static Graph<Integer, DefaultWeightedEdge> graph(int[] actors, int[] edgeA, int[] edgeB, double[] weight,
                                                             int edgeCount) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < actors.length; i++) {
            if (i > 0 && actors[i] == actors[i - 1]) {
                throw new IllegalArgumentException("actor " + actors[i] + " is given twice as a node");
            }
            graph.addVertex(actors[i]);
        }
        for (int i = 0; i < edgeCount; i++) {
            int a = edgeA[i];
            int b = edgeB[i];
            if (!graph.containsVertex(a) || !graph.containsVertex(b)) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " names an actor that is not a node");
            }
            if (a == b) {
                continue;
            }
            DefaultWeightedEdge edge = graph.getEdge(a, b);
            if (edge == null) {
                graph.setEdgeWeight(graph.addEdge(a, b), weight[i]);
            } else {
                graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight[i]);
            }
        }
        return graph;
    }

    /** PageRank scaled so that the highest is 1, which is what a view sizing nodes by rank needs. */
    private static double[] ranks(Graph<Integer, DefaultWeightedEdge> graph, int[] actors) {
        double[] ranks = new double[actors.length];
        if (actors.length == 0) {
            return ranks;
        }
        Map<Integer, Double> scores = new PageRank<>(graph).getScores();
        double max = 0;
        for (int i = 0; i < actors.length; i++) {
            ranks[i] = scores.get(actors[i]);
            max = Math.max(max, ranks[i]);
        }
        for (int i = 0; i < ranks.length && max > 0; i++) {
            ranks[i] /= max;
        }
        return ranks;
    }

    /** The communities, largest first; equal sizes by their lowest actor, so that numbering is stable. */
    private static List<Set<Integer>> communities(Graph<Integer, DefaultWeightedEdge> graph) {
        List<Set<Integer>> clusters = new ArrayList<>(
                new LabelPropagationClustering<>(graph, new Random(SEED)).getClustering().getClusters());
        clusters.sort(Comparator.<Set<Integer>>comparingInt(Set::size).reversed()
                .thenComparingInt(cluster -> cluster.stream().mapToInt(Integer::intValue).min().orElse(0)));
        return clusters;
    }

    private static int[] byDegree(Graph<Integer, DefaultWeightedEdge> graph, int[] actors, double[] ranks) {
        double[] degrees = new double[actors.length];
        for (int i = 0; i < actors.length; i++) {
            for (DefaultWeightedEdge edge : graph.edgesOf(actors[i])) {
                degrees[i] += graph.getEdgeWeight(edge);
            }
        }
        Integer[] order = new Integer[actors.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -degrees[i])
                .thenComparingDouble(i -> -ranks[i])
                .thenComparingInt(i -> actors[i]));
        int[] byDegree = new int[actors.length];
        for (int i = 0; i < order.length; i++) {
            byDegree[i] = actors[order[i]];
        }
        return byDegree;
    }
}

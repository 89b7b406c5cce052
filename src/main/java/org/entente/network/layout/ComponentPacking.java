package org.entente.network.layout;

import java.util.Arrays;

/**
 * Keeps the graph's smaller connected components close around its largest. Gravity alone leaves them
 * where the largest component's repulsion balances it, the rim of the disc that component would fill if
 * its nodes were spread evenly; a real component, drawn together by its edges, fills a fraction of that
 * disc, so a pair or a lone actor floats far out and the view, fitted to every node, shrinks the largest
 * component to a knot. Each smaller component is pulled as a whole, along the line to the largest one's
 * centre, to one edge length beyond the largest one's rim (that of the disc its nodes would fill evenly,
 * so that a few long chains do not hold the others far out); the repulsion keeps it from being pulled in.
 *
 * <p>Works by slot of the graph on show, with no allocation per step.
 */
final class ComponentPacking {
    private final int[] componentOf;
    private final int[] size;
    private final double[] sumX;
    private final double[] sumY;
    private final double[] reach;
    private final int[] queue;
    private int components;
    private int largest;

    ComponentPacking(int capacity) {
        componentOf = new int[capacity];
        size = new int[capacity];
        sumX = new double[capacity];
        sumY = new double[capacity];
        reach = new double[capacity];
        queue = new int[capacity];
    }

    /** Copies what the other has labelled, for a background relayout. */
    void copyFrom(ComponentPacking other) {
        System.arraycopy(other.componentOf, 0, componentOf, 0, componentOf.length);
        System.arraycopy(other.size, 0, size, 0, size.length);
        components = other.components;
        largest = other.largest;
    }

    /** Finds the connected components of the {@code n} slots from their adjacency lists, breadth first. */
    void label(int n, int[] adjacencyStart, int[] adjacent) {
        Arrays.fill(componentOf, 0, n, -1);
        components = 0;
        largest = 0;
        for (int root = 0; root < n; root++) {
            if (componentOf[root] >= 0) {
                continue;
            }
            int c = components++;
            int head = 0;
            int tail = 0;
            queue[tail++] = root;
            componentOf[root] = c;
            while (head < tail) {
                int slot = queue[head++];
                for (int i = adjacencyStart[slot]; i < adjacencyStart[slot + 1]; i++) {
                    int next = adjacent[i];
                    if (componentOf[next] < 0) {
                        componentOf[next] = c;
                        queue[tail++] = next;
                    }
                }
            }
            size[c] = tail;
            if (tail > size[largest]) {
                largest = c;
            }
        }
    }

    /**
     * Adds to the forces {@code fx, fy} of the {@code n} slots at {@code px, py} the pull of each smaller
     * component toward the largest, beyond one {@code gap} outside the largest component's rim, as strong
     * as the repulsion {@code strength} of each of the largest component's nodes at one unit away; and to
     * a pulled node's {@code stiffness} what the pull adds to it.
     */
    void pull(double[] px, double[] py, int n, double gap, double strength, double[] fx, double[] fy, double[] stiffness) {
        if (components < 2) {
            return;
        }
        Arrays.fill(sumX, 0, components, 0);
        Arrays.fill(sumY, 0, components, 0);
        Arrays.fill(reach, 0, components, 0);
        for (int s = 0; s < n; s++) {
            sumX[componentOf[s]] += px[s];
            sumY[componentOf[s]] += py[s];
        }
        for (int s = 0; s < n; s++) {
            int c = componentOf[s];
            double dx = px[s] - sumX[c] / size[c];
            double dy = py[s] - sumY[c] / size[c];
            reach[c] = Math.max(reach[c], Math.sqrt(dx * dx + dy * dy));
        }
        double centreX = sumX[largest] / size[largest];
        double centreY = sumY[largest] / size[largest];
        double squares = 0;
        for (int s = 0; s < n; s++) {
            if (componentOf[s] == largest) {
                squares += (px[s] - centreX) * (px[s] - centreX) + (py[s] - centreY) * (py[s] - centreY);
            }
        }
        // The rim of the disc its nodes would fill evenly: a few long chains reaching out leave it where it is.
        double rim = Math.sqrt(2 * squares / size[largest]);
        for (int s = 0; s < n; s++) {
            int c = componentOf[s];
            if (c == largest) {
                continue;
            }
            double dx = centreX - sumX[c] / size[c];
            double dy = centreY - sumY[c] / size[c];
            double distance = Math.sqrt(dx * dx + dy * dy);
            double target = rim + reach[c] + gap;
            double beyond = distance - target;
            if (beyond > 0) {
                // Stiff enough to outweigh the repulsion of the largest component's nodes there, about
                // size * repulsion / target, within another gap.
                double stiff = strength * size[largest] / target;
                fx[s] += stiff * beyond * dx / distance;
                fy[s] += stiff * beyond * dy / distance;
                stiffness[s] += stiff;
            }
        }
    }
}

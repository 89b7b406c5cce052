package org.entente.network;

import java.util.ArrayList;
import java.util.List;
import org.entente.index.IntList;

/**
 * A comparison's ties seen through the groups, as rows a scene is built from: a tie between two actors
 * is its own row, and a tie with a group sums, in A and in B, the pairs of actors it stands for, with
 * their mean tones weighted by their counts, and is filed afresh by how the sums changed. Each row is a
 * {@link PeriodComparison.Tie} whose {@code pair} is the tie's number (see {@link GroupedTies}).
 */
final class ComparedTies implements TieEnds {
    private final GroupedTies ties;
    private final List<PeriodComparison.Tie> rows;

    private ComparedTies(GroupedTies ties, List<PeriodComparison.Tie> rows) {
        this.ties = ties;
        this.rows = rows;
    }

    /** The rows of the given pairs of the comparison, each of which must be one of its ties. */
    static ComparedTies of(PeriodComparison comparison, IntList pairIds, GroupedTies ties) {
        List<PeriodComparison.Tie> rows = new ArrayList<>(pairIds.size());
        List<Sums> sums = new ArrayList<>();
        IntList grouped = new IntList();
        for (int i = 0; i < pairIds.size(); i++) {
            PeriodComparison.Tie tie = comparison.tieOf(pairIds.get(i));
            int t = ties.tieOf(tie.pair());
            if (t < 0) {
                continue;
            }
            if (!ties.isGroupTie(t)) {
                rows.add(tie);
            } else if (ties.rowOf(t) < 0) {
                ties.setRow(t, sums.size());
                grouped.add(t);
                sums.add(new Sums(t).add(tie));
            } else {
                sums.get(ties.rowOf(t)).add(tie);
            }
        }
        ties.clearRows(grouped);
        for (Sums s : sums) {
            rows.add(s.tie());
        }
        return new ComparedTies(ties, rows);
    }

    /** Counts and count-weighted tones of the pairs behind one group tie, in A and in B. */
    private static final class Sums {
        private final int tie;
        private int countA;
        private int countB;
        private double toneA;
        private double weightA;
        private double toneB;
        private double weightB;

        Sums(int tie) {
            this.tie = tie;
        }

        Sums add(PeriodComparison.Tie pair) {
            countA += pair.countA();
            countB += pair.countB();
            if (!Double.isNaN(pair.toneA())) {
                toneA += pair.toneA() * pair.countA();
                weightA += pair.countA();
            }
            if (!Double.isNaN(pair.toneB())) {
                toneB += pair.toneB() * pair.countB();
                weightB += pair.countB();
            }
            return this;
        }

        PeriodComparison.Tie tie() {
            double meanA = weightA == 0 ? Double.NaN : toneA / weightA;
            double meanB = weightB == 0 ? Double.NaN : toneB / weightB;
            return new PeriodComparison.Tie(tie, countA, countB, meanA, meanB,
                    PeriodComparison.change(countA, countB, meanA, meanB));
        }
    }

    int rows() {
        return rows.size();
    }

    /** The row's tie, its {@code pair} being the tie's number. */
    PeriodComparison.Tie tie(int row) {
        return rows.get(row);
    }

    /** Every row, in order: what the limits start from. */
    IntList all() {
        return IntList.counting(rows.size());
    }

    @Override
    public int nodeCount() {
        return ties.nodeCount();
    }

    @Override
    public int first(int row) {
        return ties.first(rows.get(row).pair());
    }

    @Override
    public int second(int row) {
        return ties.second(rows.get(row).pair());
    }
}

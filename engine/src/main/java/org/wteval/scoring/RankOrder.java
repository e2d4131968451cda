package org.wteval.scoring;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The order of a ranking on primitives, shared by the explained ranking and the fast path so that both always
 * agree. Bids are ordered by their totals as printed (six significant digits), then by the tie-break key, then by
 * bid id. Allocation-free except when two totals are so close that only exact decimal rounding can tell whether
 * they print the same.
 */
public final class RankOrder {

    /** Up to this many bids insertion sort is the faster; above it heapsort keeps large tenders at n log n. */
    private static final int SMALL = 24;

    /** Totals further apart than this, relative to the larger, can never round to the same six digits. */
    private static final double CLEARLY_APART = 1e-5;

    private RankOrder() {
    }

    /**
     * Sorts {@code order[0..n)}, a permutation of bid indices, best first.
     *
     * @param totals each bid's total, by index
     * @param higherIsBetter whether the method ranks the highest total first
     * @param tieKeys each bid's tie-break value
     * @param tieHigherFirst whether the higher tie-break value wins
     * @param idRank each bid's place in bid-id order, the last resort
     */
    public static void sort(int[] order, int n, double[] totals, boolean higherIsBetter, double[] tieKeys,
                            boolean tieHigherFirst, int[] idRank) {
        // The order is total (bid ids are unique), so any correct sort gives the same result: insertion sort for
        // a tender's few bids, heapsort for many; both in place, so nothing is allocated.
        if (n <= SMALL) {
            for (int k = 1; k < n; k++) {
                int bid = order[k];
                int m = k - 1;
                while (m >= 0 && compare(order[m], bid, totals, higherIsBetter, tieKeys, tieHigherFirst, idRank) > 0) {
                    order[m + 1] = order[m];
                    m--;
                }
                order[m + 1] = bid;
            }
            return;
        }
        for (int root = n / 2 - 1; root >= 0; root--) {
            siftDown(order, root, n, totals, higherIsBetter, tieKeys, tieHigherFirst, idRank);
        }
        for (int end = n - 1; end > 0; end--) {
            int top = order[0];
            order[0] = order[end];
            order[end] = top;
            siftDown(order, 0, end, totals, higherIsBetter, tieKeys, tieHigherFirst, idRank);
        }
    }

    /** Restores the heap below {@code root} in {@code order[0..end)}, the bid ranked last at the top. */
    private static void siftDown(int[] order, int root, int end, double[] totals, boolean higherIsBetter,
                                 double[] tieKeys, boolean tieHigherFirst, int[] idRank) {
        int r = root;
        while (2 * r + 1 < end) {
            int child = 2 * r + 1;
            if (child + 1 < end && compare(order[child], order[child + 1], totals, higherIsBetter, tieKeys,
                    tieHigherFirst, idRank) < 0) {
                child++;
            }
            if (compare(order[r], order[child], totals, higherIsBetter, tieKeys, tieHigherFirst, idRank) >= 0) {
                return;
            }
            int t = order[r];
            order[r] = order[child];
            order[child] = t;
            r = child;
        }
    }

    /** Negative when bid {@code i} ranks before bid {@code j}. */
    private static int compare(int i, int j, double[] totals, boolean higherIsBetter, double[] tieKeys,
                               boolean tieHigherFirst, int[] idRank) {
        double a = totals[i];
        double b = totals[j];
        if (!printedEqual(a, b)) {
            // Rounding is monotone, so totals that print differently keep the order of their exact values.
            int byTotal = Double.compare(a, b);
            return higherIsBetter ? -byTotal : byTotal;
        }
        int byTie = Double.compare(tieKeys[i], tieKeys[j]);
        if (byTie != 0) {
            return tieHigherFirst ? -byTie : byTie;
        }
        return Integer.compare(idRank[i], idRank[j]);
    }

    /** Each id's place in the sorted ids, the ranking's last resort between tied bids. */
    public static int[] idRanks(String[] ids) {
        String[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] ranks = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ranks[i] = Arrays.binarySearch(sorted, ids[i]);
        }
        return ranks;
    }

    /** Whether two totals print the same at six significant digits, which makes them a tie. */
    public static boolean printedEqual(double a, double b) {
        if (a == b) {
            return true;
        }
        if (Math.abs(a - b) > CLEARLY_APART * Math.max(Math.abs(a), Math.abs(b))) {
            return false;
        }
        return printed(a).compareTo(printed(b)) == 0;
    }

    /** A total as printed: six significant digits, half up, of its exact binary value. */
    public static BigDecimal printed(double total) {
        return new BigDecimal(total).round(Ranking.PRECISION);
    }

    /** Whether tied bids {@code i} and {@code j} differ on the tie-break key (else bid id separated them). */
    public static boolean separatedByTieKey(double[] tieKeys, int i, int j) {
        return Double.compare(tieKeys[i], tieKeys[j]) != 0;
    }
}

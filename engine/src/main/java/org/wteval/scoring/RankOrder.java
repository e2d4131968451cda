package org.wteval.scoring;

import java.math.BigDecimal;

/**
 * The order of a ranking on primitives, shared by the explained ranking and the fast path so that both always
 * agree. Bids are ordered by their totals as printed (six significant digits), then by the tie-break key, then by
 * bid id. Allocation-free except when two totals are so close that only exact decimal rounding can tell whether
 * they print the same.
 */
public final class RankOrder {

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
     * @param scratch working space of at least {@code n} entries
     */
    public static void sort(int[] order, int n, double[] totals, boolean higherIsBetter, double[] tieKeys,
                            boolean tieHigherFirst, int[] idRank, int[] scratch) {
        Comparison c = new Comparison(totals, higherIsBetter, tieKeys, tieHigherFirst, idRank);
        mergeSort(order, scratch, 0, n, c);
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

    /** The ranking's comparison, one object per sort rather than a lambda per call; it holds the caller's arrays. */
    private static final class Comparison {
        private final double[] totals;
        private final boolean higherIsBetter;
        private final double[] tieKeys;
        private final boolean tieHigherFirst;
        private final int[] idRank;

        Comparison(double[] totals, boolean higherIsBetter, double[] tieKeys, boolean tieHigherFirst, int[] idRank) {
            this.totals = totals;
            this.higherIsBetter = higherIsBetter;
            this.tieKeys = tieKeys;
            this.tieHigherFirst = tieHigherFirst;
            this.idRank = idRank;
        }

        /** Negative when bid {@code i} ranks before bid {@code j}. */
        int compare(int i, int j) {
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
    }

    /** Whether tied bids {@code i} and {@code j} differ on the tie-break key (else bid id separated them). */
    public static boolean separatedByTieKey(double[] tieKeys, int i, int j) {
        return Double.compare(tieKeys[i], tieKeys[j]) != 0;
    }

    /** Stable merge sort of {@code a[from..to)}; stability keeps equal bids in the order given. */
    private static void mergeSort(int[] a, int[] scratch, int from, int to, Comparison c) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, scratch, from, mid, c);
        mergeSort(a, scratch, mid, to, c);
        if (c.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, scratch, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && c.compare(scratch[i], scratch[j]) <= 0)) {
                a[k] = scratch[i++];
            } else {
                a[k] = scratch[j++];
            }
        }
    }
}

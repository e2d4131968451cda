package org.wteval.robust;

/**
 * Quantiles by linear interpolation between order statistics (Hyndman–Fan type 7, numpy's default): for sorted
 * x_0..x_{n−1}, h = (n − 1) p and Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋). The order statistics come from
 * selection (quickselect with a median-of-three pivot), which reorders the values in place instead of sorting
 * them; its result does not depend on the order the values arrive in.
 */
final class Quantiles {

    private Quantiles() {
    }

    /** Type-7 quantiles {@code p[0] ≤ p[1] ≤ …} of {@code a[from, to)}, which is reordered. */
    static void type7(double[] a, int from, int to, double[] p, double[] out) {
        int n = to - from;
        int searchFrom = from;
        for (int i = 0; i < p.length; i++) {
            double h = (n - 1) * p[i];
            int lo = (int) Math.floor(h);
            int k = from + lo;
            select(a, searchFrom, to, k);
            double low = a[k];
            double high = low;
            if (lo + 1 < n) {
                high = a[k + 1];
                for (int j = k + 2; j < to; j++) {
                    high = Math.min(high, a[j]);
                }
            }
            out[i] = low + (h - lo) * (high - low);
            searchFrom = k;
        }
    }

    /** Puts the k-th smallest of {@code a[from, to)} at k, the smaller ones before it and the others after. */
    static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

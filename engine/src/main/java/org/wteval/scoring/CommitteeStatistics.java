package org.wteval.scoring;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The statistics of committee scoring, on plain arrays: the median, the median absolute deviation and the outlier
 * test built on them (Leys et al. 2013, "Detecting outliers: Do not use standard deviation around the mean, use
 * absolute deviation around the median", J. Exp. Soc. Psychol. 49(4):764–766), and Kendall's coefficient of
 * concordance W with its tie correction and χ² test.
 */
public final class CommitteeStatistics {

    /** Scales the MAD to the standard deviation of a normal distribution: 1 / Φ⁻¹(3/4). */
    public static final double NORMAL_CONSISTENCY = 1.4826;

    private CommitteeStatistics() {
    }

    /** The median; the mean of the two middle values for an even count. */
    public static double median(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("median of no values");
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }

    /** The median absolute deviation from the median (unscaled). */
    public static double mad(double[] values) {
        double m = median(values);
        double[] dev = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            dev[i] = Math.abs(values[i] - m);
        }
        return median(dev);
    }

    /** The distance from the median beyond which a value is an outlier: {@code k × 1.4826 × MAD}. */
    public static double outlierThreshold(double[] values, double k) {
        return k * NORMAL_CONSISTENCY * mad(values);
    }

    /**
     * Which values lie further than {@code k × 1.4826 × MAD} from the median. When the MAD is zero (at least half
     * the values are equal) the test has no scale and flags nothing: a single differing score is then not called
     * an outlier on a distance of zero.
     */
    public static boolean[] outliers(double[] values, double k) {
        boolean[] out = new boolean[values.length];
        double threshold = outlierThreshold(values, k);
        if (threshold == 0) {
            return out;
        }
        double m = median(values);
        for (int i = 0; i < values.length; i++) {
            out[i] = Math.abs(values[i] - m) > threshold;
        }
        return out;
    }

    /** The arithmetic mean of the values not flagged. */
    public static double meanWithout(double[] values, boolean[] flagged) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!flagged[i]) {
                sum += values[i];
                n++;
            }
        }
        return sum / n;
    }

    /** Ranks 1..n in ascending order of value; tied values share the mean of the ranks they span. */
    public static double[] midRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int j = start; j <= end; j++) {
                ranks[order[j]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** {@code Σ (t³ − t)} over the groups of tied values. */
    public static double tieSum(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        double sum = 0;
        int start = 0;
        while (start < v.length) {
            int end = start;
            while (end + 1 < v.length && v[end + 1] == v[start]) {
                end++;
            }
            double t = end - start + 1;
            sum += t * t * t - t;
            start = end + 1;
        }
        return sum;
    }

    /**
     * Kendall's W with the tie correction, its χ² statistic and p-value.
     *
     * @param m raters
     * @param n items ranked
     * @param s sum of squared deviations of the items' rank sums from their mean
     * @param tieSum {@code Σ T} over the raters, {@code T = Σ (t³ − t)} over a rater's tie groups
     * @param w {@code 12 S / (m²(n³ − n) − m Σ T)}; NaN when every rater tied every item
     * @param chiSquare {@code m (n − 1) W}, with {@code n − 1} degrees of freedom
     * @param pValue {@code P(χ²(n − 1) ≥ chiSquare)}: the chance of this much agreement if the raters ranked at
     *     random
     */
    public record Concordance(int m, int n, double s, double tieSum, double w, double chiSquare,
                              int degreesOfFreedom, double pValue) {
    }

    /**
     * Kendall's W of the raters' scores; each rater's scores are turned into mid-ranks first.
     *
     * @param scores {@code scores[rater][item]}; at least two raters and two items
     */
    public static Concordance kendallW(double[][] scores) {
        int m = scores.length;
        int n = scores[0].length;
        if (m < 2 || n < 2) {
            throw new IllegalArgumentException("Kendall's W needs two raters and two items, not " + m + " and " + n);
        }
        double[] rankSums = new double[n];
        double ties = 0;
        for (double[] rater : scores) {
            double[] r = midRanks(rater);
            for (int i = 0; i < n; i++) {
                rankSums[i] += r[i];
            }
            ties += tieSum(rater);
        }
        double mean = m * (n + 1) / 2.0;
        double s = 0;
        for (double r : rankSums) {
            s += (r - mean) * (r - mean);
        }
        double denominator = (double) m * m * ((double) n * n * n - n) - m * ties;
        double w = denominator == 0 ? Double.NaN : 12 * s / denominator;
        double chi = m * (n - 1) * w;
        double p = Double.isNaN(w) ? Double.NaN : 1 - new ChiSquaredDistribution(null, n - 1).cumulativeProbability(chi);
        return new Concordance(m, n, s, ties, w, chi, n - 1, p);
    }
}

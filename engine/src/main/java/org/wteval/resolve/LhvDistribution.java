package org.wteval.resolve;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * The waste's lower heating value over the year, as weighted points (each weight is a share of the year), with a
 * quantile function for the percentile-based gates.
 *
 * <p>From percentiles: the quantile function is linear between the given percentiles and extrapolated beyond the
 * outermost ones along the nearest segment; it is sampled at the midpoints of {@value #POINTS} equal-probability
 * bins. From a monthly profile: each month is one point of weight 1/12, and quantiles use the Hazen plotting
 * position {@code (i + 0.5) / 12} of the sorted months, linear between them and flat beyond.
 */
public final class LhvDistribution {

    /** Points used to sample a percentile distribution: fine enough that shares of the year are exact to 1%. */
    public static final int POINTS = 100;

    /** Extrapolated tails never go below this LHV (MJ/kg); no waste burns at zero heating value. */
    private static final double FLOOR_MJ_PER_KG = 0.1;

    private final double[] knotP;
    private final double[] knotLhv;
    private final boolean flatTails;
    private final double[] lhv;
    private final double[] weight;
    private final String description;

    private LhvDistribution(double[] knotP, double[] knotLhv, boolean flatTails, double[] lhv, double[] weight,
                            String description) {
        this.knotP = knotP;
        this.knotLhv = knotLhv;
        this.flatTails = flatTails;
        this.lhv = lhv;
        this.weight = weight;
        this.description = description;
    }

    /** @param percentiles keys {@code P<n>} with values in MJ/kg, non-decreasing in n (checked by the resolver) */
    public static LhvDistribution fromPercentiles(SortedMap<String, Double> percentiles) {
        double[][] knots = percentiles.entrySet().stream()
                .map(e -> new double[] {Integer.parseInt(e.getKey().substring(1)) / 100.0, e.getValue()})
                .sorted((a, b) -> Double.compare(a[0], b[0]))
                .toArray(double[][]::new);
        double[] p = new double[knots.length];
        double[] v = new double[knots.length];
        StringBuilder d = new StringBuilder("percentiles ");
        for (int i = 0; i < knots.length; i++) {
            p[i] = knots[i][0];
            v[i] = knots[i][1];
            d.append(i == 0 ? "" : ", ").append("P").append(Math.round(p[i] * 100)).append(' ').append(v[i]);
        }
        d.append(" MJ/kg, sampled at ").append(POINTS).append(" equal-probability points");
        LhvDistribution shape = new LhvDistribution(p, v, false, null, null, null);
        double[] lhv = new double[POINTS];
        double[] w = new double[POINTS];
        for (int k = 0; k < POINTS; k++) {
            lhv[k] = shape.quantile((k + 0.5) / POINTS);
            w[k] = 1.0 / POINTS;
        }
        return new LhvDistribution(p, v, false, lhv, w, d.toString());
    }

    public static LhvDistribution fromMonthly(double[] monthly) {
        double[] sorted = monthly.clone();
        Arrays.sort(sorted);
        double[] p = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            p[i] = (i + 0.5) / sorted.length;
        }
        double[] w = new double[monthly.length];
        Arrays.fill(w, 1.0 / monthly.length);
        return new LhvDistribution(p, sorted, true, monthly.clone(), w,
                "monthly means " + Arrays.toString(monthly) + " MJ/kg, each month 1/12 of the year");
    }

    /** The LHV not exceeded for a share {@code p} of the year. */
    public double quantile(double p) {
        int n = knotP.length;
        if (p <= knotP[0]) {
            return flatTails ? knotLhv[0] : Math.max(FLOOR_MJ_PER_KG, extrapolate(0, 1, p));
        }
        if (p >= knotP[n - 1]) {
            return flatTails ? knotLhv[n - 1] : Math.max(FLOOR_MJ_PER_KG, extrapolate(n - 2, n - 1, p));
        }
        int i = 1;
        while (knotP[i] < p) {
            i++;
        }
        return extrapolate(i - 1, i, p);
    }

    private double extrapolate(int a, int b, double p) {
        if (knotP.length == 1) {
            return knotLhv[0];
        }
        double slope = (knotLhv[b] - knotLhv[a]) / (knotP[b] - knotP[a]);
        return knotLhv[a] + slope * (p - knotP[a]);
    }

    public int size() {
        return lhv.length;
    }

    public double lhv(int i) {
        return lhv[i];
    }

    /** Share of the year at point {@code i}; the weights sum to 1. */
    public double weight(int i) {
        return weight[i];
    }

    public double mean() {
        double m = 0;
        for (int i = 0; i < lhv.length; i++) {
            m += weight[i] * lhv[i];
        }
        return m;
    }

    public String description() {
        return description;
    }

    /** Checks percentile keys and order; returns a reason or {@code null}. */
    public static String checkPercentiles(Map<String, Double> percentiles) {
        double[][] sorted = percentiles.entrySet().stream()
                .map(e -> new double[] {Integer.parseInt(e.getKey().substring(1)), e.getValue()})
                .sorted((a, b) -> Double.compare(a[0], b[0]))
                .toArray(double[][]::new);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i][1] < sorted[i - 1][1]) {
                return "must not decrease: P" + (int) sorted[i][0] + " (" + sorted[i][1] + ") is below P"
                        + (int) sorted[i - 1][0] + " (" + sorted[i - 1][1] + ")";
            }
        }
        return null;
    }
}

package org.wteval.calc;

/** Small operations on yearly flows shared by the calculators. */
final class Flows {

    private Flows() {
    }

    /** Σ values, in index order (schedule totals are printed in full, so the order of addition is fixed). */
    static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}

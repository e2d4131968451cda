package org.wteval.calc;

/**
 * Size-dependent efficiency thresholds. The older MOEJ high-efficiency WtE subsidy published three points (15.5%
 * at ≤200 t/d, 21% at ≥600 t/d, 25% at ≥1,800 t/d); between them the threshold is interpolated linearly — a
 * stated assumption, since the full current table was not found — and it is flat outside them.
 */
public final class EfficiencyThresholds {

    private EfficiencyThresholds() {
    }

    /** The threshold at {@code capacityTonnesPerDay} through the points (t1, e1), (t2, e2), (t3, e3), t1 < t2 < t3. */
    public static double japanese(double capacityTonnesPerDay, double t1, double e1, double t2, double e2, double t3,
                                  double e3) {
        if (capacityTonnesPerDay <= t1) {
            return e1;
        }
        if (capacityTonnesPerDay <= t2) {
            return e1 + (e2 - e1) * (capacityTonnesPerDay - t1) / (t2 - t1);
        }
        if (capacityTonnesPerDay <= t3) {
            return e2 + (e3 - e2) * (capacityTonnesPerDay - t2) / (t3 - t2);
        }
        return e3;
    }
}

package org.wteval.rules;

/**
 * The mean and population standard deviation of the responsive bids' prices, from their count, sum and sum of
 * squares (what a rule can accumulate), and the limit below which a price is abnormally low by the relative test.
 */
public final class PriceSpread {

    private PriceSpread() {
    }

    public static double mean(Number n, Number sum) {
        return sum.doubleValue() / n.doubleValue();
    }

    /** Population standard deviation: sqrt(Σx² / n − mean²), never below zero whatever the rounding. */
    public static double standardDeviation(Number n, Number sum, Number squares) {
        double mean = mean(n, sum);
        return Math.sqrt(Math.max(0, squares.doubleValue() / n.doubleValue() - mean * mean));
    }

    /** mean − k × standard deviation. */
    public static double lowerLimit(Number n, Number sum, Number squares, double k) {
        return mean(n, sum) - k * standardDeviation(n, sum, squares);
    }
}

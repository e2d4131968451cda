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

    // A bid the committee rejected is not part of the responsive set, but its own test still counts it: the set's
    // aggregates plus the bid itself when it is rejected.

    public static long countWith(Number count, PriceFacts p) {
        return count.longValue() + (p.rejectedByCommittee() ? 1 : 0);
    }

    public static double sumWith(Number sum, PriceFacts p) {
        return sum.doubleValue() + (p.rejectedByCommittee() ? p.perTonne() : 0);
    }

    public static double squaresWith(Number squares, PriceFacts p) {
        return squares.doubleValue() + (p.rejectedByCommittee() ? p.perTonneSquared() : 0);
    }
}

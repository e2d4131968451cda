package org.wteval.scoring;

import java.util.Arrays;
import java.util.List;

/** How the toolkit separates bids whose totals print alike ({@code scoring.tieBreak}). */
public enum TieBreak {

    /** The lower lifecycle cost to the authority wins. */
    LOWER_LIFECYCLE_COST("lower-lifecycle-cost", false),
    /** The higher efficiency score wins. */
    HIGHER_EFFICIENCY_SCORE("higher-efficiency-score", true);

    private final String key;
    private final boolean higherFirst;

    TieBreak(String key, boolean higherFirst) {
        this.key = key;
        this.higherFirst = higherFirst;
    }

    /** The toolkit's name for it. */
    public String key() {
        return key;
    }

    /** Whether the higher value of {@link #value} wins. */
    public boolean higherFirst() {
        return higherFirst;
    }

    /** The value compared for a bid with this evaluated price and efficiency score. */
    public double value(double price, double efficiencyScore) {
        return this == LOWER_LIFECYCLE_COST ? price : efficiencyScore;
    }

    /** The tie-break the toolkit names, or {@code null} for an unknown name. */
    public static TieBreak byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElse(null);
    }

    /** Every name a toolkit may give. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(TieBreak::key).toList();
    }
}

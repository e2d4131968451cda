package org.wteval.scoring;

import org.wteval.rules.Numbers;

/**
 * The normalisations a toolkit may name in {@code scoring.<criterion>.normalisation}. Each keeps the stable id and
 * the clause it had as a scoring rule, so a score cites the same id and clause in every report.
 */
public enum Normalisation {

    LINEAR("linear", "SC-LINEAR", "Toolkit scoring.<criterion>.normalisation linear: 0 points at the worst anchor, "
            + "100 at the best, linear between, clamped") {
        @Override
        double raw(double value, ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return Normalise.linear(value, s.worst(), s.best());
        }

        @Override
        String formula(ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return "100 × (value − " + Numbers.format(s.worst()) + ") / (" + Numbers.format(s.best()) + " − "
                    + Numbers.format(s.worst()) + "), clamped to 0..100";
        }
    },

    RELATIVE_TO_BEST("relative-to-best", "SC-RELATIVE-TO-BEST", "Toolkit scoring.<criterion>.normalisation "
            + "relative-to-best: the best qualified bid scores 100, others in proportion (ADB/World Bank financial "
            + "score: lowest cost × 100 / cost)") {
        @Override
        double raw(double value, ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return Normalise.relativeToBest(value, lowest, highest, lowerIsBetter);
        }

        @Override
        String formula(ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return lowerIsBetter ? "100 × lowest among qualified bids (" + Numbers.format(lowest) + ") / value"
                    : "100 × value / highest among qualified bids (" + Numbers.format(highest) + ")";
        }
    },

    PUBLISHED_ANCHORS("published-anchors", "SC-PUBLISHED-ANCHORS", "Toolkit scoring.lifecycle.normalisation "
            + "published-anchors: 0 points at the ceiling price the tender publishes, 100 at the toolkit's share "
            + "(scoring.lifecycle.floorShareOfEstimate) of the owner's estimate it publishes, linear between, "
            + "clamped. Both anchors are fixed before bids are opened, so no bid's score depends on another bid: "
            + "the practice of a ceiling price set from the owner's cost estimate (yotei kakaku, Act on Promoting "
            + "Quality Assurance in Public Works, Act No. 18 of 2005, art. 7(1)(i)), which municipalities such as "
            + "Toei (Aichi) publish with the tender notice") {
        @Override
        double raw(double value, ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return Normalise.linear(value, s.worst(), s.best());
        }

        @Override
        String formula(ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return "100 × (value − ceiling " + Numbers.format(s.worst()) + ") / (floor " + Numbers.format(s.best())
                    + " − ceiling " + Numbers.format(s.worst()) + "), clamped to 0..100";
        }
    },

    THRESHOLD("threshold", "SC-THRESHOLD", "Toolkit scoring.<criterion>.normalisation threshold: 100 points for "
            + "meeting scoring.<criterion>.threshold, 0 otherwise") {
        @Override
        double raw(double value, ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return Normalise.threshold(value, s.threshold(), lowerIsBetter);
        }

        @Override
        String formula(ScoringSpec s, boolean lowerIsBetter, double lowest, double highest) {
            return "100 if value " + (lowerIsBetter ? "≤ " : "≥ ") + Numbers.format(s.threshold()) + ", else 0";
        }
    };

    private final String key;
    private final String id;
    private final String clause;

    Normalisation(String key, String id, String clause) {
        this.key = key;
        this.id = id;
        this.clause = clause;
    }

    /** The toolkit's name for it, e.g. {@code relative-to-best}. */
    public String key() {
        return key;
    }

    /** The stable id a score cites, e.g. {@code SC-LINEAR}. */
    public String id() {
        return id;
    }

    /** The guidance it encodes, as a score cites it. */
    public String clause() {
        return clause;
    }

    /** The normalisation a toolkit names, or {@code null} for a name no constant has. */
    public static Normalisation byKey(String key) {
        for (Normalisation n : values()) {
            if (n.key.equals(key)) {
                return n;
            }
        }
        return null;
    }

    /**
     * The score before clamping to 0..100.
     *
     * @param lowest the lowest value among the qualified bids
     * @param highest the highest value among the qualified bids
     */
    abstract double raw(double value, ScoringSpec s, boolean lowerIsBetter, double lowest, double highest);

    /** The normalisation written out with its anchors, as the report prints it. */
    abstract String formula(ScoringSpec s, boolean lowerIsBetter, double lowest, double highest);
}

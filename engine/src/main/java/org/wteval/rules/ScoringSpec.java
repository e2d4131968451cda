package org.wteval.rules;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Criterion;
import org.wteval.model.Toolkit;

/**
 * How the toolkit says one criterion is scored: its normalisation and that normalisation's anchors.
 *
 * @param worst score 0 at this value (linear); NaN when not given
 * @param best score 100 at this value (linear); NaN when not given
 * @param threshold the value to meet for 100 points (threshold); NaN when not given
 * @param params the toolkit keys behind it, cited by the scores
 */
public record ScoringSpec(String criterion, String normalisation, double worst, double best, double threshold,
                          List<String> params) {

    public static final String LINEAR = "linear";
    public static final String RELATIVE_TO_BEST = "relative-to-best";
    public static final String THRESHOLD = "threshold";
    public static final List<String> NORMALISATIONS = List.of(LINEAR, RELATIVE_TO_BEST, THRESHOLD);

    public ScoringSpec {
        params = List.copyOf(params);
    }

    /** The spec toolkit {@code tk} gives criterion {@code c} ({@code scoring.<c>.*}). */
    public static ScoringSpec of(Toolkit tk, Criterion c) {
        String prefix = "scoring." + c.key() + ".";
        String normalisation = tk.text(prefix + "normalisation");
        // A score cites only the anchors its normalisation reads.
        List<String> keys = new ArrayList<>(List.of(prefix + "normalisation"));
        if (normalisation.equals(LINEAR)) {
            keys.addAll(List.of(prefix + "worst", prefix + "best"));
        } else if (normalisation.equals(THRESHOLD)) {
            keys.add(prefix + "threshold");
        }
        return new ScoringSpec(c.key(), normalisation, number(tk, prefix + "worst"),
                number(tk, prefix + "best"), number(tk, prefix + "threshold"), keys);
    }

    /** Why the toolkit's scoring of {@code c} cannot work, as {@code {field, reason}}, or {@code null}. */
    public static String[] check(Toolkit tk, Criterion c) {
        ScoringSpec s = of(tk, c);
        String field = "scoring." + c.key() + ".";
        if (!NORMALISATIONS.contains(s.normalisation)) {
            return new String[] {field + "normalisation", "unknown normalisation '" + s.normalisation + "'; known: "
                    + String.join(", ", NORMALISATIONS)};
        }
        if (s.normalisation.equals(LINEAR) && (Double.isNaN(s.worst) || Double.isNaN(s.best) || s.worst == s.best)) {
            return new String[] {field + "worst", "linear scoring needs distinct worst and best anchors"};
        }
        if (s.normalisation.equals(THRESHOLD) && Double.isNaN(s.threshold)) {
            return new String[] {field + "threshold", "threshold scoring needs a threshold"};
        }
        return null;
    }

    private static double number(Toolkit tk, String key) {
        return tk.has(key) ? tk.number(key) : Double.NaN;
    }
}

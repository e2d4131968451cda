package org.wteval.scoring;

import java.util.ArrayList;
import java.util.Arrays;
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
 * @param anchors the tender's published prices ({@link Normalisation#PUBLISHED_ANCHORS}); {@code null} otherwise
 */
public record ScoringSpec(Criterion criterion, Normalisation normalisation, double worst, double best,
                          double threshold, List<String> params, PublishedAnchors anchors) {

    public ScoringSpec {
        params = List.copyOf(params);
    }

    /**
     * The spec toolkit {@code tk} gives criterion {@code c} ({@code scoring.<c>.*}); the toolkit must have passed
     * {@link #check}.
     */
    public static ScoringSpec of(Toolkit tk, Criterion c) {
        return of(tk, c, null);
    }

    /**
     * The spec with the tender's published price anchors: under {@link Normalisation#PUBLISHED_ANCHORS} the
     * ceiling is the worst anchor and the toolkit's share of the owner's estimate the best.
     *
     * @param anchors the tender's prices; required when the criterion uses published anchors
     */
    public static ScoringSpec of(Toolkit tk, Criterion c, PublishedAnchors anchors) {
        String prefix = "scoring." + c.key() + ".";
        if (Normalisation.PUBLISHED_ANCHORS.key().equals(tk.text(prefix + "normalisation"))) {
            if (anchors == null) {
                throw new IllegalStateException(c.key() + " uses published anchors but the tender states none");
            }
            return new ScoringSpec(c, Normalisation.PUBLISHED_ANCHORS, anchors.ceiling().value(),
                    anchors.floor(tk).value(), Double.NaN,
                    List.of(prefix + "normalisation", PublishedAnchors.FLOOR_SHARE), anchors);
        }
        return ofToolkit(tk, c);
    }

    private static ScoringSpec ofToolkit(Toolkit tk, Criterion c) {
        String prefix = "scoring." + c.key() + ".";
        String name = tk.text(prefix + "normalisation");
        Normalisation normalisation = Normalisation.byKey(name);
        if (normalisation == null) {
            throw new IllegalStateException("unchecked normalisation '" + name + "' for " + c.key());
        }
        return spec(c, normalisation, number(tk, prefix + "worst"), number(tk, prefix + "best"),
                number(tk, prefix + "threshold"));
    }

    /** A spec citing the toolkit keys {@code scoring.<c>.*} that its normalisation reads. */
    public static ScoringSpec spec(Criterion c, Normalisation n, double worst, double best, double threshold) {
        String prefix = "scoring." + c.key() + ".";
        // A score cites only the anchors its normalisation reads.
        List<String> keys = new ArrayList<>(List.of(prefix + "normalisation"));
        if (n == Normalisation.LINEAR) {
            keys.addAll(List.of(prefix + "worst", prefix + "best"));
        } else if (n == Normalisation.THRESHOLD) {
            keys.add(prefix + "threshold");
        }
        return new ScoringSpec(c, n, worst, best, threshold, keys, null);
    }

    /** Why the toolkit's scoring of {@code c} cannot work, as {@code {field, reason}}, or {@code null}. */
    public static String[] check(Toolkit tk, Criterion c) {
        String field = "scoring." + c.key() + ".";
        String name = tk.text(field + "normalisation");
        Normalisation n = Normalisation.byKey(name);
        if (n == null) {
            return new String[] {field + "normalisation", "unknown normalisation '" + name + "'; known: "
                    + String.join(", ", Arrays.stream(Normalisation.values()).map(Normalisation::key).toList())};
        }
        if (n == Normalisation.PUBLISHED_ANCHORS) {
            if (c != Criterion.LIFECYCLE) {
                return new String[] {field + "normalisation", "published anchors are prices, so only the "
                        + "lifecycle criterion can use them"};
            }
            if (!tk.has(PublishedAnchors.FLOOR_SHARE) || !tk.param(PublishedAnchors.FLOOR_SHARE).numeric()
                    || tk.number(PublishedAnchors.FLOOR_SHARE) <= 0 || tk.number(PublishedAnchors.FLOOR_SHARE) >= 1) {
                return new String[] {PublishedAnchors.FLOOR_SHARE, "published anchors need the floor as a share "
                        + "of the owner's estimate, above 0 and below 1"};
            }
            return null;
        }
        ScoringSpec s = ofToolkit(tk, c);
        if (n == Normalisation.LINEAR && (Double.isNaN(s.worst) || Double.isNaN(s.best) || s.worst == s.best)) {
            return new String[] {field + "worst", "linear scoring needs distinct worst and best anchors"};
        }
        if (n == Normalisation.THRESHOLD && Double.isNaN(s.threshold)) {
            return new String[] {field + "threshold", "threshold scoring needs a threshold"};
        }
        return null;
    }

    private static double number(Toolkit tk, String key) {
        return tk.has(key) ? tk.number(key) : Double.NaN;
    }
}

package org.wteval.robust;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Criterion;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceLocation;
import org.wteval.model.Toolkit;

/**
 * Draws criterion weights uniformly from the polytope W = {w : Σ_c w_c = 1, min_c ≤ w_c ≤ max_c} that a toolkit's
 * weight bounds allow: the weight space of SMAA-2 (Lahdelma and Salminen 2001, Operations Research 49(3)) with its
 * bounds as the partial preference information.
 *
 * <p>One criterion d is left dependent. The others are drawn uniformly in their ranges and w_d = 1 − Σ_{c≠d} w_c;
 * the draw is kept when w_d lies in its range and drawn again otherwise. The map from the free weights to W is linear
 * with a constant Jacobian, so uniform free weights accepted on W are uniform on W. The ranges are first narrowed to
 * W's own extent, lo_c = max(min_c, 1 − Σ_{e≠c} max_e) and hi_c = min(max_c, 1 − Σ_{e≠c} min_e), which changes no
 * weight vector that can be drawn but wastes fewer draws, and d is the criterion of the widest range, which leaves
 * the smallest box around W: 82% of the draws are kept under the base toolkit's bounds.
 *
 * <p>Draw {@code index} of a run comes from its own {@link SplitMix64} stream, so it is the same for any thread
 * count. Immutable and shareable between threads; drawing allocates nothing.
 */
public final class WeightSampler {

    /** Σ min or Σ max this close to 1 leaves W without volume: only weights on its boundary would remain. */
    private static final double FLAT = 1e-9;

    private final double[] lo;
    private final double[] hi;
    private final int dependent;

    /**
     * A sampler for the bounds of each criterion.
     *
     * @param names each criterion's name, for the messages
     * @param min each criterion's lowest weight
     * @param max each criterion's highest weight
     * @throws IllegalArgumentException naming every bound that is outside [0, 1] or above its maximum, and the sums
     *     when no weights or only a set without volume satisfy the bounds
     */
    public WeightSampler(String[] names, double[] min, double[] max) {
        if (names.length != min.length || names.length != max.length) {
            throw new IllegalArgumentException(names.length + " names for " + min.length + " minima and "
                    + max.length + " maxima");
        }
        List<Problem> problems = check(names, min, max);
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder("weight bounds admit no weights to sample:");
            for (Problem p : problems) {
                message.append(' ').append(p.message()).append(';');
            }
            throw new IllegalArgumentException(message.substring(0, message.length() - 1));
        }
        int n = min.length;
        double minSum = 0;
        double maxSum = 0;
        for (int c = 0; c < n; c++) {
            minSum += min[c];
            maxSum += max[c];
        }
        lo = new double[n];
        hi = new double[n];
        int widest = 0;
        for (int c = 0; c < n; c++) {
            lo[c] = Math.max(min[c], 1 - (maxSum - max[c]));
            hi[c] = Math.min(max[c], 1 - (minSum - min[c]));
            if (hi[c] - lo[c] > hi[widest] - lo[widest]) {
                widest = c;
            }
        }
        dependent = widest;
    }

    /**
     * The sampler of a toolkit's bounds {@code scoring.weightBounds.<criterion>.min} and {@code .max}, by
     * {@link Criterion#ordinal()}.
     *
     * @throws InvalidInputException with every problem of the bounds, each at its parameter in its toolkit file
     */
    public static WeightSampler of(Toolkit toolkit) throws InvalidInputException {
        Criterion[] criteria = Criterion.values();
        String[] names = new String[criteria.length];
        double[] min = new double[criteria.length];
        double[] max = new double[criteria.length];
        for (Criterion c : criteria) {
            names[c.ordinal()] = c.key();
            min[c.ordinal()] = toolkit.number(boundKey(c, "min"));
            max[c.ordinal()] = toolkit.number(boundKey(c, "max"));
        }
        List<InputProblem> problems = new ArrayList<>();
        for (Problem p : check(names, min, max)) {
            String key = p.criterion() < 0 ? "scoring.weightBounds"
                    : boundKey(criteria[p.criterion()], p.bound());
            // A sum involves every bound; it is reported where the efficiency bounds were set.
            String file = toolkit.fileOf(p.criterion() < 0 ? boundKey(criteria[0], p.bound()) : key);
            problems.add(InputProblem.at(new SourceLocation(file, "parameters." + key),
                    p.message() + " (toolkit " + toolkit.id() + ")"));
        }
        InvalidInputException.throwIfAny(problems);
        return new WeightSampler(names, min, max);
    }

    /** How many criteria a draw weighs. */
    public int criteria() {
        return lo.length;
    }

    /** Draw {@code index} of the run with {@code seed}: weights by criterion into {@code out}. */
    public void draw(long seed, long index, double[] out) {
        long state = SplitMix64.start(seed, index);
        while (true) {
            double sum = 0;
            for (int c = 0; c < lo.length; c++) {
                if (c != dependent) {
                    state = SplitMix64.step(state);
                    out[c] = lo[c] + (hi[c] - lo[c]) * SplitMix64.unit(SplitMix64.mix(state));
                    sum += out[c];
                }
            }
            double last = 1 - sum;
            if (last >= lo[dependent] && last <= hi[dependent]) {
                out[dependent] = last;
                return;
            }
        }
    }

    private static String boundKey(Criterion c, String bound) {
        return "scoring.weightBounds." + c.key() + "." + bound;
    }

    /**
     * A problem with the bounds.
     *
     * @param criterion the criterion it concerns, or -1 for the bounds' sums
     * @param bound "min" or "max": the bound at fault, or for a sum the bounds summed
     */
    private record Problem(int criterion, String bound, String message) {
    }

    /** Every problem with the bounds: W must be non-empty and have volume, or there is nothing to sample. */
    private static List<Problem> check(String[] names, double[] min, double[] max) {
        List<Problem> problems = new ArrayList<>();
        if (min.length < 2) {
            problems.add(new Problem(-1, "min", "weights of " + min.length + " criterion are fixed at 1"));
            return problems;
        }
        double minSum = 0;
        double maxSum = 0;
        boolean inRange = true;
        for (int c = 0; c < min.length; c++) {
            String name = names[c];
            for (String bound : new String[] {"min", "max"}) {
                double v = bound.equals("min") ? min[c] : max[c];
                if (!(v >= 0 && v <= 1)) {
                    problems.add(new Problem(c, bound, name + "." + bound + " = " + v + " is outside [0, 1]"));
                    inRange = false;
                }
            }
            if (min[c] > max[c]) {
                problems.add(new Problem(c, "min", name + ".min = " + min[c] + " is above " + name + ".max = "
                        + max[c]));
            } else if (min[c] == max[c]) {
                problems.add(new Problem(c, "min", name + ".min = " + name + ".max = " + min[c]
                        + " fixes the weight, so the weights that remain have no volume to sample"));
            }
            minSum += min[c];
            maxSum += max[c];
        }
        if (!inRange) {
            return problems;
        }
        if (minSum > 1 + FLAT) {
            problems.add(new Problem(-1, "min", "the minima sum to " + minSum + ", above 1"));
        } else if (minSum >= 1 - FLAT) {
            problems.add(new Problem(-1, "min", "the minima sum to 1, which leaves only the weights at the minima"));
        }
        if (maxSum < 1 - FLAT) {
            problems.add(new Problem(-1, "max", "the maxima sum to " + maxSum + ", below 1"));
        } else if (maxSum <= 1 + FLAT) {
            problems.add(new Problem(-1, "max", "the maxima sum to 1, which leaves only the weights at the maxima"));
        }
        return problems;
    }
}

package org.wteval.scoring;

import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;

/** A way of turning criterion scores and price into one figure per bid that ranks the bids. */
public interface EvaluationMethod {

    /** The toolkit's name for the method ({@code scoring.method}). */
    String name();

    /** The method written out with the toolkit's parameters, as the report prints it. */
    String formula();

    /** Whether a higher total ranks first (points) or a lower one (prices). */
    boolean higherIsBetter();

    /** The total's unit. */
    String unit();

    /** One bid's total and the intermediate figures a committee needs to reproduce it. */
    Result total(Candidate bid, List<Candidate> all);

    /**
     * One bid's total on primitives, by the same arithmetic as {@link #total(Candidate, List)}, so that the fast path
     * and the explained ranking agree to the last bit.
     *
     * @param weights criterion weights by {@link Criterion#ordinal()} (a method without weights ignores them)
     * @param scores the bid's criterion scores by {@link Criterion#ordinal()}
     * @param price the bid's evaluated price
     * @param lowestPrice the lowest evaluated price among the candidates
     */
    double total(double[] weights, double[] scores, double price, double lowestPrice);

    /** The weights this method was built with, by {@link Criterion#ordinal()}; zeros for a method without any. */
    double[] weightVector();

    /** @param audit named intermediate figures, in the order the report prints them */
    record Result(double total, Map<String, Double> audit) {
    }

    /** The lowest evaluated price among the candidates. */
    static double lowestPrice(List<Candidate> all) {
        return all.stream().mapToDouble(Candidate::price).min().orElseThrow();
    }

    /** Weights as figures, by criterion, turned into values by {@link Criterion#ordinal()}. */
    static double[] values(Map<Criterion, Figure> weights) {
        double[] w = new double[Criterion.values().length];
        for (Criterion c : Criterion.values()) {
            w[c.ordinal()] = weights.get(c).value();
        }
        return w;
    }
}

package org.wteval.scoring;

import java.util.List;
import java.util.Map;

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

    /** @param audit named intermediate figures, in the order the report prints them */
    record Result(double total, Map<String, Double> audit) {
    }

    /** The lowest evaluated price among the candidates. */
    static double lowestPrice(List<Candidate> all) {
        return all.stream().mapToDouble(Candidate::price).min().orElseThrow();
    }
}

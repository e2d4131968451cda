package org.wteval.optimise.award;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.pipeline.Evaluation;

/**
 * The award of a tender divided into lots, with its reasons.
 *
 * @param method the toolkit's evaluation method, which chose the objective
 * @param currency the tender's currency, the unit of every cost
 * @param score hard (rules broken), medium (lots left unawarded), soft (minus the total cost, or the total score in
 *     thousandths of a point)
 * @param lots in the tender's order
 * @param runnerUp the best award differing from this one in a lot the committee did not fix; {@code null} if none
 * @param unmet in words, each rule that cannot be met and the lot it leaves open; empty when every lot is awarded
 *     under every rule
 */
public record AwardAnswer(String caseId, String title, String method, Objective objective, String currency,
                          HardMediumSoftLongScore score, List<LotResult> lots, RunnerUp runnerUp,
                          List<String> unmet) {

    /** What the soft score counts: the authority's lifecycle cost (its present value), or the ranking total. */
    public static final String COST_FIGURE = "authorityPv";

    public AwardAnswer {
        lots = List.copyOf(lots);
        unmet = List.copyOf(unmet);
    }

    /**
     * One lot's award.
     *
     * @param award the winning option, or {@code null} when the lot is left unawarded
     * @param fixedBy who fixed the award and when, if the committee fixed it; {@code null} otherwise
     * @param why the reasons, one line each: what the award is worth and which rule stops each better option
     * @param options every bid offered for the lot, in bid order, with its cost, score and eligibility
     * @param evaluation the lot evaluated as a tender of one site with the bids for it, which the options were read
     *     from; {@code null} when no bid is offered for the lot
     */
    public record LotResult(String lot, String title, double tonnesPerDay, AwardOption award, String fixedBy,
                            List<String> why, List<AwardOption> options, Evaluation evaluation) {

        public LotResult {
            why = List.copyOf(why);
            options = List.copyOf(options);
        }
    }

    /**
     * The second-best award.
     *
     * @param awards one per lot in the tender's order, {@code null} for a lot it leaves unawarded
     * @param score its score, which ranks below {@link AwardAnswer#score}
     * @param changes the lots where it differs, one line each
     */
    public record RunnerUp(List<AwardOption> awards, HardMediumSoftLongScore score, List<String> changes) {

        public RunnerUp {
            awards = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(awards));
            changes = List.copyOf(changes);
        }
    }
}

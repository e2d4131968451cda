package org.wteval.report.ocds;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.CaseSource;
import org.wteval.model.InvalidInputException;
import org.wteval.optimise.award.AwardAnswer;
import org.wteval.optimise.award.LotAwardAnalysis;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;

/**
 * What an OCDS release publishes of a case: the case as submitted, each ranking (the whole tender's, or one per
 * lot), and the awards. A tender without lots is awarded to the first of its ranking; a tender with lots as
 * {@code wte award} awards it.
 *
 * @param rankings one per lot in the tender's order ({@code lot} {@code null} for a tender without lots); a lot no bid
 *     covers has none
 * @param awards in the tender's lot order
 */
public record OcdsOutcome(CaseSource source, List<LotRanking> rankings, List<Awarded> awards) {

    public OcdsOutcome {
        rankings = List.copyOf(rankings);
        awards = List.copyOf(awards);
    }

    /** The evaluation of one lot, or of the whole tender when {@code lot} is {@code null}. */
    public record LotRanking(String lot, Evaluation evaluation) {
    }

    /** One lot (or the whole tender, {@code lot} {@code null}) awarded to one bid. */
    public record Awarded(String lot, String bidId) {
    }

    /** Evaluates (and for a tender with lots, awards) the case as {@code wte evaluate} and {@code wte award} do. */
    public static OcdsOutcome of(Engine engine, CaseSource source) throws InvalidInputException {
        if (source.tender() == null || !source.tender().hasLots()) {
            Evaluation e = engine.evaluate(source);
            List<Awarded> awards = e.ranking().isEmpty() ? List.of()
                    : List.of(new Awarded(null, e.ranking().get(0).bidId()));
            return new OcdsOutcome(source, List.of(new LotRanking(null, e)), awards);
        }
        AwardAnswer answer = LotAwardAnalysis.of(engine, new LotAwardSolver(AwardSolverSettings.DEFAULT), source);
        List<LotRanking> rankings = new ArrayList<>();
        List<Awarded> awards = new ArrayList<>();
        for (AwardAnswer.LotResult lot : answer.lots()) {
            // Each lot's ranking is the evaluation the award was made from, not a second one.
            if (lot.evaluation() != null) {
                rankings.add(new LotRanking(lot.lot(), lot.evaluation()));
            }
            if (lot.award() != null) {
                awards.add(new Awarded(lot.lot(), lot.award().bidId()));
            }
        }
        return new OcdsOutcome(source, rankings, awards);
    }
}

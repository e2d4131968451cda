package org.wteval.optimise.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.Tender;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.pipeline.Evaluation;

/**
 * The award in words: for each lot, what its award is worth and, for every option better on the objective alone,
 * the rule (with its numbers, from the constraint's justification) that changing the lot to it would break; each
 * lot left open and the rule that closes each of its options; and the runner-up award with its difference.
 */
final class Explanation {

    private Explanation() {
    }

    static AwardAnswer of(CaseSource source, String method, LotAwardSolver solver, AwardPlan best,
                          List<Evaluation> evaluations) {
        Tender tender = source.tender();
        Objective objective = best.objective();
        List<AwardAnswer.LotResult> results = new ArrayList<>();
        List<String> unmet = new ArrayList<>();
        for (int i = 0; i < best.lots().size(); i++) {
            LotAward lot = best.lots().get(i);
            Tender.Lot spec = tender.lots().get(i);
            AwardOption award = lot.getOption();
            List<String> why = new ArrayList<>();
            String fixedBy = null;
            if (lot.fixed()) {
                Committee.LotAward f = source.committee().lotAwards().stream()
                        .filter(a -> a.lot().equals(lot.lot())).findFirst().orElseThrow();
                fixedBy = f.decidedBy() + ", " + f.date();
                why.add(award.bidId() + " at " + value(award, objective) + ": fixed by the committee (" + fixedBy
                        + ")");
            } else if (award != null) {
                why.add(award.bidId() + " at " + value(award, objective) + (award.offer().isPackage()
                        ? ", as part of package bid for " + award.offer().lotGroup() + " ("
                                + String.join(", ", award.offer().lots()) + "), which wins every lot of its group"
                        : ""));
                boolean anyBetter = false;
                for (AwardOption o : lot.getOptions()) {
                    if (o.softValue(objective) > award.softValue(objective)) {
                        anyBetter = true;
                        why.add(o.bidId() + " at " + value(o, objective) + " (" + difference(o, award, objective)
                                + ") would break: " + rules(solver, best, o));
                    }
                }
                if (!anyBetter) {
                    why.add(objective == Objective.LOWEST_COST ? "no bid for the lot costs less"
                            : "no bid for the lot scores higher");
                }
            } else {
                if (lot.getOptions().isEmpty()) {
                    why.add("no bid is offered for this lot");
                }
                for (AwardOption o : lot.getOptions()) {
                    why.add(o.bidId() + " at " + value(o, objective) + " would break: " + rules(solver, best, o));
                }
                unmet.add("lot " + lot.lot() + " (" + spec.title() + ") cannot be awarded: " + String.join("; ", why));
            }
            results.add(new AwardAnswer.LotResult(lot.lot(), spec.title(), spec.tonnesPerDay(), award, fixedBy, why,
                    lot.getOptions(), evaluations.get(i)));
        }
        if (best.score().getHardScore() < 0) {
            List<String> broken = solver.brokenRules(best).stream().filter(m -> m.score().getHardScore() < 0)
                    .map(m -> m.constraint() + ": " + m.justification()).toList();
            unmet.add(0, "the awards the committee fixed break the tender's rules: " + String.join("; ", broken));
        }
        AwardPlan second = solver.runnerUp(best);
        AwardAnswer.RunnerUp runnerUp = second == null ? null
                : new AwardAnswer.RunnerUp(second.awards(), second.score(), changes(best, second));
        return new AwardAnswer(tender.id(), tender.title(), method, objective, tender.currency(), best.score(),
                results, runnerUp, unmet);
    }

    /** The rules the award would break with the lot of {@code o} changed to it alone. */
    private static String rules(LotAwardSolver solver, AwardPlan best, AwardOption o) {
        List<String> broken = solver.whyNot(best, o).stream().map(m -> m.constraint() + ": " + m.justification())
                .toList();
        return broken.isEmpty() ? "no rule, but the award as a whole would be worse" : String.join("; ", broken);
    }

    /** Each lot where the runner-up differs from the award. */
    private static List<String> changes(AwardPlan best, AwardPlan second) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < best.lots().size(); i++) {
            AwardOption a = best.lots().get(i).getOption();
            AwardOption b = second.lots().get(i).getOption();
            if (!Objects.equals(a, b)) {
                out.add(best.lots().get(i).lot() + ": " + (b == null ? "unawarded" : b.bidId()) + " instead of "
                        + (a == null ? "unawarded" : a.bidId()));
            }
        }
        return out;
    }

    /** An option's worth on the objective: its cost in the tender's currency, or its total score. */
    static String value(AwardOption o, Objective objective) {
        return objective == Objective.LOWEST_COST ? String.format(Locale.ROOT, "%,d", o.cost())
                : String.format(Locale.ROOT, "%.3f points", o.scoreUnits() / (double) Objective.SCORE_UNITS_PER_POINT);
    }

    private static String difference(AwardOption better, AwardOption chosen, Objective objective) {
        return objective == Objective.LOWEST_COST
                ? String.format(Locale.ROOT, "%,d less", chosen.cost() - better.cost())
                : String.format(Locale.ROOT, "%.3f points more",
                        (better.scoreUnits() - chosen.scoreUnits()) / (double) Objective.SCORE_UNITS_PER_POINT);
    }
}

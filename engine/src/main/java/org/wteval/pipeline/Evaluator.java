package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.TenderMetrics;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;
import org.wteval.scoring.CriterionScore;
import org.wteval.calc.RevenuePlan;
import org.wteval.rules.Facts;
import org.wteval.rules.Plans;
import org.wteval.rules.Finding;
import org.wteval.rules.RuleBook;
import org.wteval.rules.RuleOutcome;
import org.wteval.model.Criterion;
import org.wteval.scoring.Candidate;
import org.wteval.scoring.CriterionScorer;
import org.wteval.scoring.EvaluationMethod;
import org.wteval.scoring.EvaluationMethods;
import org.wteval.scoring.RankedBid;
import org.wteval.scoring.Ranking;
import org.wteval.scoring.TieBreak;
import org.wteval.scoring.CommitteeSpec;
import org.wteval.scoring.TechnicalScores;
import org.wteval.rules.TechnicalScoreFacts;

/** Runs a validated case through planning rules, calculators, judging rules and scoring. */
final class Evaluator {

    private Evaluator() {
    }

    static Evaluation evaluate(ValidatedCase inputs, RuleBook rules, String engineVersion) {
        ResolvedTender t = inputs.resolved().tender();
        TenderMetrics tm = TenderMetrics.compute(t);
        List<ResolvedBid> resolved = inputs.resolved().bids();
        RuleOutcome planning = rules.plan(Facts.plan(t, resolved));
        Map<String, RevenuePlan> plans = Plans.of(t, resolved, planning);
        List<BidMetrics> metrics = new ArrayList<>();
        for (ResolvedBid b : resolved) {
            metrics.add(BidMetrics.compute(t, b, plans.get(b.id())));
        }
        TechnicalScores technical = committeeScores(inputs);
        List<Object> judgeFacts = new ArrayList<>(Facts.of(t, tm, metrics, plans));
        judgeFacts.addAll(technicalFacts(technical));
        RuleOutcome outcome = rules.judge(judgeFacts).withFindingsOf(planning);
        List<CriterionScore> criterionScores = CriterionScorer.of(t.toolkit()).explain(
                metrics.stream().filter(m -> outcome.qualifiedBids().contains(m.bidId())).toList());

        EvaluationMethod method = EvaluationMethods.of(t.toolkit(), t.weights(), t.currency());
        String tieBreak = t.toolkit().text("scoring.tieBreak");
        List<RankedBid> ranking = Ranking.rank(method, candidates(metrics, outcome, criterionScores),
                TieBreak.byKey(tieBreak), technical == null ? 0 : technical.spec().technicalShare(),
                technicalByBid(technical));
        Map<String, RankedBid> rankOf = new HashMap<>();
        ranking.forEach(r -> rankOf.put(r.bidId(), r));

        List<BidEvaluation> bids = new ArrayList<>();
        for (BidMetrics m : metrics) {
            String id = m.bidId();
            List<CriterionScore> scores = criterionScores.stream().filter(s -> s.bidId().equals(id)).toList();
            bids.add(new BidEvaluation(m, plans.get(id), outcome.qualifiedBids().contains(id), rankOf.get(id),
                    outcome.findingsFor(id), scores));
        }
        bids.sort(Comparator.comparing((BidEvaluation b) -> b.ranking() == null ? Integer.MAX_VALUE
                : b.ranking().rank()).thenComparing(BidEvaluation::bidId));
        Audit audit = new Audit(engineVersion, inputs.caseFiles(), inputs.toolkitFiles(), rules.files());
        Map<String, Param> used = usedParams(t.toolkit(), tm, t.weights().values(), bids, planning, outcome,
                criterionScores);
        if (technical != null) {
            technical.spec().params().forEach(k -> used.put(k, t.toolkit().param(k)));
        }
        return new Evaluation(t, tm, outcome.findingsFor(Finding.TENDER), method, t.weights(), tieBreak,
                List.copyOf(bids), ranking, used, audit, technical);
    }

    // Committee scoring of technical proposals: computed before judging, so that the minimum-score rule sees it
    // and a bid below the minimum never reaches the price comparison.

    /** The committee's technical scores of every bid, or {@code null} when the toolkit has no committee scoring. */
    private static TechnicalScores committeeScores(ValidatedCase inputs) {
        Toolkit tk = inputs.resolved().tender().toolkit();
        if (!CommitteeSpec.enabled(tk)) {
            return null;
        }
        List<String> ids = inputs.resolved().bids().stream().map(ResolvedBid::id).toList();
        return TechnicalScores.compute(CommitteeSpec.of(tk), inputs.committee(), ids);
    }

    /** The facts the judging rules match a technical score on. */
    private static List<Object> technicalFacts(TechnicalScores technical) {
        if (technical == null) {
            return List.of();
        }
        return technical.bids().stream().map(b -> (Object) new TechnicalScoreFacts(b.bidId(), b.score())).toList();
    }

    /** Technical scores by bid id; empty without committee scoring. */
    static Map<String, Double> technicalByBid(TechnicalScores technical) {
        Map<String, Double> out = new HashMap<>();
        if (technical != null) {
            technical.bids().forEach(b -> out.put(b.bidId(), b.score()));
        }
        return out;
    }

    /** The qualified bids with their criterion scores and evaluated price. */
    private static List<Candidate> candidates(List<BidMetrics> metrics, RuleOutcome outcome,
                                              List<CriterionScore> criterionScores) {
        List<Candidate> out = new ArrayList<>();
        for (BidMetrics m : metrics) {
            if (!outcome.qualifiedBids().contains(m.bidId())) {
                continue;
            }
            Map<Criterion, Double> scores = new EnumMap<>(Criterion.class);
            for (CriterionScore s : criterionScores) {
                if (s.bidId().equals(m.bidId()) && scores.put(s.criterion(), s.score()) != null) {
                    throw new IllegalStateException("two scores for " + s.criterion().key() + " for " + m.bidId());
                }
            }
            out.add(new Candidate(m.bidId(), scores, m.lifecycle().authorityCostPerTonneReal().value()));
        }
        return out;
    }

    /** The toolkit parameters this evaluation rested on, so the report can list each with its source and status. */
    private static Map<String, Param> usedParams(Toolkit tk, TenderMetrics tm, Collection<Figure> weights,
                                                 List<BidEvaluation> bids, RuleOutcome planning,
                                                 RuleOutcome outcome, List<CriterionScore> criterionScores) {
        Map<String, Param> used = new TreeMap<>();
        List<Figure> roots = new ArrayList<>(List.of(tm.averageLhv(), tm.lowLhv(), tm.highLhv()));
        roots.addAll(weights);
        bids.forEach(b -> roots.addAll(b.metrics().figures().values()));
        roots.forEach(f -> collect(f, tk, used));
        outcome.findings().forEach(f -> f.params().forEach(k -> used.put(k, tk.param(k))));
        criterionScores.forEach(s -> s.params().forEach(k -> used.put(k, tk.param(k))));
        planning.decisions().forEach(d -> d.params().forEach(k -> used.put(k, tk.param(k))));
        for (String k : List.of("scoring.method", "scoring.tieBreak")) {
            used.put(k, tk.param(k));
        }
        EvaluationMethods.paramKeys(tk.text("scoring.method")).forEach(k -> used.put(k, tk.param(k)));
        return used;
    }

    private static void collect(Figure f, Toolkit tk, Map<String, Param> used) {
        if (f.origin() instanceof Origin.ToolkitParameter p && tk.has(p.key())) {
            used.put(p.key(), tk.param(p.key()));
        }
        f.inputs().forEach(i -> collect(i, tk, used));
    }
}

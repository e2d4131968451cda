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
import org.wteval.scoring.PublishedAnchors;
import org.wteval.scoring.Ranking;
import org.wteval.scoring.ScoreFigures;
import org.wteval.resolve.ResolvedPriceReference;
import org.wteval.scoring.TieBreak;

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
        RuleOutcome outcome = rules.judge(Facts.of(t, tm, metrics, plans)).withFindingsOf(planning);
        CriterionScorer scorer = CriterionScorer.of(t.toolkit(), publishedAnchors(t));
        List<BidMetrics> qualified = metrics.stream().filter(m -> outcome.qualifiedBids().contains(m.bidId()))
                .toList();
        List<CriterionScore> criterionScores = scorer.explain(qualified);

        EvaluationMethod method = EvaluationMethods.of(t.toolkit(), t.weights(), t.currency());
        String tieBreak = t.toolkit().text("scoring.tieBreak");
        List<RankedBid> ranking = Ranking.rank(method, candidates(metrics, outcome, criterionScores),
                TieBreak.byKey(tieBreak));
        Map<String, RankedBid> rankOf = new HashMap<>();
        ranking.forEach(r -> rankOf.put(r.bidId(), r));
        Map<String, Map<String, Figure>> scoreFigures = ScoreFigures.of(scorer, t.toolkit(), method, t.weights(),
                qualified, criterionScores, ranking);

        List<BidEvaluation> bids = new ArrayList<>();
        for (BidMetrics m : metrics) {
            String id = m.bidId();
            List<CriterionScore> scores = criterionScores.stream().filter(s -> s.bidId().equals(id)).toList();
            bids.add(new BidEvaluation(m, plans.get(id), outcome.qualifiedBids().contains(id), rankOf.get(id),
                    outcome.findingsFor(id), scores, scoreFigures.getOrDefault(id, Map.of())));
        }
        bids.sort(Comparator.comparing((BidEvaluation b) -> b.ranking() == null ? Integer.MAX_VALUE
                : b.ranking().rank()).thenComparing(BidEvaluation::bidId));
        Audit audit = new Audit(engineVersion, inputs.caseFiles(), inputs.toolkitFiles(), rules.files());
        // Re-ranked on the fast path, so the check holds the evaluation's decisions and opens no rule session.
        List<RankReversal> reversals = RankReversal.of(FastPath.of(t, bids, method, TieBreak.byKey(tieBreak)));
        return new Evaluation(t, tm, outcome.findingsFor(Finding.TENDER), method, t.weights(), tieBreak,
                List.copyOf(bids), ranking,
                usedParams(t.toolkit(), tm, t.weights().values(), bids, planning, outcome, criterionScores), audit,
                reversals);
    }

    /** The tender's ceiling and owner's estimate, when it states both; published-anchor scoring needs them. */
    static PublishedAnchors publishedAnchors(ResolvedTender t) {
        ResolvedPriceReference p = t.priceReference();
        return p == null || p.ceiling() == null || p.ownerEstimate() == null ? null
                : new PublishedAnchors(p.ceiling(), p.ownerEstimate());
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
        bids.forEach(b -> roots.addAll(b.scoreFigures().values()));
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

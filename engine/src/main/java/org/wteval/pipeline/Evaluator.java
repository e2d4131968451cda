package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.wteval.calc.BidFlows;
import org.wteval.calc.BidKernel;
import org.wteval.calc.BidMetrics;
import org.wteval.calc.TenderMetrics;
import org.wteval.model.Committee;
import org.wteval.model.Figure;
import org.wteval.model.InvalidInputException;
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
import org.wteval.scoring.RankOrder;
import org.wteval.scoring.CommitteeSpec;
import org.wteval.scoring.TechnicalScores;
import org.wteval.rules.TechnicalScoreFacts;

/** Runs a validated case through planning rules, calculators, judging rules and scoring. */
final class Evaluator {

    private Evaluator() {
    }

    static Evaluation evaluate(ValidatedCase inputs, RuleBook rules, String engineVersion)
            throws InvalidInputException {
        ResolvedTender t = inputs.resolved().tender();
        TenderMetrics tm = TenderMetrics.compute(t);
        List<ResolvedBid> resolved = inputs.resolved().bids();
        RuleOutcome planning = rules.plan(Facts.plan(t, resolved));
        Map<String, RevenuePlan> plans = Plans.of(t, resolved, planning);
        // Each bid is computed and explained on its own, from immutable inputs, so large tenders use every core;
        // the results keep the bids' order, so the output does not depend on the threads.
        BidKernel[] kernelOf = new BidKernel[resolved.size()];
        BidMetrics[] explained = new BidMetrics[resolved.size()];
        IntStream.range(0, resolved.size()).parallel().forEach(i -> {
            ResolvedBid b = resolved.get(i);
            // The kernel serves the explanation now and the rank-reversal check on the fast path later.
            BidKernel k = BidKernel.of(t, b, plans.get(b.id()));
            BidFlows f = BidFlows.of(k);
            f.compute(k);
            kernelOf[i] = k;
            explained[i] = BidMetrics.explain(t, b, plans.get(b.id()), k, f);
        });
        List<BidMetrics> metrics = List.of(explained);
        Map<String, BidKernel> kernels = new HashMap<>();
        for (int i = 0; i < kernelOf.length; i++) {
            kernels.put(resolved.get(i).id(), kernelOf[i]);
        }
        TechnicalScores technical = committeeScores(inputs);
        List<Object> judgeFacts = new ArrayList<>(Facts.of(t, tm, metrics, plans, rejectedByCommittee(inputs)));
        judgeFacts.addAll(technicalFacts(technical));
        RuleOutcome outcome = rules.judge(judgeFacts).withFindingsOf(planning);
        EvaluationMethod method = EvaluationMethods.of(t.toolkit(), t.weights(), t.currency());
        String tieBreak = t.toolkit().text("scoring.tieBreak");
        double share = technical == null ? 0 : technical.spec().technicalShare();
        Map<String, Double> technicalScores = technicalByBid(technical);

        CriterionScorer scorer = CriterionScorer.of(t.toolkit(), publishedAnchors(t));

        AlpProcedure procedure = abnormallyLowProcedure(inputs, t, scorer, method, tieBreak, share, technicalScores,
                metrics, outcome);
        Set<String> ranked = new TreeSet<>(outcome.qualifiedBids());
        ranked.removeIf(procedure::rejected);
        List<BidMetrics> rankedMetrics = metrics.stream().filter(m -> ranked.contains(m.bidId())).toList();
        List<CriterionScore> criterionScores = scorer.explain(rankedMetrics);
        List<RankedBid> ranking = Ranking.rank(method, candidates(metrics, ranked, criterionScores),
                TieBreak.byKey(tieBreak), share, technicalScores);
        Map<String, RankedBid> rankOf = new HashMap<>();
        ranking.forEach(r -> rankOf.put(r.bidId(), r));
        Map<String, Map<String, Figure>> scoreFigures = ScoreFigures.of(scorer, t.toolkit(), method, t.weights(),
                rankedMetrics, criterionScores, ranking, technicalFigures(inputs, t, technical));

        List<BidEvaluation> bids = new ArrayList<>();
        Map<String, List<CriterionScore>> scoresOf = new HashMap<>();
        criterionScores.forEach(s -> scoresOf.computeIfAbsent(s.bidId(), id -> new ArrayList<>()).add(s));
        for (BidMetrics m : metrics) {
            String id = m.bidId();
            List<CriterionScore> scores = List.copyOf(scoresOf.getOrDefault(id, List.of()));
            bids.add(new BidEvaluation(m, plans.get(id), outcome.qualifiedBids().contains(id), rankOf.get(id),
                    outcome.findingsFor(id), scores, scoreFigures.getOrDefault(id, Map.of())));
        }
        bids.sort(Comparator.comparing((BidEvaluation b) -> b.ranking() == null ? Integer.MAX_VALUE
                : b.ranking().rank()).thenComparing(BidEvaluation::bidId));
        Audit audit = new Audit(engineVersion, inputs.caseFiles(), inputs.toolkitFiles(), rules.files());
        Map<String, Param> used = usedParams(t.toolkit(), tm, t.weights().values(), bids, planning, outcome,
                criterionScores);
        if (technical != null) {
            technical.spec().params().forEach(k -> used.put(k, t.toolkit().param(k)));
        }
        // Re-ranked on the fast path, so the check holds the evaluation's decisions and opens no rule session.
        List<RankReversal> reversals = RankReversal.of(FastPath.of(t, bids, method, TieBreak.byKey(tieBreak),
                technicalScores, share, b -> kernels.get(b.bidId())));
        return new Evaluation(t, tm, outcome.findingsFor(Finding.TENDER), method, t.weights(), tieBreak,
                List.copyOf(bids), ranking, used, audit, technical, procedure, reversals);
    }

    /** The tender's ceiling and owner's estimate, when it states both; published-anchor scoring needs them. */
    static PublishedAnchors publishedAnchors(ResolvedTender t) {
        ResolvedPriceReference p = t.priceReference();
        return p == null || p.ceiling() == null || p.ownerEstimate() == null ? null
                : new PublishedAnchors(p.ceiling(), p.ownerEstimate());
    }

    /** Each bid's technical score as a figure whose leaves are the marks on the evaluators' score sheets. */
    private static Map<String, Figure> technicalFigures(ValidatedCase inputs, ResolvedTender t,
                                                        TechnicalScores technical) {
        Map<String, Figure> out = new HashMap<>();
        if (technical == null) {
            return out;
        }
        List<Committee.ScoreSheet> sheets = inputs.committee().scoreSheets();
        for (TechnicalScores.BidTechnical b : technical.bids()) {
            out.put(b.bidId(), ScoreFigures.technical(b, technical.spec(), t.toolkit(), (evaluator, sub) -> {
                for (int i = 0; i < sheets.size(); i++) {
                    if (sheets.get(i).evaluator().equals(evaluator)) {
                        return new Origin.CaseField(t.sources().scoreSheet(i, "scores." + b.bidId() + "." + sub));
                    }
                }
                throw new IllegalStateException("no score sheet of evaluator " + evaluator);
            }));
        }
        return out;
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

    // ---- the abnormally-low-bid procedure ----

    /**
     * Checks the committee's decisions against the flags (input errors, all at once, before anything is written)
     * and, for each flagged ranked bid still undecided, ranks the bids as its acceptance and its rejection would.
     */
    private static AlpProcedure abnormallyLowProcedure(ValidatedCase inputs, ResolvedTender t, CriterionScorer scorer,
                                                       EvaluationMethod method, String tieBreak, double share,
                                                       Map<String, Double> technical, List<BidMetrics> metrics,
                                                       RuleOutcome outcome)
            throws InvalidInputException {
        Set<String> ids = new TreeSet<>();
        metrics.forEach(m -> ids.add(m.bidId()));
        Set<String> flagged = new TreeSet<>();
        outcome.findings().stream().filter(AlpProcedure::isFlag).forEach(f -> flagged.add(f.subject()));
        InvalidInputException.throwIfAny(AlpProcedure.check(inputs.committee(), t.sources(), ids, flagged));

        Map<String, Committee.Decision> decisions = new TreeMap<>();
        inputs.committee().decisions().forEach(d -> decisions.put(d.bidId(), d));
        Set<String> eligible = new TreeSet<>(outcome.qualifiedBids());
        eligible.removeIf(id -> decisions.containsKey(id)
                && Committee.REJECTED.equals(decisions.get(id).outcome()));
        // Only a bid that would be ranked needs a decision before award; a disqualified one is out anyway.
        List<String> unresolved = flagged.stream()
                .filter(id -> eligible.contains(id) && !decisions.containsKey(id)).toList();
        List<AlpProcedure.Alternative> alternatives = new ArrayList<>();
        if (!unresolved.isEmpty()) {
            List<RankedBid> provisional = rankAmong(scorer, method, tieBreak, share, technical, metrics, eligible);
            Set<String> holdsExtremes = soleExtremes(metrics, eligible);
            for (String id : unresolved) {
                alternatives.add(new AlpProcedure.Alternative(id, Committee.ACCEPTED, AlpProcedure.Change.NONE,
                        provisional));
                if (holdsExtremes.contains(id) || tiedWithAnother(id, provisional)) {
                    Set<String> without = new TreeSet<>(eligible);
                    without.remove(id);
                    alternatives.add(new AlpProcedure.Alternative(id, Committee.REJECTED,
                            AlpProcedure.Change.RANKED_AGAIN,
                            rankAmong(scorer, method, tieBreak, share, technical, metrics, without)));
                } else {
                    alternatives.add(new AlpProcedure.Alternative(id, Committee.REJECTED,
                            AlpProcedure.Change.LEFT_OUT, AlpProcedure.without(provisional, id)));
                }
            }
        }
        return new AlpProcedure(unresolved.isEmpty() ? AlpProcedure.Status.FINAL : AlpProcedure.Status.PROVISIONAL,
                decisions, unresolved, alternatives);
    }

    /** The bids among {@code ids} whose leaving can change another's total ({@link CriterionScorer#markSoleExtremes}). */
    private static Set<String> soleExtremes(List<BidMetrics> metrics, Set<String> ids) {
        List<BidMetrics> among = metrics.stream().filter(m -> ids.contains(m.bidId())).toList();
        int n = among.size();
        boolean[] marked = new boolean[n];
        double[] values = new double[n];
        for (Criterion c : Criterion.values()) {
            for (int i = 0; i < n; i++) {
                values[i] = CriterionScorer.metric(c, among.get(i));
            }
            CriterionScorer.markSoleExtremes(values, n, marked);
        }
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if (marked[i]) {
                out.add(among.get(i).bidId());
            }
        }
        return out;
    }

    /** Whether the bid's total prints the same as a neighbour's, so that leaving it out can change a tie-break. */
    private static boolean tiedWithAnother(String id, List<RankedBid> ranking) {
        for (int k = 0; k < ranking.size(); k++) {
            if (ranking.get(k).bidId().equals(id)) {
                double total = ranking.get(k).total();
                return (k > 0 && RankOrder.printedEqual(ranking.get(k - 1).total(), total))
                        || (k + 1 < ranking.size() && RankOrder.printedEqual(ranking.get(k + 1).total(), total));
            }
        }
        return false;
    }

    /** Bids the committee rejected; the judging rules no longer compare other bids' prices with theirs. */
    private static Set<String> rejectedByCommittee(ValidatedCase inputs) {
        Set<String> out = new TreeSet<>();
        inputs.committee().decisions().stream().filter(d -> Committee.REJECTED.equals(d.outcome()))
                .forEach(d -> out.add(d.bidId()));
        return out;
    }

    /** The ranking of bids {@code ids} alone, each criterion scored against those bids only. */
    private static List<RankedBid> rankAmong(CriterionScorer scorer, EvaluationMethod method, String tieBreak,
                                             double share, Map<String, Double> technical, List<BidMetrics> metrics,
                                             Set<String> ids) {
        List<CriterionScore> scores = scorer.explain(
                metrics.stream().filter(m -> ids.contains(m.bidId())).toList());
        return Ranking.rank(method, candidates(metrics, ids, scores), TieBreak.byKey(tieBreak), share, technical);
    }

    /** Bids {@code ranked} with their criterion scores and evaluated price. */
    private static List<Candidate> candidates(List<BidMetrics> metrics, Set<String> ranked,
                                              List<CriterionScore> criterionScores) {
        Map<String, Map<Criterion, Double>> byBid = new HashMap<>();
        for (CriterionScore s : criterionScores) {
            if (byBid.computeIfAbsent(s.bidId(), id -> new EnumMap<>(Criterion.class))
                    .put(s.criterion(), s.score()) != null) {
                throw new IllegalStateException("two scores for " + s.criterion().key() + " for " + s.bidId());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (BidMetrics m : metrics) {
            if (ranked.contains(m.bidId())) {
                out.add(new Candidate(m.bidId(), byBid.getOrDefault(m.bidId(), new EnumMap<>(Criterion.class)),
                        m.lifecycle().authorityCostPerTonneReal().value()));
            }
        }
        return out;
    }

    /** The toolkit parameters this evaluation rested on, so the report can list each with its source and status. */
    private static Map<String, Param> usedParams(Toolkit tk, TenderMetrics tm, Collection<Figure> weights,
                                                 List<BidEvaluation> bids, RuleOutcome planning,
                                                 RuleOutcome outcome, List<CriterionScore> criterionScores) {
        Map<String, Param> used = new TreeMap<>();
        List<Figure> tenderRoots = new ArrayList<>(List.of(tm.averageLhv(), tm.lowLhv(), tm.highLhv()));
        tenderRoots.addAll(weights);
        paramKeys(tenderRoots, tk).forEach(k -> used.put(k, tk.param(k)));
        // Each bid's trees are walked on their own, in parallel: one set of visited figures for every tree of a large
        // tender held millions of entries. The keys are merged into a sorted map, so the order does not depend on it.
        bids.parallelStream()
                .map(b -> {
                    List<Figure> roots = new ArrayList<>(b.metrics().figures().values());
                    roots.addAll(b.scoreFigures().values());
                    return paramKeys(roots, tk);
                })
                .toList()
                .forEach(keys -> keys.forEach(k -> used.put(k, tk.param(k))));
        outcome.findings().forEach(f -> f.params().forEach(k -> used.put(k, tk.param(k))));
        criterionScores.forEach(s -> s.params().forEach(k -> used.put(k, tk.param(k))));
        planning.decisions().forEach(d -> d.params().forEach(k -> used.put(k, tk.param(k))));
        for (String k : List.of("scoring.method", "scoring.tieBreak", "emissions.referenceOxygenPercent")) {
            used.put(k, tk.param(k));
        }
        // Every bid is held to every limit, so the limits count as used even where no bid breaches one.
        tk.section("emissions.limits").values().forEach(p -> used.put(p.key(), p));
        EvaluationMethods.paramKeys(tk.text("scoring.method")).forEach(k -> used.put(k, tk.param(k)));
        return used;
    }

    /** The toolkit parameters the trees under {@code roots} cite, each subtree visited once. */
    private static Set<String> paramKeys(List<Figure> roots, Toolkit tk) {
        Set<String> keys = new java.util.HashSet<>();
        // Trees share subtrees (a score cites the metric figure): visit each once.
        Set<Figure> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.forEach(f -> collect(f, tk, keys, seen));
        return keys;
    }

    private static void collect(Figure f, Toolkit tk, Set<String> keys, Set<Figure> seen) {
        if (!seen.add(f)) {
            return;
        }
        if (f.origin() instanceof Origin.ToolkitParameter p && tk.has(p.key())) {
            keys.add(p.key());
        }
        for (Figure i : f.inputs()) {
            collect(i, tk, keys, seen);
        }
    }
}

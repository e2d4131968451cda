package org.wteval.optimise.award;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.Severity;
import org.wteval.model.Tender;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.AwardPlan;
import org.wteval.optimise.award.domain.LotAward;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.domain.Offer;
import org.wteval.optimise.award.domain.SupplierCap;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.LotChecks;

/**
 * The award of a tender divided into lots (OCDS lots extension): each lot is evaluated as a tender of one site with
 * the bids covering it, exactly as {@code wte evaluate} would; each bid's evaluation becomes an option for the lot;
 * the solver picks at most one option per lot under the tender's rules across lots; and the answer says why each
 * lot went where it did, what the runner-up award is, and which rule, if any, leaves a lot open.
 *
 * <p>The cost of an option is the bid's authority lifecycle cost as a present value ({@code authorityPv}: gate
 * fees, shortfall payments and untreated waste's disposal, discounted): a sum of money, so that the costs of several
 * lots add up to what the authority pays for all of them, which a cost per tonne would not. The objective follows
 * the toolkit's method: the highest total score where a higher total ranks first, else the lowest total cost.
 */
public final class LotAwardAnalysis {

    private LotAwardAnalysis() {
    }

    /**
     * @throws InvalidInputException every problem of the case and of each lot, at the user's own file and field
     */
    public static AwardAnswer of(Engine engine, LotAwardSolver solver, CaseSource source)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>(source.problems());
        if (source.tender() == null) {
            throw new InvalidInputException(problems);
        }
        LotChecks.check(source, problems);
        Tender tender = source.tender();
        if (!tender.hasLots()) {
            problems.add(InputProblem.at(source.sources().tender("lots"), "the tender has no lots: a tender of one "
                    + "site is evaluated with wte evaluate"));
        }
        InvalidInputException.throwIfAny(problems);
        List<CaseSource> lotCases = new ArrayList<>();
        List<Evaluation> evaluations = new ArrayList<>();
        Set<InputProblem> lotProblems = new TreeSet<>();
        for (int i = 0; i < tender.lots().size(); i++) {
            CaseSource lotCase = LotCase.of(source, i);
            lotCases.add(lotCase);
            Evaluation e = null;
            if (!lotCase.bids().isEmpty()) {
                try {
                    e = engine.evaluate(lotCase);
                } catch (InvalidInputException invalid) {
                    lotProblems.addAll(invalid.problems());
                }
            }
            evaluations.add(e);
        }
        Evaluation any = evaluations.stream().filter(e -> e != null).findFirst().orElse(null);
        if (lotProblems.isEmpty() && any != null && !any.method().higherIsBetter()) {
            for (int i = 0; i < tender.lots().size(); i++) {
                if (tender.lots().get(i).minimumScore() != null) {
                    lotProblems.add(InputProblem.at(source.sources().tender("lots[" + i + "].minimumScore"),
                            "a minimum score needs a method that scores points; " + any.method().name()
                                    + " ranks by " + any.method().unit() + ", lowest first"));
                }
            }
        }
        InvalidInputException.throwIfAny(new ArrayList<>(lotProblems));
        Objective objective = any == null || !any.method().higherIsBetter() ? Objective.LOWEST_COST
                : Objective.HIGHEST_SCORE;
        AwardPlan problem = plan(source, lotCases, evaluations, objective);
        AwardPlan best = solver.solve(problem);
        return Explanation.of(source, any == null ? "" : any.method().name(), solver, best, evaluations);
    }

    private static AwardPlan plan(CaseSource source, List<CaseSource> lotCases, List<Evaluation> evaluations,
                                  Objective objective) {
        Tender tender = source.tender();
        Map<String, Offer> offers = offers(source);
        Map<String, Committee.LotAward> fixed = new LinkedHashMap<>();
        source.committee().lotAwards().forEach(a -> fixed.put(a.lot(), a));
        List<LotAward> lots = new ArrayList<>();
        for (int i = 0; i < tender.lots().size(); i++) {
            Tender.Lot lot = tender.lots().get(i);
            List<AwardOption> options = new ArrayList<>();
            for (Bid bid : lotCases.get(i).bids()) {
                options.add(option(lot, offers.get(bid.id()), evaluations.get(i)));
            }
            Committee.LotAward f = fixed.get(lot.id());
            AwardOption fixedOption = f == null ? null
                    : options.stream().filter(o -> o.bidId().equals(f.bidId())).findFirst().orElseThrow();
            lots.add(new LotAward(lot.id(), options, fixedOption, f != null));
        }
        Integer cap = tender.lotDetails() == null ? null : tender.lotDetails().maximumLotsAwardedPerSupplier();
        return new AwardPlan(objective, cap == null ? null : new SupplierCap(cap), lots);
    }

    /** Each bid as the award sees it: its lots in the tender's order, its bidder's one build capacity. */
    private static Map<String, Offer> offers(CaseSource source) {
        Tender tender = source.tender();
        List<String> order = tender.lots().stream().map(Tender.Lot::id).toList();
        Map<String, Double> capacity = new LinkedHashMap<>();
        for (Bid b : source.bids()) {
            if (b.buildCapacityTonnesPerDay() != null) {
                capacity.putIfAbsent(b.bidder(), b.buildCapacityTonnesPerDay());
            }
        }
        Map<String, Offer> offers = new LinkedHashMap<>();
        for (Bid b : source.bids()) {
            List<String> lots = b.coveredLots(tender.lotGroups()).stream()
                    .sorted(Comparator.comparingInt(order::indexOf)).toList();
            Double c = capacity.get(b.bidder());
            offers.put(b.id(), new Offer(b.id(), b.bidder(), b.relatedLotGroup(), lots,
                    c == null ? Offer.UNLIMITED : Math.round(c * 1000)));
        }
        return offers;
    }

    /** One bid at one lot: its cost and score there, and why it may not win the lot. */
    private static AwardOption option(Tender.Lot lot, Offer offer, Evaluation e) {
        BidEvaluation be = e.bids().stream().filter(b -> b.bidId().equals(offer.bidId())).findFirst().orElseThrow();
        long cost = Math.round(be.metrics().lifecycle().authorityPv().value());
        long units = be.ranking() == null ? 0 : Math.round(be.ranking().total() * Objective.SCORE_UNITS_PER_POINT);
        List<String> why = new ArrayList<>();
        if (!be.qualified()) {
            why.add("not qualified (" + String.join(", ", be.findings().stream()
                    .filter(f -> f.severity() == Severity.DISQUALIFY).map(f -> f.ruleId()).distinct().toList()) + ")");
        } else if (e.abnormallyLow().rejected(offer.bidId())) {
            Committee.Decision d = e.abnormallyLow().decision(offer.bidId());
            why.add("rejected by the committee on " + d.date());
        } else if (e.abnormallyLow().unresolved().contains(offer.bidId())) {
            why.add("flagged abnormally low and not yet decided by the committee");
        } else if (be.ranking() == null) {
            why.add("not ranked");
        } else if (lot.minimumScore() != null && be.ranking().total() < lot.minimumScore()) {
            why.add(String.format(Locale.ROOT, "total score %.3f is below the lot's minimum score %s",
                    be.ranking().total(), plain(lot.minimumScore())));
        }
        return new AwardOption(offer, lot.id(), lot.tonnesPerDay(), cost, units, why);
    }

    static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

package org.wteval.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wteval.model.Bid;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Param;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;

/**
 * Resolves a case and runs the checks that need more than one file: weights against the toolkit's bounds,
 * construction schedules against the tender's construction period, currencies against the tender's exchange
 * rates, and the internal order of every combustion diagram.
 */
public final class Resolver {

    /** A money unit starts with an ISO 4217 code: {@code USD/t}, {@code USD}. */
    private static final Pattern MONEY_UNIT = Pattern.compile("^([A-Z]{3})(/.*)?$");
    private static final double SUM_TOLERANCE = 1e-6;
    private static final String JCM = "jcm.";
    public static final String JPY = "JPY";
    private static final String LANDFILL_COST = "finance.landfillCostPerTonne";
    private static final double COMPOSITION_TOLERANCE = 0.005;

    private Resolver() {
    }

    /** The resolved case; {@code null} fields never occur once the problems list is empty. */
    public record ResolvedCase(ResolvedTender tender, List<ResolvedBid> bids) {
    }

    /**
     * Resolves the tender and every bid, recording each problem at the location {@code sources} names.
     *
     * @param bids the bids in the order {@code sources} indexes them
     */
    public static ResolvedCase resolve(Tender tender, Toolkit toolkit, List<Bid> bids, SourceMap sources,
                                       List<InputProblem> problems) {
        ResolvedTender rt = resolveTender(tender, toolkit, sources, problems);
        List<ResolvedBid> resolved = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        for (int i = 0; i < bids.size(); i++) {
            Bid b = bids.get(i);
            SourceLocation id = sources.bid(i, "id");
            String previous = idToFile.putIfAbsent(b.id(), id.file());
            if (previous != null) {
                problems.add(InputProblem.at(id, "'" + b.id() + "' is already the id of " + previous));
            }
            ResolvedBid rb = resolveBid(b, i, tender, sources, problems);
            if (rb != null) {
                resolved.add(rb);
            }
        }
        return new ResolvedCase(rt, List.copyOf(resolved));
    }

    static ResolvedTender resolveTender(Tender t, Toolkit toolkit, SourceMap sources, List<InputProblem> problems) {
        Tender.LhvInput lhvIn = t.waste().lhvMjPerKg();
        LhvDistribution lhv;
        if (lhvIn.percentiles() != null) {
            String bad = LhvDistribution.checkPercentiles(lhvIn.percentiles());
            if (bad != null) {
                problems.add(InputProblem.at(sources.tender("waste.lhvMjPerKg.percentiles"), bad));
            }
            lhv = LhvDistribution.fromPercentiles(lhvIn.percentiles());
        } else {
            lhv = LhvDistribution.fromMonthly(lhvIn.monthly().stream().mapToDouble(Double::doubleValue).toArray());
        }
        double composition = t.waste().composition().values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(composition - 1) > COMPOSITION_TOLERANCE) {
            problems.add(InputProblem.at(sources.tender("waste.composition"),
                    "fractions must sum to 1, not " + composition));
        }
        Map<Criterion, Figure> weights = weights(t, toolkit, sources, problems);
        Map<String, Figure> money = new TreeMap<>();
        for (Param p : toolkit.params().values()) {
            Matcher m = MONEY_UNIT.matcher(p.unit());
            // JCM screening is done in JPY, MOEJ's currency: its thresholds are compared in JPY, not converted.
            if (!p.numeric() || !m.matches() || m.group(1).equals(t.currency()) || p.key().startsWith(JCM)) {
                continue;
            }
            Tender.ExchangeRate rate = t.exchangeRates().get(m.group(1));
            if (rate == null) {
                problems.add(InputProblem.at(sources.tender("exchangeRates"),
                        "no rate for " + m.group(1) + ", the currency of toolkit parameter " + p.key()));
                continue;
            }
            String unit = t.currency() + (m.group(2) == null ? "" : m.group(2));
            money.put(p.key(), Figure.derived(p.key(), p.number() * rate.perUnit(), unit,
                    p.key() + " × exchange rate", Figure.param(p), rateFigure(t, sources, m.group(1), rate)));
        }
        if (t.landfillCostPerTonne() != null) {
            // The city knows what landfilling costs it; its figure replaces the toolkit's default.
            money.put(LANDFILL_COST, Figure.input(LANDFILL_COST, t.landfillCostPerTonne(), t.currency() + "/t",
                    new Origin.CaseField(sources.tender("landfillCostPerTonne"))));
        }
        for (Map.Entry<String, Tender.FuelPrice> e : t.supportFuelPrices().entrySet()) {
            String cur = e.getValue().currency();
            if (!cur.equals(t.currency()) && !t.exchangeRates().containsKey(cur)) {
                problems.add(InputProblem.at(sources.tender("supportFuelPrices." + e.getKey() + ".currency"),
                        "no exchange rate from " + cur + " to " + t.currency() + " in the tender's exchangeRates"));
            }
        }
        Figure alternative = alternativeDisposal(t, sources, problems);
        if (alternative != null) {
            money.put(LANDFILL_COST, alternative);
        }
        return new ResolvedTender(t, toolkit, lhv, weights, money, priceReference(t, sources, problems), sources);
    }

    /**
     * The tender's alternative-disposal cost in the evaluation currency, or {@code null} when it states none or its
     * currency has no rate (then a problem is recorded at the field).
     */
    private static Figure alternativeDisposal(Tender t, SourceMap sources, List<InputProblem> problems) {
        Tender.AlternativeDisposal a = t.alternativeDisposal();
        if (a == null) {
            return null;
        }
        if (t.landfillCostPerTonne() != null) {
            problems.add(InputProblem.at(sources.tender("alternativeDisposal"), "states the cost of an untreated "
                    + "tonne a second time beside landfillCostPerTonne; give one of them"));
            return null;
        }
        Figure stated = Figure.input(LANDFILL_COST, a.costPerTonne(), a.currency() + "/t",
                new Origin.CaseField(sources.tender("alternativeDisposal.costPerTonne"), a.source()));
        if (a.currency().equals(t.currency())) {
            return stated;
        }
        Tender.ExchangeRate rate = t.exchangeRates().get(a.currency());
        if (rate == null) {
            problems.add(InputProblem.at(sources.tender("alternativeDisposal.currency"), "no exchange rate from "
                    + a.currency() + " to " + t.currency() + " in the tender's exchangeRates"));
            return null;
        }
        return Figure.derived(LANDFILL_COST, a.costPerTonne() * rate.perUnit(), t.currency() + "/t",
                "alternativeDisposal.costPerTonne[" + a.currency() + "] × rate", stated,
                rateFigure(t, sources, a.currency(), rate));
    }

    /** The tender's price reference converted into the evaluation currency at the tender's rate. */
    private static ResolvedPriceReference priceReference(Tender t, SourceMap sources, List<InputProblem> problems) {
        Tender.PriceReference p = t.priceReference();
        if (p == null) {
            return null;
        }
        Tender.ExchangeRate rate = null;
        if (!p.currency().equals(t.currency())) {
            rate = t.exchangeRates().get(p.currency());
            if (rate == null) {
                problems.add(InputProblem.at(sources.tender("priceReference.currency"), "no exchange rate from "
                        + p.currency() + " to " + t.currency() + " in the tender's exchangeRates"));
                return null;
            }
        }
        return new ResolvedPriceReference(p.basis(),
                price(t, sources, rate, p, "ownerEstimatePerTonne", p.ownerEstimatePerTonne()),
                price(t, sources, rate, p, "ceilingPerTonne", p.ceilingPerTonne()));
    }

    private static Figure price(Tender t, SourceMap sources, Tender.ExchangeRate rate, Tender.PriceReference p,
                                String field, Double amount) {
        if (amount == null) {
            return null;
        }
        String note = p.source() == null ? null : p.source() + (p.date() == null ? "" : ", " + p.date());
        Figure stated = Figure.input(field, amount, p.currency() + "/t",
                new Origin.CaseField(sources.tender("priceReference." + field), note));
        if (rate == null) {
            return stated;
        }
        return Figure.derived(field, amount * rate.perUnit(), t.currency() + "/t",
                field + "[" + p.currency() + "] × rate", stated, rateFigure(t, sources, p.currency(), rate));
    }

    private static Map<Criterion, Figure> weights(Tender t, Toolkit toolkit, SourceMap sources,
                                                  List<InputProblem> problems) {
        Map<Criterion, Figure> weights = new EnumMap<>(Criterion.class);
        boolean fromTender = !t.weights().isEmpty();
        double sum = 0;
        for (Criterion c : Criterion.values()) {
            String key = "scoring.weights." + c.key();
            Figure w = fromTender
                    ? Figure.input(c.key() + "Weight", t.weights().get(c.key()), "fraction",
                            new Origin.CaseField(sources.tender("weights." + c.key())))
                    : Figure.param(toolkit.param(key));
            sum += w.value();
            weights.put(c, w);
            // A toolkit's own weights must respect its own bounds too (an adviser may edit either).
            double min = toolkit.number("scoring.weightBounds." + c.key() + ".min");
            double max = toolkit.number("scoring.weightBounds." + c.key() + ".max");
            if (w.value() < min - SUM_TOLERANCE || w.value() > max + SUM_TOLERANCE) {
                problems.add(InputProblem.at(fromTender ? sources.tender("weights." + c.key())
                        : new SourceLocation(toolkit.fileOf(key), "parameters." + key),
                        w.value() + " is outside the bounds [" + min + ", " + max + "] that toolkit "
                                + toolkit.id() + " allows (scoring.weightBounds." + c.key() + ")"));
            }
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            problems.add(InputProblem.at(fromTender ? sources.tender("weights")
                    : new SourceLocation(toolkit.fileOf("scoring.weights.efficiency"), "parameters.scoring.weights"),
                    "weights must sum to 1, not " + sum));
        }
        return weights;
    }

    /** Resolves the bid at {@code index} against the tender; returns {@code null} after recording its problems. */
    public static ResolvedBid resolveBid(Bid b, int index, Tender t, SourceMap sources, List<InputProblem> problems) {
        Field f = path -> sources.bid(index, path);
        int before = problems.size();
        Bid.CombustionDiagram d = b.plant().combustionDiagram();
        if (d.minLhvMjPerKg() > d.designLhvMjPerKg() || d.designLhvMjPerKg() > d.maxLhvMjPerKg()) {
            problems.add(InputProblem.at(f.at("plant.combustionDiagram"),
                    "LHV window must satisfy min <= design <= max, not " + d.minLhvMjPerKg() + " / "
                            + d.designLhvMjPerKg() + " / " + d.maxLhvMjPerKg()));
        }
        List<Double> schedule = b.finance().constructionSchedule();
        if (schedule.size() != t.contract().constructionYears()) {
            problems.add(InputProblem.at(f.at("finance.constructionSchedule"), "has " + schedule.size()
                    + " entries; the tender's construction period is " + t.contract().constructionYears()
                    + " years"));
        }
        double sum = 0;
        for (double s : schedule) {
            sum += s;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            problems.add(InputProblem.at(f.at("finance.constructionSchedule"), "shares must sum to 1, not " + sum));
        }
        Tender.ExchangeRate rate = null;
        if (!b.currency().equals(t.currency())) {
            rate = t.exchangeRates().get(b.currency());
            if (rate == null) {
                problems.add(InputProblem.at(f.at("currency"), "no exchange rate from " + b.currency() + " to "
                        + t.currency() + " in tender.yaml exchangeRates"));
            }
        }
        if (b.jcm() != null && !t.currency().equals(JPY) && !t.exchangeRates().containsKey(JPY)) {
            problems.add(InputProblem.at(f.at("jcm.subsidyRequested"), "JCM screening is done in JPY, but tender.yaml "
                    + "exchangeRates gives no rate for JPY"));
        }
        Bid.SupportFuel fuel = b.plant().supportFuel();
        if (fuel != null) {
            if (fuel.lowestLhvMjPerKg() >= d.minLhvMjPerKg()) {
                problems.add(InputProblem.at(f.at("plant.supportFuel.lowestLhvMjPerKg"), "support firing must reach "
                        + "below the diagram's minimum LHV " + d.minLhvMjPerKg() + ", not " + fuel.lowestLhvMjPerKg()));
            }
            if (!t.supportFuelPrices().containsKey(fuel.fuel())) {
                problems.add(InputProblem.at(f.at("plant.supportFuel.fuel"), "the tender gives no evaluation price "
                        + "for support fuel '" + fuel.fuel() + "' (tender.yaml supportFuelPrices." + fuel.fuel()
                        + "), so its consumption cannot be costed"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Bid.Finance fin = b.finance();
        List<Figure> replacements = new ArrayList<>();
        for (int i = 0; i < fin.replacements().size(); i++) {
            Bid.Replacement r = fin.replacements().get(i);
            if (r.operatingYear() > t.contract().operationYears()) {
                problems.add(InputProblem.at(f.at("finance.replacements[" + i + "].operatingYear"), "operating year "
                        + r.operatingYear() + " is after the contract's " + t.contract().operationYears()));
            }
            replacements.add(money(b, f, t, sources, rate, "replacement" + (i + 1), r.cost(), "",
                    "finance.replacements[" + i + "].cost"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new ResolvedBid(b, sources, index,
                money(b, f, t, sources, rate, "capex", fin.capex(), "", "finance.capex"),
                money(b, f, t, sources, rate, "fixedOmPerYear", fin.fixedOmPerYear(), "/yr", "finance.fixedOmPerYear"),
                money(b, f, t, sources, rate, "variableOmPerTonne", fin.variableOmPerTonne(), "/t",
                        "finance.variableOmPerTonne"),
                money(b, f, t, sources, rate, "majorMaintenanceCost", fin.majorMaintenance().cost(), "",
                        "finance.majorMaintenance.cost"),
                money(b, f, t, sources, rate, "tippingFeePerTonne", fin.tippingFeePerTonne(), "/t",
                        "finance.tippingFeePerTonne"),
                money(b, f, t, sources, rate, "electricityTariffPerMwh", fin.electricityTariffPerMwh(), "/MWh",
                        "finance.electricityTariffPerMwh"),
                replacements,
                money(b, f, t, sources, rate, "residualValue", fin.residualValue(), "", "finance.residualValue"),
                money(b, f, t, sources, rate, "decommissioningCost", fin.decommissioningCost(), "", "finance.decommissioningCost"),
                b.jcm() == null ? null : money(b, f, t, sources, rate, "jcmSubsidyRequested", b.jcm().subsidyRequested(), "",
                        "jcm.subsidyRequested"),
                fuel == null ? null : fuelPrice(t, sources, fuel.fuel()));
    }

    /**
     * The tender's evaluation price of support fuel {@code fuel} in the evaluation currency per GJ; its presence and
     * its currency's rate are checked before.
     */
    private static Figure fuelPrice(Tender t, SourceMap sources, String fuel) {
        Tender.FuelPrice p = t.supportFuelPrices().get(fuel);
        String name = "supportFuelPricePerGj";
        Figure stated = Figure.input(name, p.pricePerGj(), p.currency() + "/GJ",
                new Origin.CaseField(sources.tender("supportFuelPrices." + fuel + ".pricePerGj"), p.source()));
        Tender.ExchangeRate rate = t.exchangeRates().get(p.currency());
        if (p.currency().equals(t.currency()) || rate == null) {
            return stated;
        }
        return Figure.derived(name, p.pricePerGj() * rate.perUnit(), t.currency() + "/GJ",
                name + "[" + p.currency() + "] × rate", stated, rateFigure(t, sources, p.currency(), rate));
    }

    /** Names the location of a field of one bid. */
    private interface Field {
        SourceLocation at(String path);
    }

    private static Figure money(Bid b, Field f, Tender t, SourceMap sources, Tender.ExchangeRate rate, String name,
                                double amount, String per, String field) {
        Origin.CaseField origin = new Origin.CaseField(f.at(field));
        if (rate == null) {
            return Figure.input(name, amount, t.currency() + per, origin);
        }
        String bidCur = b.currency();
        return Figure.derived(name, amount * rate.perUnit(), t.currency() + per, name + "[" + bidCur + "] × rate",
                Figure.input(name, amount, bidCur + per, origin), rateFigure(t, sources, bidCur, rate));
    }

    /** The tender's rate from currency {@code from}, in units of the evaluation currency, as a figure. */
    static Figure rateFigure(Tender t, SourceMap sources, String from, Tender.ExchangeRate rate) {
        return Figure.input("exchangeRate", rate.perUnit(), t.currency() + "/" + from,
                new Origin.CaseField(sources.tender("exchangeRates." + from),
                        "fixed " + rate.date() + ", " + rate.source()));
    }
}

package org.wteval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wteval.calc.RevenuePlan;
import org.wteval.io.Bundled;
import org.wteval.model.InputProblem;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.Resolver;
import org.wteval.resolve.ResolvedTender;

/**
 * Builds small, fully specified tenders, bids and toolkits in code so calculator tests can state every input
 * next to the hand calculation that uses it.
 */
public final class Fixtures {

    /** Names the tender {@code tender.yaml} and the one bid {@code bids/b1.yaml}, as a case folder would. */
    private static final SourceMap SOURCES = new SourceMap() {
        @Override
        public SourceLocation tender(String fieldPath) {
            return new SourceLocation("tender.yaml", fieldPath);
        }

        @Override
        public SourceLocation bid(int index, String fieldPath) {
            return new SourceLocation("bids/b" + (index + 1) + ".yaml", fieldPath);
        }

        @Override
        public SourceLocation committee(String fieldPath) {
            return new SourceLocation("committee.yaml", fieldPath);
        }

        @Override
        public SourceLocation scoreSheet(int index, String fieldPath) {
            return new SourceLocation("evaluators/e" + (index + 1) + ".yaml", fieldPath);
        }
    };

    private Fixtures() {
    }

    /** A bundled toolkit ({@code base}, {@code vn}, ...) after layering. */
    public static Toolkit bundledToolkit(String id) {
        List<InputProblem> problems = new ArrayList<>();
        Toolkit tk = new ToolkitLoader(Bundled.toolkits())
                .load(id, new InputProblem("test", "", id), problems).toolkit();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return tk;
    }

    /** The bundled base toolkit with some parameters replaced. */
    public static Toolkit baseToolkit(Map<String, Object> overrides) {
        Toolkit base = bundledToolkit("base");
        Map<String, Param> params = new TreeMap<>(base.params());
        overrides.forEach((k, v) -> {
            Param p = params.get(k);
            params.put(k, new Param(k, v, p == null ? "-" : p.unit(), "test override", "2026", Param.ASSUMED,
                    "test"));
        });
        return new Toolkit(base.id(), base.name(), base.layers(), new TreeMap<>(params));
    }

    public static Tender.Waste monthlyWaste(double tonnesPerDay, double growth, double... monthly) {
        return new Tender.Waste(tonnesPerDay, growth, new Tender.LhvInput(null, Arrays.stream(monthly).boxed().toList()),
                0.45, new TreeMap<>(Map.of("food", 1.0)), null, false);
    }

    public static Tender tender(Tender.Waste waste, int constructionYears, int operationYears,
                                double guaranteedTonnes) {
        return new Tender("t", "test tender", "base", "USD", 2026, Map.of(), waste,
                new Tender.Contract("BOT", constructionYears, operationYears, guaranteedTonnes, null), Map.of(), null,
                null, null, Map.of(), null);
    }

    /** A grate plant built field by field; every value is zero until set, and lines and LHV window must be set. */
    public static PlantBuilder plant() {
        return new PlantBuilder();
    }

    /** Finance with everything zero, capex paid in one construction year, until the test sets it. */
    public static FinanceBuilder finance() {
        return new FinanceBuilder();
    }

    /** The revenue plan of a bid whose tariff is {@code tariff}, with no rule's decision until the test adds one. */
    public static RevenuePlanBuilder revenue(Figure tariff) {
        return new RevenuePlanBuilder(tariff);
    }

    public static final class PlantBuilder {
        private int lines;
        private double minLhv;
        private double designLhv;
        private double maxLhv;
        private double thermalMw;
        private double mechanicalTph;
        private double grossEfficiency;
        private double auxiliaryMw;
        private double hours;
        private Double minLoadShare;
        private Bid.SupportFuel supportFuel;

        private PlantBuilder() {
        }

        /** Minimum thermal load per line as a share of its maximum; unset, the toolkit's default applies. */
        public PlantBuilder minLoadShare(double share) {
            minLoadShare = share;
            return this;
        }

        /** Support firing on {@code fuel} from the minimum LHV down to {@code lowestLhv} MJ/kg. */
        public PlantBuilder supportFuel(String fuel, double lowestLhv) {
            supportFuel = new Bid.SupportFuel(fuel, lowestLhv, null);
            return this;
        }

        /** The same, guaranteeing {@code factor} GJ of fuel per GJ of heat deficit. */
        public PlantBuilder supportFuel(String fuel, double lowestLhv, double factor) {
            supportFuel = new Bid.SupportFuel(fuel, lowestLhv, factor);
            return this;
        }

        public PlantBuilder lines(int n) {
            lines = n;
            return this;
        }

        /** The firing diagram's LHV window, MJ/kg. */
        public PlantBuilder lhvWindow(double min, double design, double max) {
            minLhv = min;
            designLhv = design;
            maxLhv = max;
            return this;
        }

        /** Maximum thermal load per line. */
        public PlantBuilder thermalMw(double mw) {
            thermalMw = mw;
            return this;
        }

        /** Maximum mechanical load per line, t/h. */
        public PlantBuilder mechanicalTph(double tph) {
            mechanicalTph = tph;
            return this;
        }

        public PlantBuilder grossEfficiency(double fraction) {
            grossEfficiency = fraction;
            return this;
        }

        public PlantBuilder auxiliaryMw(double mw) {
            auxiliaryMw = mw;
            return this;
        }

        /** Availability, hours per line per year. */
        public PlantBuilder hours(double h) {
            hours = h;
            return this;
        }

        public Bid.Plant build() {
            if (lines == 0 || designLhv == 0) {
                throw new IllegalStateException("a test plant needs its lines and its LHV window");
            }
            // Declared capacity at design LHV: the lower of the mechanical and thermal limits, all day.
            return new Bid.Plant("grate", lines, lines * 24 * Math.min(mechanicalTph, 3.6 * thermalMw / designLhv),
                    new Bid.CombustionDiagram(minLhv, designLhv, maxLhv, thermalMw, mechanicalTph, minLoadShare),
                    grossEfficiency, auxiliaryMw, hours, new TreeMap<>(Map.of("dust", 5.0)), List.of(), true,
                    supportFuel);
        }
    }

    public static final class FinanceBuilder {
        private double capex;
        private List<Double> schedule = List.of(1.0);
        private double fixedOm;
        private double variableOm;
        private double omEscalation;
        // No overhaul costs anything by default; the period only has to be positive.
        private Bid.MajorMaintenance majorMaintenance = new Bid.MajorMaintenance(1, 0);
        private double fee;
        private double feeIndexation;
        private double tariff;
        private double tariffIndexation;
        private Double fixedOmEscalation;
        private Double variableOmEscalation;
        private Double majorMaintenanceEscalation;
        private final List<Bid.Replacement> replacements = new ArrayList<>();
        private double residualValue;
        private double decommissioning;
        private double degradation;
        private Bid.Financing financing;

        private FinanceBuilder() {
        }

        public FinanceBuilder capex(double amount) {
            capex = amount;
            return this;
        }

        /** Share of capex paid in each construction year. */
        public FinanceBuilder schedule(double... shares) {
            schedule = Arrays.stream(shares).boxed().toList();
            return this;
        }

        /** Fixed O&amp;M per year at base-year prices. */
        public FinanceBuilder fixedOm(double perYear) {
            fixedOm = perYear;
            return this;
        }

        /** Variable O&amp;M per tonne at base-year prices. */
        public FinanceBuilder variableOm(double perTonne) {
            variableOm = perTonne;
            return this;
        }

        /** Escalation of every O&amp;M line that has no rate of its own. */
        public FinanceBuilder omEscalation(double perYear) {
            omEscalation = perYear;
            return this;
        }

        public FinanceBuilder majorMaintenance(int everyYears, double cost) {
            majorMaintenance = new Bid.MajorMaintenance(everyYears, cost);
            return this;
        }

        /** Tipping fee per tonne at base-year level. */
        public FinanceBuilder fee(double perTonne) {
            fee = perTonne;
            return this;
        }

        public FinanceBuilder feeIndexation(double perYear) {
            feeIndexation = perYear;
            return this;
        }

        /** The bidder's electricity tariff per MWh at base-year level. */
        public FinanceBuilder tariff(double perMwh) {
            tariff = perMwh;
            return this;
        }

        public FinanceBuilder tariffIndexation(double perYear) {
            tariffIndexation = perYear;
            return this;
        }

        public FinanceBuilder fixedOmEscalation(double perYear) {
            fixedOmEscalation = perYear;
            return this;
        }

        public FinanceBuilder variableOmEscalation(double perYear) {
            variableOmEscalation = perYear;
            return this;
        }

        public FinanceBuilder majorMaintenanceEscalation(double perYear) {
            majorMaintenanceEscalation = perYear;
            return this;
        }

        /** Adds a replacement in operating year {@code operatingYear} at base-year {@code cost}. */
        public FinanceBuilder replacement(String item, int operatingYear, double cost) {
            replacements.add(new Bid.Replacement(item, operatingYear, cost));
            return this;
        }

        public FinanceBuilder residualValue(double amount) {
            residualValue = amount;
            return this;
        }

        public FinanceBuilder decommissioning(double cost) {
            decommissioning = cost;
            return this;
        }

        public FinanceBuilder degradation(double perYear) {
            degradation = perYear;
            return this;
        }

        public FinanceBuilder financing(double debtShare, double interestRate, int tenorYears) {
            financing = new Bid.Financing(debtShare, interestRate, tenorYears);
            return this;
        }

        public Bid.Finance build() {
            // A bid without per-line rates states no escalation block at all.
            Bid.Escalation escalation = fixedOmEscalation == null && variableOmEscalation == null
                    && majorMaintenanceEscalation == null ? null
                    : new Bid.Escalation(fixedOmEscalation, variableOmEscalation, majorMaintenanceEscalation);
            return new Bid.Finance(capex, schedule, fixedOm, variableOm, omEscalation, majorMaintenance, fee,
                    feeIndexation, tariff, tariffIndexation, escalation, replacements, residualValue, decommissioning,
                    degradation, financing);
        }
    }

    public static final class RevenuePlanBuilder {
        private final Figure tariff;
        private boolean regulated;
        private double premiumPerMwh;
        private int premiumYears;
        private List<Double> plantLoadFactorCaps = List.of();
        private boolean authorityOwns;
        private boolean indexedAtInflation;
        private String noGateFeeRule;
        private final List<String> decidedBy = new ArrayList<>();

        private RevenuePlanBuilder(Figure tariff) {
            this.tariff = tariff;
        }

        /** A rule set the tariff: flat in nominal terms. */
        public RevenuePlanBuilder regulated() {
            regulated = true;
            return this;
        }

        /** A rule set the price as a value in base-year money (the DBO value of power): it rises with inflation. */
        public RevenuePlanBuilder baseYearValue() {
            regulated = true;
            indexedAtInflation = true;
            return this;
        }

        /** An addition to the tariff in the first {@code years} operating years. */
        public RevenuePlanBuilder premium(double perMwh, int years) {
            premiumPerMwh = perMwh;
            premiumYears = years;
            return this;
        }

        /** The highest plant load factor recognised in each operating year, the last holding for later years. */
        public RevenuePlanBuilder plantLoadFactorCaps(Double... caps) {
            plantLoadFactorCaps = List.of(caps);
            return this;
        }

        public RevenuePlanBuilder authorityOwns() {
            authorityOwns = true;
            return this;
        }

        /** A rule decided the regime pays no gate fee. */
        public RevenuePlanBuilder noGateFee(String ruleId) {
            noGateFeeRule = ruleId;
            decidedBy.add(ruleId);
            return this;
        }

        public RevenuePlanBuilder decidedBy(String ruleId) {
            decidedBy.add(ruleId);
            return this;
        }

        public RevenuePlan build() {
            return new RevenuePlan(tariff, regulated, premiumPerMwh, premiumYears, plantLoadFactorCaps,
                    authorityOwns, decidedBy, null, null, indexedAtInflation, noGateFeeRule);
        }
    }

    /** Resolves a tender and one bid, failing the test on any input problem. */
    public static Resolved resolve(Tender t, Toolkit tk, Bid.Plant plant, Bid.Finance finance) {
        return resolve(t, tk, new Bid("B1", "bidder", "USD", plant, finance, null));
    }

    /** Resolves a tender and one bid, failing the test on any input problem. */
    public static Resolved resolve(Tender t, Toolkit tk, Bid bid) {
        List<InputProblem> problems = new ArrayList<>();
        Resolver.ResolvedCase c = Resolver.resolve(t, tk, List.of(bid), SOURCES, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return new Resolved(c.tender(), c.bids().get(0));
    }

    public record Resolved(ResolvedTender tender, ResolvedBid bid) {
    }
}

package org.wteval.calc;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import static java.util.Map.entry;

/**
 * One line saying what each named figure is, as {@code wte explain CASE BID} lists them beside the names. A money
 * line's nominal and real schedules share the line's description with the price basis added.
 */
public final class FigureDescriptions {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            // Tender
            entry(FigureNames.AVERAGE_LHV, "time-weighted mean lower heating value of the tender's waste"),
            entry(FigureNames.LOW_LHV, "low end of the LHV window a bid must cover (toolkit percentile)"),
            entry(FigureNames.HIGH_LHV, "high end of the LHV window a bid must cover (toolkit percentile)"),
            entry(FigureNames.ANNUAL_TONNES, "waste the city delivers per year"),
            entry("efficiencyWeight", "weight of the efficiency criterion in the total"),
            entry("stabilityWeight", "weight of the stability criterion in the total"),
            entry("lifecycleWeight", "weight of the lifecycle-cost criterion in the total"),
            // Energy and R1
            entry(FigureNames.NET_EFFICIENCY_DESIGN, "net electrical efficiency at the design LHV"),
            entry(FigureNames.NET_KWH_PER_TONNE_DESIGN, "net electricity per tonne at the design LHV"),
            entry(FigureNames.NET_CAPACITY_MW, "net electrical output of all lines at design load"),
            entry(FigureNames.NET_MWH_PER_YEAR, "net electricity exported per year on the tender's waste"),
            entry(FigureNames.NET_KWH_PER_TONNE_LOCAL, "net electricity per tonne of the tender's waste the plant "
                    + "treats"),
            entry(FigureNames.NET_KWH_PER_TONNE_DELIVERED, "net electricity per tonne of waste delivered, treated or "
                    + "not (the efficiency criterion's metric)"),
            entry(FigureNames.NET_EFFICIENCY_LOCAL, "net electrical efficiency on the tender's waste"),
            entry(FigureNames.R1, "EU R1 energy efficiency formula, before climate correction"),
            entry(FigureNames.CLIMATE_CORRECTION_FACTOR, "EU R1 climate correction factor from heating degree days"),
            entry(FigureNames.R1_CORRECTED, "EU R1 energy efficiency after climate correction"),
            // Stability
            entry(FigureNames.DELIVERED_TONNES, "waste delivered per year"),
            entry(FigureNames.SHARE_OF_YEAR_OUTSIDE_WINDOW, "share of the year the waste's LHV lies outside the "
                    + "plant's firing window"),
            entry(FigureNames.CAPACITY_TONNES_PER_YEAR_AT_DESIGN, "tonnes the plant can treat per year at the design "
                    + "LHV"),
            entry(FigureNames.EXPECTED_TONNES_TREATED, "tonnes expected to be treated per year on the tender's waste"),
            entry(FigureNames.TONNES_TO_LANDFILL, "delivered tonnes per year the plant cannot treat"),
            entry(FigureNames.TREATED_SHARE, "share of delivered waste treated (the stability criterion's metric)"),
            entry(FigureNames.SUPPORT_FUEL_CONSUMPTION_FACTOR, "GJ of support fuel the bid guarantees to fire per GJ "
                    + "the waste's heat falls short of its minimum LHV"),
            entry(FigureNames.SUPPORT_FUEL_GJ_PER_YEAR, "support fuel the plant fires per year to burn the waste "
                    + "below its minimum LHV (first operating year)"),
            // Lifecycle
            entry(FigureNames.DISCOUNT_RATE_NOMINAL, "nominal discount rate from the real rate and inflation"),
            entry(FigureNames.PV_COSTS, "present value of the project's costs"),
            entry(FigureNames.PV_ELECTRICITY_REVENUE, "present value of electricity sales"),
            entry(FigureNames.PV_TIPPING_FEES, "present value of gate fees on treated tonnes"),
            entry(FigureNames.PV_SHORTFALL_PAYMENTS, "present value of payments for guaranteed tonnes not delivered"),
            entry(FigureNames.PV_RESIDUAL_VALUE, "present value of the plant's residual value"),
            entry(FigureNames.SHORTFALL_TONNES_BY_YEAR, "guaranteed tonnes not delivered, on which the authority "
                    + "pays put-or-pay, by year"),
            entry(FigureNames.PV_DECOMMISSIONING, "present value of decommissioning the plant"),
            entry(FigureNames.PV_SHORTFALL_TONNES_REAL, "guaranteed tonnes not delivered (put-or-pay), discounted "
                    + "at the real rate"),
            entry(FigureNames.NPV_PROJECT, "project net present value to the private partner"),
            entry(FigureNames.IRR_NOMINAL, "project internal rate of return, nominal"),
            entry(FigureNames.IRR_REAL, "project internal rate of return, real"),
            entry(FigureNames.PAYBACK_YEARS, "years until cumulative net cash flow turns positive"),
            entry(FigureNames.GRANTS, "JCM subsidy and JFJCM grant by construction year"),
            entry(FigureNames.GRANTS_TOTAL, "JCM subsidy requested plus JFJCM grant computed"),
            entry(FigureNames.NET_CASH_FLOW_WITH_GRANTS, "project net cash flow with the grants"),
            entry(FigureNames.PV_GRANTS, "present value of the grants"),
            entry(FigureNames.NPV_PROJECT_WITH_GRANTS, "project net present value with the grants"),
            entry(FigureNames.IRR_NOMINAL_WITH_GRANTS, "project internal rate of return with the grants, nominal"),
            entry(FigureNames.IRR_REAL_WITH_GRANTS, "project internal rate of return with the grants, real"),
            entry(FigureNames.PAYBACK_YEARS_WITH_GRANTS, "payback years with the grants"),
            entry(FigureNames.REVENUE_COST_COVERAGE, "present value of revenues over present value of costs"),
            entry(FigureNames.LEVELISED_COST_PER_TONNE_REAL, "levelised cost per tonne treated, real"),
            entry(FigureNames.LEVELISED_COST_PER_TONNE_NOMINAL, "levelised cost per tonne treated, nominal"),
            entry(FigureNames.LEVELISED_COST_PER_MWH_REAL, "levelised cost per MWh exported, real"),
            entry(FigureNames.LEVELISED_COST_PER_MWH_NOMINAL, "levelised cost per MWh exported, nominal"),
            entry(FigureNames.BREAK_EVEN_GATE_FEE_REAL, "real gate fee at which the project's NPV is zero"),
            entry(FigureNames.PV_GATE_FEES_AT_GUARANTEED_TONNAGE, "present value of gate fees at the guaranteed "
                    + "tonnage"),
            entry(FigureNames.LEVELISED_GATE_FEE_REAL, "levelised gate fee per tonne, real"),
            entry(FigureNames.PV_LANDFILL_COST, "present value of disposing of the tonnes the plant "
                    + "does not treat, each at no less than the bid's gate fee"),
            entry(FigureNames.AUTHORITY_PV, "present value of everything the authority pays"),
            entry(FigureNames.AUTHORITY_COST_PER_TONNE_REAL, "authority's real lifecycle cost per tonne delivered "
                    + "(the lifecycle criterion's metric and the evaluated price)"),
            // Money lines, each reported as a nominal and a real schedule
            entry(FigureNames.CAPEX, "capital expenditure"),
            entry(FigureNames.FIXED_OM, "fixed operation and maintenance cost"),
            entry(FigureNames.VARIABLE_OM, "variable operation and maintenance cost"),
            entry(FigureNames.SUPPORT_FUEL_COST, "support fuel fired below the minimum LHV, at the tender's "
                    + "evaluation price"),
            entry(FigureNames.MAJOR_MAINTENANCE, "major maintenance cost"),
            entry(FigureNames.REPLACEMENTS, "replacement cost"),
            entry(FigureNames.DECOMMISSIONING, "decommissioning cost"),
            entry(FigureNames.TOTAL_COST, "total project cost"),
            entry(FigureNames.RESIDUAL_VALUE, "residual value of the plant at the end of the term"),
            entry(FigureNames.ELECTRICITY_REVENUE, "electricity sales"),
            entry(FigureNames.TIPPING_FEES, "gate fees on treated tonnes"),
            entry(FigureNames.TIPPING_FEES_AT_GUARANTEED_TONNAGE, "gate fees at the guaranteed tonnage"),
            entry(FigureNames.SHORTFALL_PAYMENTS, "payments for guaranteed tonnes not delivered"),
            entry(FigureNames.LANDFILL_COST, "cost of disposing of the tonnes the plant does not "
                    + "treat: the alternative disposal, and no less than the bid's gate fee"),
            entry(FigureNames.NET_CASH_FLOW, "project net cash flow"),
            entry(FigureNames.TREATED_TONNES_BY_YEAR, "tonnes treated, by year"),
            entry(FigureNames.SUPPORT_FUEL_GJ_BY_YEAR, "support fuel fired, by year"),
            entry(FigureNames.NET_MWH_BY_YEAR, "net electricity the tariff pays for, by year (after any "
                    + "plant-load-factor cap)"),
            entry(FigureNames.DELIVERED_TONNES_BY_YEAR, "tonnes delivered, by year"),
            entry(FigureNames.GUARANTEED_TONNES_BY_YEAR, "tonnes the authority guarantees to deliver, by year"),
            // Financing
            entry(FigureNames.INTEREST_DURING_CONSTRUCTION, "interest capitalised during construction"),
            entry(FigureNames.DEBT_AT_COMMERCIAL_OPERATION, "debt outstanding at commercial operation"),
            entry(FigureNames.DEBT_SERVICE_PER_YEAR, "annual debt service (annuity)"),
            entry(FigureNames.CASH_FLOW_AVAILABLE_FOR_DEBT_SERVICE, "cash flow available for debt service by year"),
            entry(FigureNames.DSCR_MINIMUM, "lowest debt service cover ratio over the tenor"),
            entry(FigureNames.DSCR_AVERAGE, "average debt service cover ratio over the tenor"),
            entry(FigureNames.DSCR_MINIMUM_YEAR, "year of the lowest debt service cover ratio"),
            // GHG, JCM and JFJCM
            entry(FigureNames.ANNUAL_EMISSION_REDUCTIONS, "average annual GHG emission reductions"),
            entry(FigureNames.CREDITING_YEARS, "years of the crediting period"),
            entry(FigureNames.METHANE_FACTOR, "landfill methane generated per tonne avoided (CDM Tool 04)"),
            entry(FigureNames.FOSSIL_CO2_PER_TONNE, "fossil CO2 emitted per tonne incinerated"),
            entry(FigureNames.AVOIDED_LANDFILL_METHANE_BY_YEAR, "landfill methane avoided, by year"),
            entry(FigureNames.DISPLACED_GRID_BY_YEAR, "grid emissions displaced by exported electricity, by year"),
            entry(FigureNames.REFERENCE_BY_YEAR, "reference (baseline) emissions, by year"),
            entry(FigureNames.FOSSIL_CO2_BY_YEAR, "fossil CO2 from incineration, by year"),
            entry(FigureNames.AUXILIARY_FUEL_BY_YEAR, "emissions of auxiliary fuel, by year"),
            entry(FigureNames.IMPORTED_POWER_BY_YEAR, "emissions of imported power, by year"),
            entry(FigureNames.SUPPORT_FUEL_CO2_BY_YEAR, "fossil CO2 of the support fuel fired below the minimum LHV, "
                    + "by year"),
            entry(FigureNames.PROJECT_BY_YEAR, "project emissions, by year"),
            entry(FigureNames.EMISSION_REDUCTIONS_BY_YEAR, "emission reductions, by year"),
            entry(FigureNames.JCM_ANNUAL_EMISSION_REDUCTIONS,
                    "average annual GHG emission reductions on the JCM basis, over the legal durable years"),
            entry(FigureNames.JCM_CREDITING_YEARS, "years the JCM-basis average is taken over"),
            entry(FigureNames.JCM_METHANE_FACTOR, "landfill methane per tonne of DOC decaying, JCM defaults"),
            entry(FigureNames.JCM_FOSSIL_CO2_PER_TONNE, "fossil CO2 emitted per tonne incinerated, JCM basis"),
            entry(FigureNames.JCM_AVOIDED_LANDFILL_METHANE_BY_YEAR,
                    "landfill methane avoided on the JCM basis, by year"),
            entry(FigureNames.JCM_DISPLACED_GRID_BY_YEAR, "grid emissions displaced at the JCM grid factor, by year"),
            entry(FigureNames.JCM_REFERENCE_BY_YEAR, "reference emissions on the JCM basis, by year"),
            entry(FigureNames.JCM_FOSSIL_CO2_BY_YEAR, "fossil CO2 from incineration, JCM basis, by year"),
            entry(FigureNames.JCM_AUXILIARY_FUEL_BY_YEAR, "emissions of auxiliary fuel, JCM basis, by year"),
            entry(FigureNames.JCM_SUPPORT_FUEL_CO2_BY_YEAR, "fossil CO2 of the support fuel fired below the minimum "
                    + "LHV, JCM basis, by year"),
            entry(FigureNames.JCM_IMPORTED_POWER_BY_YEAR,
                    "emissions of imported power at the JCM grid factor, by year"),
            entry(FigureNames.JCM_PROJECT_BY_YEAR, "project emissions on the JCM basis, by year"),
            entry(FigureNames.JCM_EMISSION_REDUCTIONS_BY_YEAR, "emission reductions on the JCM basis, by year"),
            entry(FigureNames.JCM_SUBSIDY_JPY, "JCM Model Project subsidy requested"),
            entry(FigureNames.INITIAL_INVESTMENT_JPY, "initial investment in yen for JCM screening"),
            entry(FigureNames.JCM_SUBSIDY_SHARE, "JCM subsidy as a share of the initial investment"),
            entry(FigureNames.JCM_SUBSIDY_CAP_SHARE, "highest JCM subsidy share the decided tier allows"),
            entry(FigureNames.LEGAL_DURABLE_YEARS, "legal durable years used for JCM cost-effectiveness"),
            entry(FigureNames.JCM_COST_EFFECTIVENESS, "JCM subsidy per tonne CO2e reduced over the durable years"),
            entry(FigureNames.JFJCM_ADDITIONAL_COST, "cost above the conventional reference plant (JFJCM)"),
            entry(FigureNames.JFJCM_GRANT, "JFJCM grant: the additional cost, capped"),
            entry(FigureNames.THERMAL_INPUT_PER_LINE_AT_DESIGN, "thermal input of one line at the design LHV"),
            entry(FigureNames.THROUGHPUT_PER_LINE_AT_DESIGN, "tonnes per hour one line burns at the design LHV"),
            entry(FigureNames.WASTE_ENERGY_TREATED, "energy in the waste treated per year"),
            entry(FigureNames.EP, "energy produced per year as the EU R1 formula counts it"),
            entry(FigureNames.PV_CAPEX, "present value of capital expenditure"),
            entry(FigureNames.PV_TREATED_TONNES_REAL, "treated tonnes discounted at the real rate"),
            entry(FigureNames.PV_TREATED_TONNES_NOMINAL, "treated tonnes discounted at the nominal rate"),
            entry(FigureNames.PV_NET_MWH_REAL, "net MWh exported, discounted at the real rate"),
            entry(FigureNames.PV_NET_MWH_NOMINAL, "net MWh exported, discounted at the nominal rate"),
            entry(FigureNames.PV_DELIVERED_TONNES_REAL, "delivered tonnes discounted at the real rate"),
            entry(FigureNames.PV_GUARANTEED_TONNES_REAL, "guaranteed tonnes discounted at the real rate"),
            entry(FigureNames.REFERENCE_PLANT_CAPEX, "capital cost of the conventional reference plant (JFJCM)"),
            // Bid money converted into the evaluation currency
            entry("fixedOmPerYear", "the bid's fixed O&M cost per year, in the evaluation currency"),
            entry("variableOmPerTonne", "the bid's variable O&M cost per tonne, in the evaluation currency"),
            entry("majorMaintenanceCost", "the bid's cost of one major maintenance, in the evaluation currency"),
            entry("decommissioningCost", "the bid's decommissioning cost, in the evaluation currency"),
            entry("tippingFeePerTonne", "the bid's gate fee per tonne, in the evaluation currency"),
            entry(FigureNames.SUPPORT_FUEL_PRICE, "the tender's evaluation price of the bid's support fuel per GJ, "
                    + "in the evaluation currency"),
            entry("electricityTariffPerMwh", "the electricity tariff per MWh the bid assumes, in the evaluation "
                    + "currency"),
            entry("regulatedTariffPerMwh", "the regulated electricity tariff per MWh the planning rules applied"),
            // Scoring
            entry(FigureNames.EFFICIENCY_SCORE, "efficiency criterion score 0..100 from netKwhPerTonneDelivered"),
            entry(FigureNames.STABILITY_SCORE, "stability criterion score 0..100 from treatedShare"),
            entry(FigureNames.LIFECYCLE_SCORE, "lifecycle-cost criterion score 0..100 from "
                    + "authorityCostPerTonneReal"),
            entry(FigureNames.TOTAL, "the bid's total under the evaluation method, which ranks it"),
            entry(FigureNames.METHOD_TOTAL, "the method's own total, before the committee's technical score is "
                    + "blended in"),
            entry(FigureNames.TECHNICAL_SCORE, "the committee's technical score, 0..100, from the evaluators' "
                    + "marks on each sub-criterion"),
            entry(FigureNames.weighted("efficiency"), "efficiency score × its weight, in points of the total"),
            entry(FigureNames.weighted("stability"), "stability score × its weight, in points of the total"),
            entry(FigureNames.weighted("lifecycle"), "lifecycle-cost score × its weight, in points of the total"),
            entry(FigureNames.BEST_QUALIFIED_VALUE, "the best value of the criterion's metric among the qualified "
                    + "bids, which scores 100 relative to the best"),
            entry(FigureNames.PUBLISHED_FLOOR, "price per tonne earning full lifecycle points: the toolkit's share "
                    + "of the tender's owner's estimate"),
            entry(FigureNames.LOWEST_PRICE, "the lowest evaluated price among the qualified bids"),
            entry(FigureNames.QUALITY_SCORE, "weighted mean of the efficiency and stability scores"),
            entry(FigureNames.TECHNICAL_POINTS, "technical points: the quality score on the method's technical "
                    + "scale"),
            entry(FigureNames.PRICE_POINTS, "price points: the lowest price over the bid's, on the method's price "
                    + "scale"),
            entry(FigureNames.POINTS, "base points plus the quality score"),
            entry(FigureNames.FEATURE_SUM, "sum of the non-price features' values (weighted price)"),
            entry(FigureNames.WEIGHTED_PRICE_DENOMINATOR, "the factor dividing the price (weighted price)"));

    private FigureDescriptions() {
    }

    /** What the figure named {@code name} is; empty for a name the engine does not produce. */
    public static Optional<String> of(String name) {
        String d = DESCRIPTIONS.get(name);
        if (d != null) {
            return Optional.of(d);
        }
        if (name.startsWith(FigureNames.TECHNICAL_PREFIX)) {
            return Optional.of("the committee's aggregate mark on technical sub-criterion "
                    + name.substring(FigureNames.TECHNICAL_PREFIX.length()) + ", as points of the technical score");
        }
        if (name.startsWith(FigureNames.MARK_PREFIX)) {
            return Optional.of("the mark evaluator " + name.substring(FigureNames.MARK_PREFIX.length())
                    + " gave, read from the score sheet");
        }
        // A dotted name is a toolkit key; a figure derived under it is that parameter in the evaluation currency.
        if (name.contains(".") && !name.startsWith(FigureNames.COMPOSITION_PREFIX)) {
            return Optional.of("toolkit parameter " + name + ", in the evaluation currency");
        }
        for (String basis : new String[] {"Nominal", "Real"}) {
            if (name.endsWith(basis)) {
                String line = DESCRIPTIONS.get(name.substring(0, name.length() - basis.length()));
                if (line != null) {
                    return Optional.of(line + ", " + basis.toLowerCase(Locale.ROOT) + " by year");
                }
            }
        }
        return Optional.empty();
    }
}

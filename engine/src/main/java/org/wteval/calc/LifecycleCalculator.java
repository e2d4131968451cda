package org.wteval.calc;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Tender;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Yearly cash flows of a bid over construction and operation, and their present values.
 *
 * <p>Conventions, stated once: year 1 is the year after the base year and flows fall at its end. Capex is a
 * lump-sum nominal price paid by the construction schedule. O&amp;M, major maintenance, gate fee and tariff are
 * quoted at base-year level and grow from the base year at their own nominal rates, so the nominal flow of year
 * {@code y} is {@code price × (1 + rate)^y}. The support fuel a bid fires below its minimum LHV is the operator's
 * cost, priced at the tender's base-year evaluation price and escalated at inflation like the tender's other
 * base-year money. Real flows are nominal flows deflated at the toolkit's inflation.
 * Levelised figures divide a present value of money by a present value of tonnes or MWh discounted at the rate of
 * the same basis, so real and nominal levelised costs differ and are reported side by side.
 *
 * <p>A {@link RevenuePlan} from the planning rules may replace the bid's tariff with the regulated one (flat in
 * nominal terms, plus any premium in the first years), cap the generation recognised each year at a plant load
 * factor of the net capacity, and put the plant in the authority's hands (DBO), in which case the authority's
 * cost includes the capex and the decommissioning and is reduced by the electricity revenue and the residual value.
 * The tender's DBO value of power is base-year money and rises with inflation; a FiT stays flat nominal.
 */
public final class LifecycleCalculator {

    private LifecycleCalculator() {
    }

    /** The lifecycle of one bid on its own: its flows computed, then explained. */
    public static LifecycleResult compute(ResolvedTender t, ResolvedBid b, PlantModel model, RevenuePlan plan,
                                          Figure netCapacityMw) {
        BidKernel k = BidKernel.of(t, b, plan, model, netCapacityMw.value());
        BidFlows f = BidFlows.of(k);
        f.compute(k);
        return explain(t, b, plan, f, netCapacityMw, StabilityCalculator.explain(t, b, k, f));
    }

    /**
     * The figures behind flows computed for this bid and plan: every yearly value and present value is read from
     * {@code f}; only the real twins of the money schedules, the totals and the IRR are worked out here.
     */
    public static LifecycleResult explain(ResolvedTender t, ResolvedBid b, RevenuePlan plan, BidFlows f,
                                          Figure netCapacityMw, StabilityResult stability) {
        Figure expectedTonnesTreated = stability.expectedTonnesTreated();
        int c = f.constructionYears();
        Bid.Finance fin = b.finance();
        Figure rReal = t.param("finance.discountRateReal");
        Figure inflation = t.param("finance.inflation");
        Figure landfillCost = t.param("finance.landfillCostPerTonne");
        DiscountRates rates = new DiscountRates(rReal.value(), inflation.value());
        Figure rNom = Figure.derived(FigureNames.DISCOUNT_RATE_NOMINAL, rates.nominal(), "fraction/yr",
                "(1 + discountRateReal) × (1 + inflation) − 1", rReal, inflation);

        int first = t.tender().baseYear() + 1;
        String unit = t.currency();
        List<Figure> schedules = new ArrayList<>();
        Figure capexS = money(schedules, rates, first, unit, FigureNames.CAPEX, f.capex(),
                "capex × constructionSchedule[y]", b.capex(), b.input(FigureNames.CONSTRUCTION_SCHEDULE,
                        fin.constructionSchedule().size(), "years", "finance.constructionSchedule"));
        Figure fixedEsc = escalation(b, FigureNames.FIXED_OM_ESCALATION, fin.fixedOmEscalation(), "fixedOm");
        Figure variableEsc = escalation(b, FigureNames.VARIABLE_OM_ESCALATION, fin.variableOmEscalation(),
                "variableOm");
        Figure mmEscF = escalation(b, FigureNames.MAJOR_MAINTENANCE_ESCALATION, fin.majorMaintenanceEscalation(),
                "majorMaintenance");
        Tender.Waste waste = t.tender().waste();
        Figure deliveredS = physical(schedules, first, FigureNames.DELIVERED_TONNES_BY_YEAR, "t",
                f.deliveredTonnes(), "tonnesPerDay × 365 × (1 + growthPerYear)^(k − 1) in operating year k",
                t.input(FigureNames.TONNES_PER_DAY, waste.tonnesPerDay(), "t/d", "waste.tonnesPerDay"),
                t.input(FigureNames.GROWTH_PER_YEAR, waste.growthPerYear(), "fraction/yr", "waste.growthPerYear"));
        Figure guaranteedS = physical(schedules, first, FigureNames.GUARANTEED_TONNES_BY_YEAR, "t",
                f.guaranteedTonnes(), "guaranteedTonnesPerYear in operating years",
                t.input(FigureNames.GUARANTEED_TONNES_PER_YEAR, t.tender().contract().guaranteedTonnesPerYear(), "t/yr",
                        "contract.guaranteedTonnesPerYear"));
        // The plant's treated tonnes at each year's delivery follow the same plant model as the first year's.
        Figure treatedS = physical(schedules, first, FigureNames.TREATED_TONNES_BY_YEAR, "t", f.treatedTonnes(),
                "expectedTonnesTreated computed for deliveredTonnesByYear_y in each operating year",
                expectedTonnesTreated, deliveredS);
        Figure degradation = b.input(FigureNames.DEGRADATION_PER_YEAR, fin.degradationPerYear(), "fraction/yr",
                "finance.degradationPerYear");
        Figure mwhS = plan.plantLoadFactorCaps().isEmpty()
                ? physical(schedules, first, FigureNames.NET_MWH_BY_YEAR, "MWh", f.netMwh(),
                        "netMwhPerYear for deliveredTonnesByYear_y × (1 − degradationPerYear)^(k − 1) in operating "
                                + "year k", degradation)
                : physical(schedules, first, FigureNames.NET_MWH_BY_YEAR, "MWh", f.netMwh(),
                        "min(netMwhPerYear for deliveredTonnesByYear_y × (1 − degradationPerYear)^(k − 1), "
                                + "plantLoadFactorCap_k × netCapacityMw × 8760) with caps " + plan.plantLoadFactorCaps()
                                + " by operating year (" + String.join(", ", plan.decidedBy()) + ")", degradation,
                        netCapacityMw);
        Figure fixedS = money(schedules, rates, first, unit, FigureNames.FIXED_OM, f.fixedOm(),
                "fixedOmPerYear × (1 + fixedOmEscalation)^y", b.fixedOmPerYear(), fixedEsc);
        Figure varS = money(schedules, rates, first, unit, FigureNames.VARIABLE_OM, f.variableOm(),
                "variableOmPerTonne × treatedTonnesByYear_y × (1 + variableOmEscalation)^y", b.variableOmPerTonne(),
                treatedS, variableEsc);
        Figure fuelGjS = physical(schedules, first, FigureNames.SUPPORT_FUEL_GJ_BY_YEAR, "GJ", f.supportFuelGj(),
                "supportFuelGjPerYear computed for deliveredTonnesByYear_y in each operating year",
                stability.supportFuelGjPerYear(), deliveredS);
        Figure fuelS = b.supportFuelPricePerGj() == null
                ? money(schedules, rates, first, unit, FigureNames.SUPPORT_FUEL_COST, f.supportFuelCost(),
                        "0: the bid guarantees no support firing", fuelGjS)
                : money(schedules, rates, first, unit, FigureNames.SUPPORT_FUEL_COST, f.supportFuelCost(),
                        "supportFuelPricePerGj × (1 + inflation)^y × supportFuelGjByYear_y (the tender's evaluation "
                                + "price, in base-year money like the landfill cost; the operator buys the fuel)",
                        b.supportFuelPricePerGj(), inflation, fuelGjS);
        Figure mmS = money(schedules, rates, first, unit, FigureNames.MAJOR_MAINTENANCE, f.majorMaintenance(),
                "majorMaintenanceCost × (1 + majorMaintenanceEscalation)^y in every " + fin.majorMaintenance()
                        .everyYears() + "th operating year", b.majorMaintenanceCost(), mmEscF);
        List<Figure> replacementInputs = new ArrayList<>(b.replacementCosts());
        replacementInputs.add(mmEscF);
        Figure replS = money(schedules, rates, first, unit, FigureNames.REPLACEMENTS, f.replacements(),
                "Σ replacement cost × (1 + majorMaintenanceEscalation)^y in its operating year",
                replacementInputs.toArray(Figure[]::new));
        Figure decomS = money(schedules, rates, first, unit, FigureNames.DECOMMISSIONING, f.decommissioning(),
                "decommissioningCost × (1 + inflation)^y after the last operating year", b.decommissioningCost(),
                inflation);
        Figure costS = money(schedules, rates, first, unit, FigureNames.TOTAL_COST, f.totalCost(),
                "capex + fixedOm + variableOm + supportFuelCost + majorMaintenance + replacements + decommissioning",
                capexS, fixedS, varS, fuelS, mmS, replS, decomS);
        Figure residualS = money(schedules, rates, first, unit, FigureNames.RESIDUAL_VALUE, f.residualValue(),
                "residualValue × (1 + inflation)^y after the last operating year", b.residualValue(), inflation);
        Figure tariffIdx = b.input(FigureNames.TARIFF_INDEXATION, fin.tariffIndexationPerYear(), "fraction/yr",
                "finance.tariffIndexationPerYear");
        Figure elecS = plan.priceIndexedAtInflation()
                ? money(schedules, rates, first, unit, FigureNames.ELECTRICITY_REVENUE, f.electricityRevenue(),
                        "electricityValuePerMwh × (1 + inflation)^y × netMwhByYear_y (the tender's value of power, "
                                + "in base-year money like the landfill cost: " + String.join(", ", plan.decidedBy())
                                + ")", plan.tariffPerMwh(), inflation, mwhS)
                : plan.regulated()
                ? money(schedules, rates, first, unit, FigureNames.ELECTRICITY_REVENUE, f.electricityRevenue(),
                        "regulated tariff (flat nominal" + (plan.premiumYears() > 0 ? ", plus " + plan.premiumPerMwh()
                                + " in the first " + plan.premiumYears() + " operating years" : "")
                                + ") × netMwhByYear_y", plan.tariffPerMwh(), mwhS)
                : money(schedules, rates, first, unit, FigureNames.ELECTRICITY_REVENUE, f.electricityRevenue(),
                        "electricityTariffPerMwh × (1 + tariffIndexation)^y × netMwhByYear_y", plan.tariffPerMwh(),
                        tariffIdx, mwhS);
        Figure gateFee = plan.gateFeePerTonne(b.tippingFeePerTonne());
        Figure feeIdx = b.input(FigureNames.TIPPING_FEE_INDEXATION, fin.tippingFeeIndexationPerYear(), "fraction/yr",
                "finance.tippingFeeIndexationPerYear");
        Figure feeS = money(schedules, rates, first, unit, FigureNames.TIPPING_FEES, f.tippingFees(),
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × treatedTonnesByYear_y", gateFee,
                feeIdx, treatedS);
        Figure feeGS = money(schedules, rates, first, unit, FigureNames.TIPPING_FEES_AT_GUARANTEED_TONNAGE,
                f.tippingFeesAtGuaranteedTonnage(),
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × guaranteedTonnesByYear_y", gateFee,
                feeIdx, guaranteedS);
        Figure shortfallS = money(schedules, rates, first, unit, FigureNames.SHORTFALL_PAYMENTS,
                f.shortfallPayments(),
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × max(0, guaranteedTonnesByYear_y − "
                        + "deliveredTonnesByYear_y) (put-or-pay)", gateFee, feeIdx, guaranteedS,
                deliveredS);
        Figure landfillS = money(schedules, rates, first, unit, FigureNames.LANDFILL_COST, f.landfillCost(),
                "max(landfillCostPerTonne × (1 + inflation)^y, tippingFeePerTonne × (1 + tippingFeeIndexation)^y) "
                        + "× (deliveredTonnesByYear_y − treatedTonnesByYear_y): an untreated tonne costs the "
                        + "authority its alternative disposal, and never less than the bid's own gate fee that year",
                landfillCost, inflation, gateFee, feeIdx, deliveredS, treatedS);

        String pvNote = " discounted at discountRateNominal (identical to the real flows at discountRateReal)";
        Figure pvCosts = pv(FigureNames.PV_COSTS, unit, f.pvCosts(),
                "Σ_y totalCost_y / (1 + discountRateNominal)^y;" + pvNote, costS, rNom);
        Figure pvElec = pv(FigureNames.PV_ELECTRICITY_REVENUE, unit, f.pvElectricityRevenue(),
                "Σ_y electricityRevenue_y / (1 + discountRateNominal)^y", elecS, rNom);
        Figure pvFees = pv(FigureNames.PV_TIPPING_FEES, unit, f.pvTippingFees(),
                "Σ_y tippingFees_y / (1 + discountRateNominal)^y", feeS, rNom);
        Figure pvShortfall = pv(FigureNames.PV_SHORTFALL_PAYMENTS, unit, f.pvShortfallPayments(),
                "Σ_y shortfallPayments_y / (1 + discountRateNominal)^y", shortfallS, rNom);
        Figure pvResidual = pv(FigureNames.PV_RESIDUAL_VALUE, unit, f.pvResidualValue(),
                "Σ_y residualValue_y / (1 + discountRateNominal)^y", residualS, rNom);
        Figure npv = pv(FigureNames.NPV_PROJECT, unit, f.npvProject(),
                "pvTippingFees + pvShortfallPayments + pvElectricityRevenue + pvResidualValue − pvCosts", pvFees,
                pvShortfall, pvElec, pvResidual, pvCosts);
        Figure netS = money(schedules, rates, first, unit, FigureNames.NET_CASH_FLOW, f.netCashFlow(),
                "tippingFees + shortfallPayments + electricityRevenue + residualValue − totalCost", feeS, shortfallS,
                elecS, residualS, costS);
        double irr = f.irrNominal();
        Figure irrNominal = Figure.derived(FigureNames.IRR_NOMINAL, irr, "fraction/yr (nominal)",
                "rate at which Σ_y netCashFlowNominal_y / (1 + rate)^y = 0", netS);
        Figure irrReal = Figure.derived(FigureNames.IRR_REAL, rates.realFromNominal(irr),
                "fraction/yr (real)", "(1 + irrNominal) / (1 + inflation) − 1", irrNominal, inflation);
        Figure payback = Figure.derived(FigureNames.PAYBACK_YEARS, f.paybackYears(),
                "years from the start of operation", "years until the cumulative netCashFlowNominal, capex included, "
                        + "turns non-negative, interpolated within the year", netS);
        Figure pvCapex = pv(FigureNames.PV_CAPEX, unit, f.pvCapex(),
                "Σ_y capex_y / (1 + discountRateNominal)^y", capexS, rNom);
        Figure coverage = plan.authorityOwns()
                ? Figure.derived(FigureNames.REVENUE_COST_COVERAGE, f.revenueCostCoverage(), "ratio",
                        "(pvTippingFees + pvShortfallPayments) / (pvCosts − pvCapex): under DBO the contractor is "
                        + "paid fees for operating a plant the authority financed and keeps none of the electricity",
                        pvFees, pvShortfall, pvCosts, pvCapex)
                : Figure.derived(FigureNames.REVENUE_COST_COVERAGE, f.revenueCostCoverage(), "ratio",
                        "(pvTippingFees + pvShortfallPayments + pvElectricityRevenue + pvResidualValue) / pvCosts",
                        pvFees, pvShortfall, pvElec, pvResidual, pvCosts);
        FinancingResult financing = fin.financing() == null ? null
                : FinancingCalculator.compute(b, f.capex(), f.cashFlowAvailableForDebtService(), c, first, unit);

        Figure tonnesReal = quantityPv(FigureNames.PV_TREATED_TONNES_REAL, "t", f.pvTreatedTonnesReal(),
                "Σ_y treatedTonnesByYear_y / (1 + discountRateReal)^y", treatedS, rReal);
        Figure tonnesNom = quantityPv(FigureNames.PV_TREATED_TONNES_NOMINAL, "t", f.pvTreatedTonnesNominal(),
                "Σ_y treatedTonnesByYear_y / (1 + discountRateNominal)^y", treatedS, rNom);
        Figure mwhReal = quantityPv(FigureNames.PV_NET_MWH_REAL, "MWh", f.pvNetMwhReal(),
                "Σ_y netMwhByYear_y / (1 + discountRateReal)^y", mwhS, rReal);
        Figure mwhNom = quantityPv(FigureNames.PV_NET_MWH_NOMINAL, "MWh", f.pvNetMwhNominal(),
                "Σ_y netMwhByYear_y / (1 + discountRateNominal)^y", mwhS, rNom);
        Figure deliveredReal = quantityPv(FigureNames.PV_DELIVERED_TONNES_REAL, "t", f.pvDeliveredTonnesReal(),
                "Σ_y deliveredTonnesByYear_y / (1 + discountRateReal)^y", deliveredS, rReal);
        Figure guaranteedReal = quantityPv(FigureNames.PV_GUARANTEED_TONNES_REAL, "t", f.pvGuaranteedTonnesReal(),
                "Σ_y guaranteedTonnesByYear_y / (1 + discountRateReal)^y", guaranteedS, rReal);

        Figure lcotReal = ratio(FigureNames.LEVELISED_COST_PER_TONNE_REAL, f.levelisedCostPerTonneReal(),
                unit + "/t (real, base-year prices)", pvCosts, tonnesReal);
        Figure lcotNom = ratio(FigureNames.LEVELISED_COST_PER_TONNE_NOMINAL, f.levelisedCostPerTonneNominal(),
                unit + "/t (nominal)", pvCosts, tonnesNom);
        Figure lcoeReal = ratio(FigureNames.LEVELISED_COST_PER_MWH_REAL, f.levelisedCostPerMwhReal(),
                unit + "/MWh (real, base-year prices)", pvCosts, mwhReal);
        Figure lcoeNom = ratio(FigureNames.LEVELISED_COST_PER_MWH_NOMINAL, f.levelisedCostPerMwhNominal(),
                unit + "/MWh (nominal)", pvCosts, mwhNom);
        Figure shortfallTonnesS = physical(schedules, first, FigureNames.SHORTFALL_TONNES_BY_YEAR, "t",
                f.shortfallTonnes(), "max(0, guaranteedTonnesByYear_y − deliveredTonnesByYear_y)", guaranteedS,
                deliveredS);
        Figure shortfallTonnesReal = quantityPv(FigureNames.PV_SHORTFALL_TONNES_REAL, "t",
                f.pvShortfallTonnesReal(), "Σ_y shortfallTonnesByYear_y / (1 + discountRateReal)^y",
                shortfallTonnesS, rReal);
        Figure breakEven = Figure.derived(FigureNames.BREAK_EVEN_GATE_FEE_REAL, f.breakEvenGateFeeReal(),
                unit + "/t (real, base-year prices)",
                "(pvCosts − pvElectricityRevenue − pvResidualValue) / (pvTreatedTonnesReal + pvShortfallTonnesReal): "
                        + "the base-year fee F, indexed at inflation, at which npvProject = 0, since fees and "
                        + "put-or-pay payments at F are worth F × (pvTreatedTonnesReal + pvShortfallTonnesReal)",
                pvCosts, pvElec, pvResidual, tonnesReal, shortfallTonnesReal);
        Figure pvFeesG = pv(FigureNames.PV_GATE_FEES_AT_GUARANTEED_TONNAGE, unit,
                f.pvGateFeesAtGuaranteedTonnage(), "Σ_y tippingFeesAtGuaranteedTonnage_y / (1 + discountRateNominal)^y",
                feeGS, rNom);
        Figure levelisedFee = ratio(FigureNames.LEVELISED_GATE_FEE_REAL, f.levelisedGateFeeReal(),
                unit + "/t (real, base-year prices)", pvFeesG, guaranteedReal);
        Figure pvLandfill = pv(FigureNames.PV_LANDFILL_COST, unit, f.pvLandfillCost(),
                "Σ_y landfillCost_y / (1 + discountRateNominal)^y", landfillS, rNom);
        Figure authorityPv = plan.authorityOwns()
                ? pv(FigureNames.AUTHORITY_PV, unit, f.authorityPv(), "pvTippingFees + pvShortfallPayments + "
                        + "pvLandfillCost + pvCapex + pvDecommissioning − pvElectricityRevenue − pvResidualValue (the "
                        + "authority owns the plant, so it pays to decommission it and keeps what it is worth: "
                        + String.join(", ", plan.decidedBy()) + ")", pvFees, pvShortfall, pvLandfill, pvCapex,
                        pv(FigureNames.PV_DECOMMISSIONING, unit, f.pvDecommissioning(),
                                "Σ_y decommissioning_y / (1 + discountRateNominal)^y", decomS, rNom),
                        pvElec, pvResidual)
                : pv(FigureNames.AUTHORITY_PV, unit, f.authorityPv(),
                        "pvTippingFees + pvShortfallPayments + pvLandfillCost", pvFees, pvShortfall, pvLandfill);
        Figure authorityPerTonne = ratio(FigureNames.AUTHORITY_COST_PER_TONNE_REAL, f.authorityCostPerTonneReal(),
                unit + "/t delivered (real, base-year prices)", authorityPv, deliveredReal);
        return new LifecycleResult(rNom, pvCosts, pvElec, pvFees, pvShortfall, pvResidual, npv, irrNominal, irrReal,
                payback, coverage, lcotReal, lcotNom, lcoeReal, lcoeNom, breakEven, pvFeesG, levelisedFee, pvLandfill,
                authorityPv, authorityPerTonne, financing, List.copyOf(schedules));
    }

    private static Figure escalation(ResolvedBid b, String name, double value, String line) {
        Bid.Escalation e = b.finance().escalation();
        boolean own = e != null && switch (line) {
            case "fixedOm" -> e.fixedOm() != null;
            case "variableOm" -> e.variableOm() != null;
            default -> e.majorMaintenance() != null;
        };
        return b.input(name, value, "fraction/yr", own ? "finance.escalation." + line : "finance.omEscalationPerYear");
    }

    /** Adds the nominal schedule and its real twin; returns the nominal one (the basis the flows are priced in). */
    static Figure money(List<Figure> out, DiscountRates rates, int first, String unit, String name,
                                double[] nominal, String formula, Figure... inputs) {
        Figure nom = Figure.schedule(FigureNames.nominal(name), Flows.sum(nominal), unit + " (nominal, total)",
                formula, first, nominal, inputs);
        double[] deflated = rates.deflate(nominal);
        Figure real = Figure.schedule(FigureNames.real(name), Flows.sum(deflated),
                unit + " (real, base-year prices, total)", name + "Nominal_y / (1 + inflation)^y", first, deflated,
                nom);
        out.add(nom);
        out.add(real);
        return nom;
    }

    private static Figure physical(List<Figure> out, int first, String name, String unit, double[] values,
                                   String formula, Figure... inputs) {
        Figure f = Figure.schedule(name, Flows.sum(values), unit + " (total)", formula, first, values, inputs);
        out.add(f);
        return f;
    }

    static Figure pv(String name, String unit, double value, String formula, Figure... inputs) {
        return Figure.derived(name, value, unit + " (present value, base year)", formula, inputs);
    }

    private static Figure quantityPv(String name, String unit, double value, String formula, Figure... inputs) {
        return Figure.derived(name, value, unit + " (discounted)", formula, inputs);
    }

    private static Figure ratio(String name, double value, String unit, Figure numerator, Figure denominator) {
        return Figure.derived(name, value, unit, numerator.name() + " / " + denominator.name(), numerator,
                denominator);
    }
}

package org.wteval.calc;

import java.util.ArrayList;
import java.util.List;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Yearly cash flows of a bid over construction and operation, and their present values.
 *
 * <p>Conventions, stated once: year 1 is the year after the base year and flows fall at its end. Capex is a
 * lump-sum nominal price paid by the construction schedule. O&amp;M, major maintenance, gate fee and tariff are
 * quoted at base-year level and grow from the base year at their own nominal rates, so the nominal flow of year
 * {@code y} is {@code price × (1 + rate)^y}. Real flows are nominal flows deflated at the toolkit's inflation.
 * Levelised figures divide a present value of money by a present value of tonnes or MWh discounted at the rate of
 * the same basis, so real and nominal levelised costs differ and are reported side by side.
 *
 * <p>A {@link RevenuePlan} from the planning rules may replace the bid's tariff with the regulated one (flat in
 * nominal terms, plus any premium in the first years), cap the generation recognised each year at a plant load
 * factor of the net capacity, and put the plant in the authority's hands (DBO), in which case the authority's
 * cost includes the capex and is reduced by the electricity revenue.
 */
public final class LifecycleCalculator {

    private LifecycleCalculator() {
    }

    public static LifecycleResult compute(ResolvedTender t, ResolvedBid b, PlantModel model, RevenuePlan plan,
                                          Figure netCapacityMw) {
        int c = t.constructionYears();
        int years = c + t.operationYears();
        Bid.Finance fin = b.finance();
        Figure rReal = t.param("finance.discountRateReal");
        Figure inflation = t.param("finance.inflation");
        Figure landfillCost = t.param("finance.landfillCostPerTonne");
        DiscountRates rates = new DiscountRates(rReal.value(), inflation.value());
        Figure rNom = Figure.derived("discountRateNominal", rates.nominal(), "fraction/yr",
                "(1 + discountRateReal) × (1 + inflation) − 1", rReal, inflation);

        double[] capex = new double[years];
        double[] fixedOm = new double[years];
        double[] variableOm = new double[years];
        double[] majorMaint = new double[years];
        double[] electricity = new double[years];
        double[] fees = new double[years];
        double[] feesAtGuarantee = new double[years];
        double[] landfill = new double[years];
        double[] replacements = new double[years];
        double[] shortfall = new double[years];
        double[] residual = new double[years];
        double[] decommissioning = new double[years];
        double[] delivered = new double[years];
        double[] treated = new double[years];
        double[] mwh = new double[years];
        double[] guaranteed = new double[years];
        double guarantee = t.tender().contract().guaranteedTonnesPerYear();
        for (int j = 0; j < c; j++) {
            capex[j] = b.capex().value() * fin.constructionSchedule().get(j);
        }
        for (int j = c; j < years; j++) {
            int y = j + 1;
            int k = j - c + 1;
            double mmEsc = Math.pow(1 + fin.majorMaintenanceEscalation(), y);
            delivered[j] = t.deliveredTonnes(k);
            treated[j] = model.treatedTonnes(delivered[j]);
            double degraded = model.netMwh(delivered[j]) * Math.pow(1 - fin.degradationPerYear(), k - 1);
            mwh[j] = Math.min(degraded, plan.plantLoadFactorCap(k) * netCapacityMw.value() * 8760);
            guaranteed[j] = guarantee;
            fixedOm[j] = b.fixedOmPerYear().value() * Math.pow(1 + fin.fixedOmEscalation(), y);
            variableOm[j] = b.variableOmPerTonne().value() * treated[j] * Math.pow(1 + fin.variableOmEscalation(), y);
            majorMaint[j] = k % fin.majorMaintenance().everyYears() == 0 ? b.majorMaintenanceCost().value() * mmEsc
                    : 0;
            for (int i = 0; i < fin.replacements().size(); i++) {
                if (fin.replacements().get(i).operatingYear() == k) {
                    replacements[j] += b.replacementCosts().get(i).value() * mmEsc;
                }
            }
            if (j == years - 1) {
                double inflated = Math.pow(1 + rates.inflation(), y);
                residual[j] = b.residualValue().value() * inflated;
                decommissioning[j] = b.decommissioningCost().value() * inflated;
            }
            double tariff = plan.regulated()
                    ? plan.tariffPerMwh().value() + (k <= plan.premiumYears() ? plan.premiumPerMwh() : 0)
                    : plan.tariffPerMwh().value() * Math.pow(1 + fin.tariffIndexationPerYear(), y);
            double fee = b.tippingFeePerTonne().value() * Math.pow(1 + fin.tippingFeeIndexationPerYear(), y);
            electricity[j] = tariff * mwh[j];
            fees[j] = fee * treated[j];
            feesAtGuarantee[j] = fee * guarantee;
            // Put-or-pay: the authority pays the fee on guaranteed tonnes it fails to deliver.
            shortfall[j] = fee * Math.max(0, guarantee - delivered[j]);
            landfill[j] = landfillCost.value() * Math.pow(1 + rates.inflation(), y) * (delivered[j] - treated[j]);
        }
        double[] costs = new double[years];
        for (int j = 0; j < years; j++) {
            costs[j] = capex[j] + fixedOm[j] + variableOm[j] + majorMaint[j] + replacements[j] + decommissioning[j];
        }
        double[] net = new double[years];
        double[] cfads = new double[years];
        for (int j = 0; j < years; j++) {
            net[j] = fees[j] + shortfall[j] + electricity[j] + residual[j] - costs[j];
            cfads[j] = j < c ? 0 : fees[j] + shortfall[j] + electricity[j] - fixedOm[j] - variableOm[j]
                    - majorMaint[j] - replacements[j];
        }

        int first = t.tender().baseYear() + 1;
        String unit = t.currency();
        List<Figure> schedules = new ArrayList<>();
        Figure capexS = money(schedules, rates, first, unit, "capex", capex,
                "capex × constructionSchedule[y]", b.capex(), b.input("constructionSchedule",
                        fin.constructionSchedule().size(), "years", "finance.constructionSchedule"));
        Figure fixedEsc = escalation(b, "fixedOmEscalation", fin.fixedOmEscalation(), "fixedOm");
        Figure variableEsc = escalation(b, "variableOmEscalation", fin.variableOmEscalation(), "variableOm");
        Figure mmEscF = escalation(b, "majorMaintenanceEscalation", fin.majorMaintenanceEscalation(),
                "majorMaintenance");
        Figure treatedS = physical(schedules, first, "treatedTonnesByYear", "t", treated,
                "expectedTonnesTreated computed for deliveredTonnesByYear_y in each operating year");
        Figure degradation = b.input("degradationPerYear", fin.degradationPerYear(), "fraction/yr",
                "finance.degradationPerYear");
        Figure mwhS = plan.plantLoadFactorCaps().isEmpty()
                ? physical(schedules, first, "netMwhByYear", "MWh", mwh,
                        "netMwhPerYear for deliveredTonnesByYear_y × (1 − degradationPerYear)^(k − 1) in operating "
                                + "year k", degradation)
                : physical(schedules, first, "netMwhByYear", "MWh", mwh,
                        "min(netMwhPerYear for deliveredTonnesByYear_y × (1 − degradationPerYear)^(k − 1), "
                                + "plantLoadFactorCap_k × netCapacityMw × 8760) with caps " + plan.plantLoadFactorCaps()
                                + " by operating year (" + String.join(", ", plan.decidedBy()) + ")", degradation,
                        netCapacityMw);
        Figure deliveredS = physical(schedules, first, "deliveredTonnesByYear", "t", delivered,
                "tonnesPerDay × 365 × (1 + growthPerYear)^(k − 1) in operating year k");
        Figure guaranteedS = physical(schedules, first, "guaranteedTonnesByYear", "t", guaranteed,
                "guaranteedTonnesPerYear in operating years");
        Figure fixedS = money(schedules, rates, first, unit, "fixedOm", fixedOm,
                "fixedOmPerYear × (1 + fixedOmEscalation)^y", b.fixedOmPerYear(), fixedEsc);
        Figure varS = money(schedules, rates, first, unit, "variableOm", variableOm,
                "variableOmPerTonne × treatedTonnesByYear_y × (1 + variableOmEscalation)^y", b.variableOmPerTonne(),
                treatedS, variableEsc);
        Figure mmS = money(schedules, rates, first, unit, "majorMaintenance", majorMaint,
                "majorMaintenanceCost × (1 + majorMaintenanceEscalation)^y in every " + fin.majorMaintenance()
                        .everyYears() + "th operating year", b.majorMaintenanceCost(), mmEscF);
        List<Figure> replacementInputs = new ArrayList<>(b.replacementCosts());
        replacementInputs.add(mmEscF);
        Figure replS = money(schedules, rates, first, unit, "replacements", replacements,
                "Σ replacement cost × (1 + majorMaintenanceEscalation)^y in its operating year",
                replacementInputs.toArray(Figure[]::new));
        Figure decomS = money(schedules, rates, first, unit, "decommissioning", decommissioning,
                "decommissioningCost × (1 + inflation)^y after the last operating year", b.decommissioningCost(),
                inflation);
        Figure costS = money(schedules, rates, first, unit, "totalCost", costs,
                "capex + fixedOm + variableOm + majorMaintenance + replacements + decommissioning", capexS, fixedS,
                varS, mmS, replS, decomS);
        Figure residualS = money(schedules, rates, first, unit, "residualValue", residual,
                "residualValue × (1 + inflation)^y after the last operating year", b.residualValue(), inflation);
        Figure tariffIdx = b.input("tariffIndexation", fin.tariffIndexationPerYear(), "fraction/yr",
                "finance.tariffIndexationPerYear");
        Figure elecS = plan.regulated()
                ? money(schedules, rates, first, unit, "electricityRevenue", electricity,
                        "regulated tariff (flat nominal" + (plan.premiumYears() > 0 ? ", plus " + plan.premiumPerMwh()
                                + " in the first " + plan.premiumYears() + " operating years" : "")
                                + ") × netMwhByYear_y", plan.tariffPerMwh(), mwhS)
                : money(schedules, rates, first, unit, "electricityRevenue", electricity,
                        "electricityTariffPerMwh × (1 + tariffIndexation)^y × netMwhByYear_y", plan.tariffPerMwh(),
                        tariffIdx, mwhS);
        Figure feeIdx = b.input("tippingFeeIndexation", fin.tippingFeeIndexationPerYear(), "fraction/yr",
                "finance.tippingFeeIndexationPerYear");
        Figure feeS = money(schedules, rates, first, unit, "tippingFees", fees,
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × treatedTonnesByYear_y", b.tippingFeePerTonne(),
                feeIdx, treatedS);
        Figure feeGS = money(schedules, rates, first, unit, "tippingFeesAtGuaranteedTonnage", feesAtGuarantee,
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × guaranteedTonnesByYear_y", b.tippingFeePerTonne(),
                feeIdx, guaranteedS);
        Figure shortfallS = money(schedules, rates, first, unit, "shortfallPayments", shortfall,
                "tippingFeePerTonne × (1 + tippingFeeIndexation)^y × max(0, guaranteedTonnesByYear_y − "
                        + "deliveredTonnesByYear_y) (put-or-pay)", b.tippingFeePerTonne(), feeIdx, guaranteedS,
                deliveredS);
        Figure landfillS = money(schedules, rates, first, unit, "landfillCost", landfill,
                "landfillCostPerTonne × (1 + inflation)^y × (deliveredTonnesByYear_y − treatedTonnesByYear_y)", landfillCost,
                inflation, deliveredS, treatedS);

        String pvNote = " discounted at discountRateNominal (identical to the real flows at discountRateReal)";
        Figure pvCosts = pv("pvCosts", unit, rates.presentValue(costs, Basis.NOMINAL),
                "Σ_y totalCost_y / (1 + discountRateNominal)^y;" + pvNote, costS, rNom);
        Figure pvElec = pv("pvElectricityRevenue", unit, rates.presentValue(electricity, Basis.NOMINAL),
                "Σ_y electricityRevenue_y / (1 + discountRateNominal)^y", elecS, rNom);
        Figure pvFees = pv("pvTippingFees", unit, rates.presentValue(fees, Basis.NOMINAL),
                "Σ_y tippingFees_y / (1 + discountRateNominal)^y", feeS, rNom);
        Figure pvShortfall = pv("pvShortfallPayments", unit, rates.presentValue(shortfall, Basis.NOMINAL),
                "Σ_y shortfallPayments_y / (1 + discountRateNominal)^y", shortfallS, rNom);
        Figure pvResidual = pv("pvResidualValue", unit, rates.presentValue(residual, Basis.NOMINAL),
                "Σ_y residualValue_y / (1 + discountRateNominal)^y", residualS, rNom);
        Figure npv = pv("npvProject", unit,
                pvFees.value() + pvShortfall.value() + pvElec.value() + pvResidual.value() - pvCosts.value(),
                "pvTippingFees + pvShortfallPayments + pvElectricityRevenue + pvResidualValue − pvCosts", pvFees,
                pvShortfall, pvElec, pvResidual, pvCosts);
        Figure netS = money(schedules, rates, first, unit, "netCashFlow", net,
                "tippingFees + shortfallPayments + electricityRevenue + residualValue − totalCost", feeS, shortfallS,
                elecS, residualS, costS);
        double irr = ProjectReturns.irr(net);
        Figure irrNominal = Figure.derived("irrNominal", irr, "fraction/yr (nominal)",
                "rate at which Σ_y netCashFlowNominal_y / (1 + rate)^y = 0", netS);
        Figure irrReal = Figure.derived("irrReal", (1 + irr) / (1 + rates.inflation()) - 1, "fraction/yr (real)",
                "(1 + irrNominal) / (1 + inflation) − 1", irrNominal, inflation);
        Figure payback = Figure.derived("paybackYears", ProjectReturns.paybackYears(net, c),
                "years from the start of operation", "years until the cumulative netCashFlowNominal, capex included, "
                        + "turns non-negative, interpolated within the year", netS);
        Figure pvCapex = pv("pvCapex", unit, rates.presentValue(capex, Basis.NOMINAL),
                "Σ_y capex_y / (1 + discountRateNominal)^y", capexS, rNom);
        Figure coverage = plan.authorityOwns()
                ? Figure.derived("revenueCostCoverage", safeDivide(pvFees.value() + pvShortfall.value(),
                        pvCosts.value() - pvCapex.value()), "ratio", "(pvTippingFees + pvShortfallPayments) / "
                        + "(pvCosts − pvCapex): under DBO the contractor is paid fees for operating a plant the "
                        + "authority financed and keeps none of the electricity", pvFees, pvShortfall, pvCosts, pvCapex)
                : Figure.derived("revenueCostCoverage", safeDivide(pvFees.value() + pvShortfall.value()
                        + pvElec.value() + pvResidual.value(), pvCosts.value()), "ratio", "(pvTippingFees + "
                        + "pvShortfallPayments + pvElectricityRevenue + pvResidualValue) / pvCosts", pvFees,
                        pvShortfall, pvElec, pvResidual, pvCosts);
        FinancingResult financing = fin.financing() == null ? null
                : FinancingCalculator.compute(b, capex, cfads, c, first, unit);

        Figure tonnesReal = quantityPv("pvTreatedTonnesReal", "t", rates.presentValue(treated, Basis.REAL),
                "Σ_y treatedTonnesByYear_y / (1 + discountRateReal)^y", treatedS, rReal);
        Figure tonnesNom = quantityPv("pvTreatedTonnesNominal", "t", rates.presentValue(treated, Basis.NOMINAL),
                "Σ_y treatedTonnesByYear_y / (1 + discountRateNominal)^y", treatedS, rNom);
        Figure mwhReal = quantityPv("pvNetMwhReal", "MWh", rates.presentValue(mwh, Basis.REAL),
                "Σ_y netMwhByYear_y / (1 + discountRateReal)^y", mwhS, rReal);
        Figure mwhNom = quantityPv("pvNetMwhNominal", "MWh", rates.presentValue(mwh, Basis.NOMINAL),
                "Σ_y netMwhByYear_y / (1 + discountRateNominal)^y", mwhS, rNom);
        Figure deliveredReal = quantityPv("pvDeliveredTonnesReal", "t", rates.presentValue(delivered, Basis.REAL),
                "Σ_y deliveredTonnesByYear_y / (1 + discountRateReal)^y", deliveredS, rReal);
        Figure guaranteedReal = quantityPv("pvGuaranteedTonnesReal", "t",
                rates.presentValue(guaranteed, Basis.REAL), "Σ_y guaranteedTonnesByYear_y / (1 + discountRateReal)^y",
                guaranteedS, rReal);

        Figure lcotReal = ratio("levelisedCostPerTonneReal", unit + "/t (real, base-year prices)", pvCosts,
                tonnesReal);
        Figure lcotNom = ratio("levelisedCostPerTonneNominal", unit + "/t (nominal)", pvCosts, tonnesNom);
        Figure lcoeReal = ratio("levelisedCostPerMwhReal", unit + "/MWh (real, base-year prices)", pvCosts,
                mwhReal);
        Figure lcoeNom = ratio("levelisedCostPerMwhNominal", unit + "/MWh (nominal)", pvCosts, mwhNom);
        Figure breakEven = Figure.derived("breakEvenGateFeeReal",
                safeDivide(pvCosts.value() - pvElec.value(), tonnesReal.value()), unit + "/t (real, base-year prices)",
                "(pvCosts − pvElectricityRevenue) / pvTreatedTonnesReal", pvCosts, pvElec, tonnesReal);
        Figure pvFeesG = pv("pvGateFeesAtGuaranteedTonnage", unit, rates.presentValue(feesAtGuarantee,
                        Basis.NOMINAL), "Σ_y tippingFeesAtGuaranteedTonnage_y / (1 + discountRateNominal)^y",
                feeGS, rNom);
        Figure levelisedFee = ratio("levelisedGateFeeReal", unit + "/t (real, base-year prices)", pvFeesG,
                guaranteedReal);
        Figure pvLandfill = pv("pvLandfillCost", unit, rates.presentValue(landfill, Basis.NOMINAL),
                "Σ_y landfillCost_y / (1 + discountRateNominal)^y", landfillS, rNom);
        Figure authorityPv;
        if (plan.authorityOwns()) {
            authorityPv = pv("authorityPv", unit, pvFees.value() + pvShortfall.value() + pvLandfill.value()
                            + pvCapex.value() - pvElec.value(), "pvTippingFees + pvShortfallPayments + pvLandfillCost + "
                            + "pvCapex − pvElectricityRevenue (the authority owns the plant: "
                            + String.join(", ", plan.decidedBy()) + ")", pvFees, pvShortfall, pvLandfill, pvCapex, pvElec);
        } else {
            authorityPv = pv("authorityPv", unit, pvFees.value() + pvShortfall.value() + pvLandfill.value(),
                    "pvTippingFees + pvShortfallPayments + pvLandfillCost", pvFees, pvShortfall, pvLandfill);
        }
        Figure authorityPerTonne = ratio("authorityCostPerTonneReal", unit + "/t delivered (real, base-year prices)",
                authorityPv, deliveredReal);
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
    private static Figure money(List<Figure> out, DiscountRates rates, int first, String unit, String name,
                                double[] nominal, String formula, Figure... inputs) {
        Figure nom = Figure.schedule(name + "Nominal", sum(nominal), unit + " (nominal, total)", formula, first,
                nominal, inputs);
        Figure real = Figure.schedule(name + "Real", sum(rates.deflate(nominal)),
                unit + " (real, base-year prices, total)", name + "Nominal_y / (1 + inflation)^y", first,
                rates.deflate(nominal), nom);
        out.add(nom);
        out.add(real);
        return nom;
    }

    private static Figure physical(List<Figure> out, int first, String name, String unit, double[] values,
                                   String formula, Figure... inputs) {
        Figure f = Figure.schedule(name, sum(values), unit + " (total)", formula, first, values, inputs);
        out.add(f);
        return f;
    }

    private static Figure pv(String name, String unit, double value, String formula, Figure... inputs) {
        return Figure.derived(name, value, unit + " (present value, base year)", formula, inputs);
    }

    private static Figure quantityPv(String name, String unit, double value, String formula, Figure... inputs) {
        return Figure.derived(name, value, unit + " (discounted)", formula, inputs);
    }

    private static Figure ratio(String name, String unit, Figure numerator, Figure denominator) {
        return Figure.derived(name, safeDivide(numerator.value(), denominator.value()), unit,
                numerator.name() + " / " + denominator.name(), numerator, denominator);
    }

    /** A cost per unit of nothing is undefined, not zero: NaN keeps it out of every comparison. */
    private static double safeDivide(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}

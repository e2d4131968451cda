package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * Electricity yield and efficiency at the design point and on the tender's waste, and the EU R1 energy efficiency
 * (Directive 2008/98/EC Annex II) with the climate correction factor of Directive (EU) 2015/1127.
 */
public final class EnergyCalculator {

    /** HDD at or above which the climate correction factor is 1 (Directive (EU) 2015/1127). */
    static final double HDD_UPPER = 3350;
    /** HDD at or below which the factor reaches its maximum. */
    static final double HDD_LOWER = 2150;
    /** Maximum factor for installations permitted after 31 August 2015. */
    static final double CCF_MAX = 1.12;

    private EnergyCalculator() {
    }

    /** Energy and R1 figures: the design point from the kernel, the local yield read from flows computed on it. */
    public static EnergyResult explain(ResolvedTender t, ResolvedBid b, BidKernel k, BidFlows f, StabilityResult s) {
        PlantInputs in = PlantInputs.of(t, b);
        Bid.Plant p = b.plant();
        Bid.CombustionDiagram d = p.combustionDiagram();
        double ld = d.designLhvMjPerKg();
        double tDesign = PlantModel.tonnesPerHourPerLine(d, ld);
        double etaDesign = k.netEfficiencyDesign();
        Figure thermalDesign = Figure.derived(FigureNames.THERMAL_INPUT_PER_LINE_AT_DESIGN, tDesign * ld / 3.6, "MW",
                "min(maxMechanicalLoadPerLine × designLhv / 3.6, maxThermalLoadPerLine)",
                in.mechanicalMax(), in.designLhv(), in.thermalMax());
        Figure etaDesignF = Figure.derived(FigureNames.NET_EFFICIENCY_DESIGN, etaDesign, "fraction",
                "grossElectricalEfficiency − (auxiliaryLoad / lines) / thermalInputPerLineAtDesign",
                in.grossEfficiency(), in.auxiliaryLoad(), in.lines(), thermalDesign);
        Figure kwhDesign = Figure.derived(FigureNames.NET_KWH_PER_TONNE_DESIGN, 1000 / 3.6 * ld * etaDesign, "kWh/t",
                "277.8 × designLhv × netEfficiencyDesign (1 kWh = 3.6 MJ)", in.designLhv(), etaDesignF);
        Figure netCapacity = Figure.derived(FigureNames.NET_CAPACITY_MW, k.netCapacityMw(), "MW",
                "lines × thermalInputPerLineAtDesign × netEfficiencyDesign (electricity exported at the design "
                        + "point)", in.lines(), thermalDesign, etaDesignF);

        double netMwh = f.netMwhFirstYear();
        double wasteGj = f.wasteEnergyGjFirstYear();
        Figure netMwhF = Figure.derived(FigureNames.NET_MWH_PER_YEAR, netMwh, "MWh/yr",
                "Σ_i treated_i × (grossElectricalEfficiency × L_i / 3.6 − (auxiliaryLoad / lines) / t_i), t_i the "
                        + "throughput of expectedTonnesTreated: only the waste's own heat is credited, and support fuel "
                        + "earns no electricity",
                s.expectedTonnesTreated(), in.grossEfficiency(), in.auxiliaryLoad(), in.lines(),
                in.lhvDistribution(), in.mechanicalMax(), in.thermalMax());
        Figure wasteEnergy = Figure.derived(FigureNames.WASTE_ENERGY_TREATED, wasteGj, "GJ/yr",
                "Σ_i treated_i × L_i", s.expectedTonnesTreated(), in.lhvDistribution());
        Figure kwhLocal = Figure.derived(FigureNames.NET_KWH_PER_TONNE_LOCAL, f.netKwhPerTonneLocal(), "kWh/t",
                "1000 × netMwhPerYear / expectedTonnesTreated", netMwhF, s.expectedTonnesTreated());
        // Per tonne delivered, so a plant that burns only the driest part of the waste gains nothing by it.
        Figure kwhDelivered = Figure.derived(FigureNames.NET_KWH_PER_TONNE_DELIVERED, f.netKwhPerTonneDelivered(),
                "kWh/t delivered", "1000 × netMwhPerYear / deliveredTonnes (first operating year)", netMwhF,
                s.deliveredTonnes());
        Figure etaLocal = Figure.derived(FigureNames.NET_EFFICIENCY_LOCAL, f.netEfficiencyLocal(),
                "fraction", "netMwhPerYear / (wasteEnergyTreated / 3.6)", netMwhF, wasteEnergy);

        double grossGj = p.grossElectricalEfficiency() * wasteGj;
        Figure ep = Figure.derived(FigureNames.EP, 2.6 * grossGj, "GJ/yr",
                "2.6 × grossElectricalEfficiency × wasteEnergyTreated (electricity produced, own use included; "
                        + "no heat exported)", in.grossEfficiency(), wasteEnergy);
        Figure r1 = Figure.derived(FigureNames.R1, f.r1(), "ratio",
                "(Ep − (Ef + Ei)) / (0.97 × (Ew + Ef)), Ew = wasteEnergyTreated; Ef = Ei = 0 (no imported energy "
                        + "declared; support fuel is credited with no electricity, so it is left out of Ep and Ef "
                        + "alike) — Directive 2008/98/EC Annex II", ep, wasteEnergy);
        Figure hdd = t.param("r1.heatingDegreeDays");
        Figure ccf = Figure.derived(FigureNames.CLIMATE_CORRECTION_FACTOR, k.climateCorrectionFactor(), "factor",
                "1 if HDD ≥ 3350; 1.12 if HDD ≤ 2150; else −(0.12/1200) × HDD + 1.335 — Directive (EU) 2015/1127 "
                        + "Annex, installations permitted after 31 Aug 2015", hdd);
        Figure r1c = Figure.derived(FigureNames.R1_CORRECTED, f.r1Corrected(), "ratio", "r1 × climateCorrectionFactor",
                r1, ccf);
        return new EnergyResult(etaDesignF, kwhDesign, netCapacity, netMwhF, kwhLocal, kwhDelivered, etaLocal, r1, ccf, r1c);
    }

    /** Climate correction factor for R1, Directive (EU) 2015/1127, installations permitted after 31 Aug 2015. */
    public static double climateCorrectionFactor(double heatingDegreeDays) {
        if (heatingDegreeDays >= HDD_UPPER) {
            return 1;
        }
        if (heatingDegreeDays <= HDD_LOWER) {
            return CCF_MAX;
        }
        return -(0.12 / 1200) * heatingDegreeDays + 1.335;
    }
}

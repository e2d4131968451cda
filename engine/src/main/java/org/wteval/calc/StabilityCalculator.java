package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** Runs a bid's combustion diagram against the tender's LHV distribution for the first operating year. */
public final class StabilityCalculator {

    private StabilityCalculator() {
    }

    /** The first operating year's stability figures, the tonnes read from flows computed on {@code k}. */
    public static StabilityResult explain(ResolvedTender t, ResolvedBid b, BidKernel k, BidFlows f) {
        PlantInputs in = PlantInputs.of(t, b);
        Bid.Plant p = b.plant();
        PlantModel model = k.model();
        double delivered = f.deliveredTonnes()[f.constructionYears()];
        double treated = f.treatedTonnes()[f.constructionYears()];
        Figure deliveredF = Figure.derived(FigureNames.DELIVERED_TONNES, delivered, "t/yr",
                "tonnesPerDay × 365 (first operating year)", in.firstYearTonnesPerDay());
        Figure outside = Figure.derived(FigureNames.SHARE_OF_YEAR_OUTSIDE_WINDOW, model.shareOutsideWindow(), "fraction",
                "Σ share of year w_i over LHV points L_i < minLhv or L_i > maxLhv",
                in.minLhv(), in.maxLhv(), in.lhvDistribution());
        double tDesign = PlantModel.tonnesPerHourPerLine(p.combustionDiagram(),
                p.combustionDiagram().designLhvMjPerKg());
        Figure throughputDesign = Figure.derived(FigureNames.THROUGHPUT_PER_LINE_AT_DESIGN, tDesign, "t/h",
                "min(maxMechanicalLoadPerLine, 3.6 × maxThermalLoadPerLine / designLhv)",
                in.mechanicalMax(), in.thermalMax(), in.designLhv());
        Figure capacity = Figure.derived(FigureNames.CAPACITY_TONNES_PER_YEAR_AT_DESIGN, p.lines() * tDesign
                        * p.availabilityHoursPerYear(), "t/yr", "lines × throughputPerLineAtDesign × availability",
                in.lines(), throughputDesign, in.availability());
        Figure treatedF = Figure.derived(FigureNames.EXPECTED_TONNES_TREATED, treated, "t/yr",
                "Σ_i min(deliveredTonnes × w_i, lines × t(L_i) × availability × w_i) over LHV points inside "
                        + "[minLhv, maxLhv]; t(L) = min(maxMechanicalLoadPerLine, 3.6 × maxThermalLoadPerLine / L)",
                deliveredF, in.lines(), in.mechanicalMax(), in.thermalMax(), in.availability(), in.minLhv(),
                in.maxLhv(), in.lhvDistribution());
        Figure landfill = Figure.derived(FigureNames.TONNES_TO_LANDFILL, delivered - treated, "t/yr",
                "deliveredTonnes − expectedTonnesTreated", deliveredF, treatedF);
        Figure share = Figure.derived(FigureNames.TREATED_SHARE, f.treatedShare(), "fraction",
                "expectedTonnesTreated / deliveredTonnes", treatedF, deliveredF);
        return new StabilityResult(deliveredF, outside, capacity, treatedF, landfill, share);
    }
}

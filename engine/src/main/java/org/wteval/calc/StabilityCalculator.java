package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** Runs a bid's combustion diagram against the tender's LHV distribution for the first operating year. */
public final class StabilityCalculator {

    private StabilityCalculator() {
    }

    public static StabilityResult compute(ResolvedTender t, ResolvedBid b, PlantModel model) {
        PlantInputs in = PlantInputs.of(t, b);
        Bid.Plant p = b.plant();
        double delivered = t.deliveredTonnes(1);
        Figure deliveredF = Figure.derived("deliveredTonnes", delivered, "t/yr",
                "tonnesPerDay × 365 (first operating year)", in.firstYearTonnesPerDay());
        Figure outside = Figure.derived("shareOfYearOutsideWindow", model.shareOutsideWindow(), "fraction",
                "Σ share of year w_i over LHV points L_i < minLhv or L_i > maxLhv",
                in.minLhv(), in.maxLhv(), in.lhvDistribution());
        double tDesign = PlantModel.tonnesPerHourPerLine(p.combustionDiagram(),
                p.combustionDiagram().designLhvMjPerKg());
        Figure throughputDesign = Figure.derived("throughputPerLineAtDesign", tDesign, "t/h",
                "min(maxMechanicalLoadPerLine, 3.6 × maxThermalLoadPerLine / designLhv)",
                in.mechanicalMax(), in.thermalMax(), in.designLhv());
        Figure capacity = Figure.derived("capacityTonnesPerYearAtDesign", p.lines() * tDesign
                        * p.availabilityHoursPerYear(), "t/yr", "lines × throughputPerLineAtDesign × availability",
                in.lines(), throughputDesign, in.availability());
        double treated = model.treatedTonnes(delivered);
        Figure treatedF = Figure.derived("expectedTonnesTreated", treated, "t/yr",
                "Σ_i min(deliveredTonnes × w_i, lines × t(L_i) × availability × w_i) over LHV points inside "
                        + "[minLhv, maxLhv]; t(L) = min(maxMechanicalLoadPerLine, 3.6 × maxThermalLoadPerLine / L)",
                deliveredF, in.lines(), in.mechanicalMax(), in.thermalMax(), in.availability(), in.minLhv(),
                in.maxLhv(), in.lhvDistribution());
        Figure landfill = Figure.derived("tonnesToLandfill", delivered - treated, "t/yr",
                "deliveredTonnes − expectedTonnesTreated", deliveredF, treatedF);
        Figure share = Figure.derived("treatedShare", treated / delivered, "fraction",
                "expectedTonnesTreated / deliveredTonnes", treatedF, deliveredF);
        return new StabilityResult(deliveredF, outside, capacity, treatedF, landfill, share);
    }
}

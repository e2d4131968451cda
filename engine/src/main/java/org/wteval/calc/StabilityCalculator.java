package org.wteval.calc;

import java.util.ArrayList;
import java.util.List;
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
        Figure[] treatedInputs = inputsOf(in, deliveredF);
        Figure treatedF = Figure.derived(FigureNames.EXPECTED_TONNES_TREATED, treated, "t/yr",
                "Σ_i min(deliveredTonnes × w_i, lines × t_i × availability × w_i) over the LHV points the plant can "
                        + "burn: t_i = t(L_i) at L_i ≥ minLhv (above maxLhv the grate derates to its thermal limit), "
                        + "t_i = t(minLhv) under support firing at supportFuelLowestLhv ≤ L_i < minLhv, no point "
                        + "otherwise, nor one whose heat input at full grate t_i × max(L_i, minLhv) / 3.6 is below "
                        + "minLoadShareOfMcr × maxThermalLoadPerLine; t(L) = min(maxMechanicalLoadPerLine, 3.6 × "
                        + "maxThermalLoadPerLine / L)", treatedInputs);
        Figure landfill = Figure.derived(FigureNames.TONNES_TO_LANDFILL, delivered - treated, "t/yr",
                "deliveredTonnes − expectedTonnesTreated", deliveredF, treatedF);
        Figure share = Figure.derived(FigureNames.TREATED_SHARE, f.treatedShare(), "fraction",
                "expectedTonnesTreated / deliveredTonnes", treatedF, deliveredF);
        Figure fuel = in.supportFuelLowestLhv() == null
                ? Figure.derived(FigureNames.SUPPORT_FUEL_GJ_PER_YEAR, f.supportFuelGjFirstYear(), "GJ/yr",
                        "0: the bid guarantees no support firing", in.minLhv())
                : Figure.derived(FigureNames.SUPPORT_FUEL_GJ_PER_YEAR, f.supportFuelGjFirstYear(), "GJ/yr",
                        "Σ_i treated_i × supportFuelConsumptionFactor × (minLhv − L_i) over the LHV points burnt "
                                + "under support firing (supportFuelLowestLhv ≤ L_i < minLhv): the fuel lifts each "
                                + "tonne's heat input to minLhv", treatedF, consumptionFactor(b, p.supportFuel()),
                        in.minLhv(), in.supportFuelLowestLhv(), in.lhvDistribution());
        return new StabilityResult(deliveredF, outside, capacity, treatedF, landfill, share, fuel);
    }

    /** The GJ of fuel the bid guarantees per GJ of heat deficit, as it states it or the default of 1. */
    private static Figure consumptionFactor(ResolvedBid b, Bid.SupportFuel fuel) {
        String unit = "GJ fuel per GJ of heat deficit";
        return fuel.consumptionFactor() != null
                ? b.input(FigureNames.SUPPORT_FUEL_CONSUMPTION_FACTOR, fuel.consumptionFactor(), unit,
                        "plant.supportFuel.consumptionFactor")
                : Figure.derived(FigureNames.SUPPORT_FUEL_CONSUMPTION_FACTOR, fuel.fuelPerHeatDeficit(), unit,
                        "1: the bid states no consumption factor, so all the fuel's heat is taken to reach the furnace");
    }

    /** What the tonnes treated depend on: the support firing's reach only when the bid guarantees it. */
    private static Figure[] inputsOf(PlantInputs in, Figure delivered) {
        List<Figure> inputs = new ArrayList<>(List.of(delivered, in.lines(), in.mechanicalMax(), in.thermalMax(),
                in.availability(), in.minLhv(), in.minLoadShare(), in.lhvDistribution()));
        if (in.supportFuelLowestLhv() != null) {
            inputs.add(in.supportFuelLowestLhv());
        }
        return inputs.toArray(Figure[]::new);
    }
}

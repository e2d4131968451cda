package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * The input figures that the energy and stability calculators share, named once.
 *
 * @param minLoadShare the bid's minimum load, or the toolkit's default when its diagram states none
 * @param supportFuelLowestLhv the lowest LHV the bid's support firing covers; {@code null} without support firing
 */
record PlantInputs(Figure lines, Figure minLhv, Figure designLhv, Figure maxLhv, Figure thermalMax,
                   Figure mechanicalMax, Figure grossEfficiency, Figure auxiliaryLoad, Figure availability,
                   Figure lhvDistribution, Figure firstYearTonnesPerDay, Figure minLoadShare,
                   Figure supportFuelLowestLhv) {

    static PlantInputs of(ResolvedTender t, ResolvedBid b) {
        Bid.Plant p = b.plant();
        Bid.CombustionDiagram d = p.combustionDiagram();
        String cd = "plant.combustionDiagram.";
        return new PlantInputs(
                b.input(FigureNames.LINES, p.lines(), "lines", "plant.lines"),
                b.input(FigureNames.MIN_LHV, d.minLhvMjPerKg(), "MJ/kg", cd + "minLhvMjPerKg"),
                b.input(FigureNames.DESIGN_LHV, d.designLhvMjPerKg(), "MJ/kg", cd + "designLhvMjPerKg"),
                b.input(FigureNames.MAX_LHV, d.maxLhvMjPerKg(), "MJ/kg", cd + "maxLhvMjPerKg"),
                b.input(FigureNames.MAX_THERMAL_LOAD_PER_LINE, d.maxThermalLoadMwPerLine(), "MW", cd + "maxThermalLoadMwPerLine"),
                b.input(FigureNames.MAX_MECHANICAL_LOAD_PER_LINE, d.maxMechanicalLoadTonnesPerHourPerLine(), "t/h",
                        cd + "maxMechanicalLoadTonnesPerHourPerLine"),
                b.input(FigureNames.GROSS_ELECTRICAL_EFFICIENCY, p.grossElectricalEfficiency(), "fraction",
                        "plant.grossElectricalEfficiency"),
                b.input(FigureNames.AUXILIARY_LOAD, p.auxiliaryLoadMw(), "MW", "plant.auxiliaryLoadMw"),
                b.input(FigureNames.AVAILABILITY, p.availabilityHoursPerYear(), "h/yr", "plant.availabilityHoursPerYear"),
                TenderMetrics.lhvDistribution(t),
                t.input(FigureNames.TONNES_PER_DAY, t.tender().waste().tonnesPerDay(), "t/d", "waste.tonnesPerDay"),
                d.minLoadShareOfMcr() != null
                        ? b.input(FigureNames.MIN_LOAD_SHARE, d.minLoadShareOfMcr(), "fraction of maxThermalLoadPerLine",
                                cd + "minLoadShareOfMcr")
                        : t.param(PlantModel.DEFAULT_MIN_LOAD_SHARE),
                p.supportFuel() == null ? null
                        : b.input(FigureNames.SUPPORT_FUEL_LOWEST_LHV, p.supportFuel().lowestLhvMjPerKg(), "MJ/kg",
                                "plant.supportFuel.lowestLhvMjPerKg"));
    }
}

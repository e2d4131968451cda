package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/** The input figures that the energy and stability calculators share, named once. */
record PlantInputs(Figure lines, Figure minLhv, Figure designLhv, Figure maxLhv, Figure thermalMax,
                   Figure mechanicalMax, Figure grossEfficiency, Figure auxiliaryLoad, Figure availability,
                   Figure lhvDistribution, Figure firstYearTonnesPerDay) {

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
                t.input(FigureNames.TONNES_PER_DAY, t.tender().waste().tonnesPerDay(), "t/d", "waste.tonnesPerDay"));
    }
}

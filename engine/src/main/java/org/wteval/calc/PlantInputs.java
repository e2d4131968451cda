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
                b.input("lines", p.lines(), "lines", "plant.lines"),
                b.input("minLhv", d.minLhvMjPerKg(), "MJ/kg", cd + "minLhvMjPerKg"),
                b.input("designLhv", d.designLhvMjPerKg(), "MJ/kg", cd + "designLhvMjPerKg"),
                b.input("maxLhv", d.maxLhvMjPerKg(), "MJ/kg", cd + "maxLhvMjPerKg"),
                b.input("maxThermalLoadPerLine", d.maxThermalLoadMwPerLine(), "MW", cd + "maxThermalLoadMwPerLine"),
                b.input("maxMechanicalLoadPerLine", d.maxMechanicalLoadTonnesPerHourPerLine(), "t/h",
                        cd + "maxMechanicalLoadTonnesPerHourPerLine"),
                b.input("grossElectricalEfficiency", p.grossElectricalEfficiency(), "fraction",
                        "plant.grossElectricalEfficiency"),
                b.input("auxiliaryLoad", p.auxiliaryLoadMw(), "MW", "plant.auxiliaryLoadMw"),
                b.input("availability", p.availabilityHoursPerYear(), "h/yr", "plant.availabilityHoursPerYear"),
                Figure.input("lhvDistribution", t.lhv().mean(), "MJ/kg (mean)",
                        "tender.yaml: waste.lhvMjPerKg (" + t.lhv().description() + ")"),
                t.input("tonnesPerDay", t.tender().waste().tonnesPerDay(), "t/d", "waste.tonnesPerDay"));
    }
}

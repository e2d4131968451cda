package org.wteval.calc;

import java.util.List;
import org.wteval.model.Figure;

/**
 * A bid's emission reductions over the crediting period on one {@link GhgBasis}; the figures' names say which.
 * Every {@code *ByYear} figure is a schedule (one value per crediting year from the first operating year) whose value
 * is its total over the period, in tCO2e.
 *
 * @param creditingYears the years counted: the crediting period, or fewer if fewer operating years were given
 * @param methaneFactor tCO2e per tonne of degradable organic carbon decaying in the landfill
 * @param fossilCo2PerTonne fossil CO2 released per tonne of the tender's waste burnt
 * @param supportFuelCo2ByYear fossil CO2 of the support fuel fired below the combustion diagram's minimum LHV
 * @param emissionReductionsByYear reference minus project emissions, reported as it is even when negative
 * @param annualEmissionReductions the yearly average over the crediting years (tCO2e/yr); on the JCM basis, the
 *     figure JCM screening divides the subsidy by
 * @param conservative whether the avoided methane was discounted by a model correction factor below 1 for the
 *     uncertainty of the decay model, as CDM TOOL04 does
 */
public record GhgResult(Figure creditingYears, Figure methaneFactor, Figure fossilCo2PerTonne,
                        Figure avoidedLandfillMethaneByYear, Figure displacedGridByYear, Figure referenceByYear,
                        Figure fossilCo2ByYear, Figure auxiliaryFuelByYear, Figure importedPowerByYear,
                        Figure supportFuelCo2ByYear, Figure projectByYear, Figure emissionReductionsByYear, Figure annualEmissionReductions,
                        boolean conservative) {

    /** The yearly schedules, reference emissions first, for reports that list them. */
    public List<Figure> schedules() {
        return List.of(avoidedLandfillMethaneByYear, displacedGridByYear, referenceByYear, fossilCo2ByYear,
                auxiliaryFuelByYear, importedPowerByYear, supportFuelCo2ByYear, projectByYear,
                emissionReductionsByYear);
    }
}

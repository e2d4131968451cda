package org.wteval.calc;

import org.wteval.model.Figure;

/**
 * How a bid's plant copes with the tender's real waste in its first operating year.
 *
 * @param treatedShare expected tonnes treated over tonnes delivered
 * @param supportFuelGjPerYear support fuel fired in the first operating year to burn the waste below the minimum LHV
 */
public record StabilityResult(Figure deliveredTonnes, Figure shareOfYearOutsideWindow,
                              Figure capacityTonnesPerYearAtDesign, Figure expectedTonnesTreated,
                              Figure tonnesToLandfill, Figure treatedShare, Figure supportFuelGjPerYear) {
}

package org.wteval.calc;

import org.wteval.model.Figure;

/** A bid's electricity: efficiencies and yields at design and on local waste, and R1 with its climate factor. */
public record EnergyResult(Figure netEfficiencyDesign, Figure netKwhPerTonneDesign, Figure netCapacityMw,
                           Figure netMwhPerYear,
                           Figure netKwhPerTonneLocal, Figure netKwhPerTonneDelivered, Figure netEfficiencyLocal,
                           Figure r1,
                           Figure climateCorrectionFactor, Figure r1Corrected) {
}

package org.wteval.calc;

import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * The JFJCM view (ADB trust fund): the additional cost of the bid's technology over a conventional reference plant
 * of the same capacity, which the toolkit prices per t/d ({@code jfjcm.referenceCapexPerTonnePerDay}), and the
 * grant that would cover it within the fund's limit ({@code jfjcm.maxGrant}).
 */
public final class JfjcmGrant {

    private JfjcmGrant() {
    }

    /** The additional cost over the reference plant, and the grant that would cover it. */
    public record Result(Figure additionalCost, Figure grant) {
    }

    public static Result compute(ResolvedTender t, ResolvedBid b) {
        Figure perTpd = t.param("jfjcm.referenceCapexPerTonnePerDay");
        Figure capacity = b.input(FigureNames.CAPACITY_TONNES_PER_DAY, b.plant().capacityTonnesPerDay(), "t/d",
                "plant.capacityTonnesPerDay");
        Figure reference = Figure.derived(FigureNames.REFERENCE_PLANT_CAPEX, perTpd.value() * capacity.value(), t.currency(),
                "jfjcm.referenceCapexPerTonnePerDay × capacityTonnesPerDay", perTpd, capacity);
        Figure additional = Figure.derived(FigureNames.JFJCM_ADDITIONAL_COST, Math.max(0, b.capex().value() - reference.value()),
                t.currency(), "max(0, capex − referencePlantCapex)", b.capex(), reference);
        Figure max = t.param("jfjcm.maxGrant");
        Figure grant = Figure.derived(FigureNames.JFJCM_GRANT,
                grant(b.capex().value(), perTpd.value(), capacity.value(), max.value()), t.currency(),
                "min(jfjcmAdditionalCost, jfjcm.maxGrant)", additional, max);
        return new Result(additional, grant);
    }

    /** The grant on primitives, the same expression as the figures so the kernel agrees with them to the bit. */
    static double grant(double capex, double referencePerTonnePerDay, double capacityTonnesPerDay, double maxGrant) {
        return Math.min(Math.max(0, capex - referencePerTonnePerDay * capacityTonnesPerDay), maxGrant);
    }
}

package org.wteval.calc;

/**
 * The first-order-decay model of CDM TOOL04 ("Emissions from solid waste disposal sites") for the methane a
 * landfill would have emitted from the waste a plant diverts:
 *
 * <pre>
 * BE_CH4,y = φ·(1−f)·GWP_CH4·(1−OX)·(16/12)·F·DOC_f·MCF · Σ_{x=1..y} Σ_j W_j,x·DOC_j·e^(−k_j·(y−x))·(1−e^(−k_j))
 * </pre>
 *
 * in tCO2e, where {@code W_j,x} is the tonnes of waste type {@code j} diverted in year {@code x} (year 1 is the
 * first year of diversion). The waste deposited in year {@code x} starts to decay within that year, so year
 * {@code y} counts its own deposit with weight {@code 1 − e^(−k_j)}. The constant in front is {@link #factor}; the
 * double sum, the tonnes of degradable organic carbon that decay in year {@code y}, is {@link #decayingDoc}.
 *
 * <p>Tonnes are passed by type as {@code tonnes[j][x − 1]}; years beyond a row's length count as no deposit, so
 * the decay of a finished deposit can be followed for as long as wanted. The kernel allocates nothing. A bid's GHG
 * account uses the same sums with the factors {@code e^(−k_j·d)} tabulated once per bid; this closed form is the
 * reference it is tested against.
 */
public final class LandfillMethane {

    /** Tonnes of CH4 per tonne of carbon emitted as CH4 (molar masses 16 and 12). */
    public static final double CH4_PER_CARBON = 16.0 / 12.0;

    private LandfillMethane() {
    }

    /**
     * {@code φ·(1−f)·GWP_CH4·(1−OX)·(16/12)·F·DOC_f·MCF}: tCO2e emitted per tonne of degradable organic carbon that
     * decays.
     *
     * @param phi model correction factor for the model's uncertainty
     * @param captured fraction of the methane captured and flared or used at the site
     * @param gwpCh4 global warming potential of methane (tCO2e/tCH4)
     * @param oxidation fraction of the methane oxidised in the site's cover
     * @param methaneInGas fraction of methane in the landfill gas (by volume)
     * @param docDecomposing fraction of degradable organic carbon that decomposes
     * @param mcf methane correction factor of the site type
     */
    public static double factor(double phi, double captured, double gwpCh4, double oxidation, double methaneInGas,
                                double docDecomposing, double mcf) {
        return phi * (1 - captured) * gwpCh4 * (1 - oxidation) * CH4_PER_CARBON * methaneInGas * docDecomposing
                * mcf;
    }

    /**
     * {@code Σ_{x=1..y} Σ_j W_j,x·DOC_j·e^(−k_j·(y−x))·(1−e^(−k_j))}: tonnes of degradable organic carbon decaying
     * in year {@code y} (1-based).
     *
     * @param doc degradable organic carbon of each type (fraction of wet weight)
     * @param k decay rate of each type (1/yr)
     * @param tonnes tonnes of each type by year, {@code tonnes[j][x − 1]}
     */
    public static double decayingDoc(double[] doc, double[] k, double[][] tonnes, int y) {
        checkShapes(doc, k, tonnes);
        double sum = 0;
        for (int j = 0; j < doc.length; j++) {
            double[] w = tonnes[j];
            int last = Math.min(y, w.length);
            double remaining = 0;
            for (int x = 1; x <= last; x++) {
                remaining += w[x - 1] * Math.exp(-k[j] * (y - x));
            }
            sum += doc[j] * remaining * (1 - Math.exp(-k[j]));
        }
        return sum;
    }

    /** {@code BE_CH4,y} for {@code y = 1..years}: {@code factor × decayingDoc(y)} (tCO2e). */
    public static double[] series(double factor, double[] doc, double[] k, double[][] tonnes, int years) {
        checkShapes(doc, k, tonnes);
        double[] out = new double[years];
        for (int y = 1; y <= years; y++) {
            out[y - 1] = factor * decayingDoc(doc, k, tonnes, y);
        }
        return out;
    }

    private static void checkShapes(double[] doc, double[] k, double[][] tonnes) {
        if (doc.length != k.length || doc.length != tonnes.length) {
            throw new IllegalArgumentException("DOC, decay rates and tonnes must give the same waste types: "
                    + doc.length + ", " + k.length + ", " + tonnes.length);
        }
    }
}

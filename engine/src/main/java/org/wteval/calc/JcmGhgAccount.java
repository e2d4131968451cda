package org.wteval.calc;

import java.util.SortedMap;
import java.util.function.Function;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.model.Toolkit;

/**
 * The GHG account on the JCM basis, which JCM Model Project screening divides the subsidy by; the CDM-style account
 * ({@link GhgCalculator} on {@link GhgBasis#CDM}) is kept beside it for committees that want both.
 *
 * <p>Its structure is the one the JCM registry's summaries of approved waste methodologies give (for example
 * VN_AM004 and TN_PM001 at jcm.go.jp): reference emissions are the methane the landfill would have emitted from the
 * waste diverted, by first-order decay, plus the grid electricity the plant's export replaces; project emissions
 * are the fossil CO2 of the waste burnt, the fuel burnt and the power imported. JCM methodologies set reference
 * emissions conservatively, with default values below business as usual; the defaults that make this account
 * differ from the CDM one are the {@code jcm.ghg.*} toolkit parameters ({@link GhgParameters#jcm}) and the grid
 * factor {@link #gridFactor}. The text of an approved JCM methodology for waste incineration was not available when
 * they were set, so every one of them is marked assumed.
 *
 * <p>Averaging: over the bid's legal durable years, not the CDM account's first ten, because screening multiplies
 * the annual figure by exactly those years (over the operating years given, when the contract is shorter). Project emissions are the CDM account's lines (fossil CO2, auxiliary
 * fuel, imported power) computed by the same {@link GhgFlows}, so a further yearly fuel term added there counts on
 * both bases.
 */
public final class JcmGhgAccount {

    /** The JCM Joint Committee's grid emission factor for the country, where the toolkit records one. */
    public static final String GRID_FACTOR = "jcm.ghg.gridEmissionFactor";

    private JcmGhgAccount() {
    }

    /**
     * The grid factor of the JCM basis: {@value #GRID_FACTOR} where the country toolkit records one, otherwise the
     * country's {@code ghg.gridEmissionFactor}, which then stands in for it (the figure's name says which).
     */
    public static Figure gridFactor(Toolkit tk) {
        return Figure.param(tk.param(tk.has(GRID_FACTOR) ? GRID_FACTOR : BidMetrics.GRID_FACTOR));
    }

    /**
     * The account's inputs for a plant that needs no auxiliary fuel and imports no power.
     *
     * @param legalDurableYears the years to average over, the bid's {@code jcm.legalDurableYears}
     */
    public static GhgInputs inputs(Toolkit tk, int firstOperatingYear, double[] tonnesTreatedByYear,
                                   SortedMap<String, Double> composition, double[] netMwhExportedByYear,
                                   Figure legalDurableYears) {
        return GhgInputs.withoutAuxiliaries(firstOperatingYear, tonnesTreatedByYear, composition,
                netMwhExportedByYear, gridFactor(tk), GhgParameters.jcm(tk, legalDurableYears));
    }

    /**
     * The kernel of a bid's JCM account over its operating years, as {@link BidKernel} builds it; the support fuel
     * the bid guarantees counts in its project emissions as in the CDM-style account.
     *
     * @param supportFuelEmissionFactor the fuel's CO2 factor, or {@code null} without support firing
     */
    static GhgKernel kernel(Toolkit tk, int firstOperatingYear, int operatingYears,
                            SortedMap<String, Double> composition, Function<String, Origin.Given> compositionOrigin,
                            Figure legalDurableYears, Figure supportFuelEmissionFactor) {
        return GhgKernel.withSupportFuel(firstOperatingYear, operatingYears, composition, compositionOrigin,
                gridFactor(tk), GhgParameters.jcm(tk, legalDurableYears), supportFuelEmissionFactor);
    }
}

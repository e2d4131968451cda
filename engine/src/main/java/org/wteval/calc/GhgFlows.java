package org.wteval.calc;

/**
 * A reusable workspace for a GHG account's yearly emissions (tCO2e) over the crediting years: index 0 is the first
 * operating year. {@link #compute} overwrites every value and allocates nothing. The arrays returned are the
 * workspace itself: read them before the next {@code compute}, never write them.
 */
public final class GhgFlows {

    private final double[] tonnes;
    private final double[] mwh;
    private final double[] methane;
    private final double[] grid;
    private final double[] reference;
    private final double[] fossil;
    private final double[] auxiliary;
    private final double[] imported;
    private final double[] fuelGj;
    private final double[] supportFuel;
    private final double[] project;
    private final double[] reductions;
    private double annualEmissionReductions;

    /** @param years crediting years the workspace holds */
    public GhgFlows(int years) {
        tonnes = new double[years];
        mwh = new double[years];
        methane = new double[years];
        grid = new double[years];
        reference = new double[years];
        fossil = new double[years];
        auxiliary = new double[years];
        imported = new double[years];
        fuelGj = new double[years];
        supportFuel = new double[years];
        project = new double[years];
        reductions = new double[years];
    }

    /**
     * Reference, project and reductions by crediting year, from the tonnes treated, MWh exported and support fuel
     * burnt (GJ) read from index {@code from} of the given operating arrays.
     */
    void compute(GhgKernel k, double[] tonnesTreated, double[] mwhExported, double[] supportFuelGj, int from) {
        int years = tonnes.length;
        if (k.years() != years) {
            throw new IllegalArgumentException("a workspace of " + years + " crediting years cannot hold "
                    + k.years());
        }
        System.arraycopy(tonnesTreated, from, tonnes, 0, years);
        System.arraycopy(mwhExported, from, mwh, 0, years);
        System.arraycopy(supportFuelGj, from, fuelGj, 0, years);
        double factor = k.methaneFactor();
        double reductionsTotal = 0;
        for (int y = 0; y < years; y++) {
            methane[y] = factor * k.decayingDoc(tonnes, y + 1);
            grid[y] = mwh[y] * k.gridFactor();
            reference[y] = methane[y] + grid[y];
            fossil[y] = tonnes[y] * k.fossilCo2PerTonne();
            auxiliary[y] = k.auxiliaryPerYear();
            imported[y] = k.importedPerYear();
            supportFuel[y] = fuelGj[y] * k.supportFuelFactor();
            project[y] = fossil[y] + auxiliary[y] + imported[y] + supportFuel[y];
            reductions[y] = reference[y] - project[y];
            reductionsTotal += reductions[y];
        }
        annualEmissionReductions = reductionsTotal / years;
    }

    public int years() {
        return tonnes.length;
    }

    /** Tonnes treated in each crediting year, as the account read them. */
    public double[] tonnesTreated() {
        return tonnes;
    }

    /** Net MWh exported in each crediting year, as the account read them. */
    public double[] netMwhExported() {
        return mwh;
    }

    public double[] avoidedLandfillMethane() {
        return methane;
    }

    public double[] displacedGrid() {
        return grid;
    }

    public double[] reference() {
        return reference;
    }

    public double[] fossilCo2() {
        return fossil;
    }

    public double[] auxiliaryFuel() {
        return auxiliary;
    }

    public double[] importedPower() {
        return imported;
    }

    /** Support fuel burnt in each crediting year (GJ), as the account read it. */
    public double[] supportFuelGj() {
        return fuelGj;
    }

    /** Fossil CO2 of the support fuel burnt below the diagram's minimum LHV, by crediting year. */
    public double[] supportFuel() {
        return supportFuel;
    }

    public double[] project() {
        return project;
    }

    public double[] emissionReductions() {
        return reductions;
    }

    /** The yearly average of the reductions over the crediting years (tCO2e/yr). */
    public double annualEmissionReductions() {
        return annualEmissionReductions;
    }
}

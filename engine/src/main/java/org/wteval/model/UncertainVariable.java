package org.wteval.model;

/**
 * An input of the evaluation that an {@code uncertainty} block may give a distribution to. Each is drawn as a
 * deviation from the value the evaluation used, so that a draw at its {@linkplain #central() central value} leaves
 * the evaluation as it is and a toolkit's default fits every tender: a shift is added to the evaluated rate or LHV,
 * a factor multiplies the evaluated price or cost. Scenario variables are drawn once per scenario and shared by all
 * bids; per-bid variables are drawn for each bid. The order is the order of the draws, scenario variables first.
 */
public enum UncertainVariable {

    /** Added to {@code finance.inflation} (fraction/yr; 0.01 is one percentage point more). */
    INFLATION_SHIFT("inflationShift", false, true),
    /** Added to {@code finance.discountRateReal} (fraction/yr). */
    DISCOUNT_RATE_REAL_SHIFT("discountRateRealShift", false, true),
    /** Added to the tender's {@code waste.growthPerYear} (fraction/yr). */
    TONNAGE_GROWTH_SHIFT("tonnageGrowthShift", false, true),
    /** Added to every point of the tender's LHV distribution (MJ/kg). */
    LHV_SHIFT("lhvShiftMjPerKg", false, true),
    /** Multiplies the tariff of every revenue plan priced by the market or the bid, not a regulated one. */
    ELECTRICITY_PRICE("electricityPrice", false, false),
    /** Multiplies the authority's cost of disposing of a tonne the plant does not treat. */
    ALTERNATIVE_DISPOSAL_COST("alternativeDisposalCost", false, false),
    /** Multiplies the bid's capex (1.2 is a 20% overrun). */
    CAPEX_OVERRUN("capexOverrun", true, false),
    /** Multiplies the bid's fixed O&amp;M per year and variable O&amp;M per tonne. */
    OM_OVERRUN("omOverrun", true, false);

    private final String key;
    private final boolean perBid;
    private final boolean shift;

    UncertainVariable(String key, boolean perBid, boolean shift) {
        this.key = key;
        this.perBid = perBid;
        this.shift = shift;
    }

    /** Its name in an {@code uncertainty} block. */
    public String key() {
        return key;
    }

    /** Whether it is drawn for each bid rather than once per scenario. */
    public boolean perBid() {
        return perBid;
    }

    /** Whether it is added to the evaluated value (a shift) rather than multiplying it (a factor). */
    public boolean shift() {
        return shift;
    }

    /** The draw that leaves the evaluation as it is: 0 for a shift, 1 for a factor. */
    public double central() {
        return shift ? 0 : 1;
    }

    /** The variable named {@code key} in a block, or {@code null}. */
    public static UncertainVariable byKey(String key) {
        for (UncertainVariable v : values()) {
            if (v.key.equals(key)) {
                return v;
            }
        }
        return null;
    }

    /** A draw of every variable at its central value, by {@link #ordinal()}. */
    public static double[] centralDraw() {
        UncertainVariable[] all = values();
        double[] draw = new double[all.length];
        for (UncertainVariable v : all) {
            draw[v.ordinal()] = v.central();
        }
        return draw;
    }
}

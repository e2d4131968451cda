package org.wteval.robust;

/**
 * The drawn inputs of a run of scenarios, one array per draw (structure of arrays), reused from run to run. Bid
 * draws sit at {@code bid * capacity + slot}: one bid's draws are contiguous, as the cost kernel reads them.
 */
public final class ScenarioDraws {

    final int capacity;
    final int bids;
    final double[] inflation;
    final double[] discountRate;
    final double[] tonnageGrowth;
    final double[] lhvShift;
    final double[] electricityPrice;
    final double[] landfillCost;
    final double[] capexOverrun;
    final double[] omOverrun;

    public ScenarioDraws(int capacity, int bids) {
        this.capacity = capacity;
        this.bids = bids;
        inflation = new double[capacity];
        discountRate = new double[capacity];
        tonnageGrowth = new double[capacity];
        lhvShift = new double[capacity];
        electricityPrice = new double[capacity];
        landfillCost = new double[capacity];
        capexOverrun = new double[capacity * bids];
        omOverrun = new double[capacity * bids];
    }

    /** Sets one slot's scenario draws; the bids' overruns are set with {@link #setOverruns}. */
    public void setScenario(int slot, double inflation, double discountRate, double tonnageGrowth, double lhvShift,
            double electricityPrice, double landfillCost) {
        this.inflation[slot] = inflation;
        this.discountRate[slot] = discountRate;
        this.tonnageGrowth[slot] = tonnageGrowth;
        this.lhvShift[slot] = lhvShift;
        this.electricityPrice[slot] = electricityPrice;
        this.landfillCost[slot] = landfillCost;
    }

    public void setOverruns(int slot, int bid, double capexOverrun, double omOverrun) {
        this.capexOverrun[bid * capacity + slot] = capexOverrun;
        this.omOverrun[bid * capacity + slot] = omOverrun;
    }

    public double electricityPrice(int slot) {
        return electricityPrice[slot];
    }

    public double capexOverrun(int slot, int bid) {
        return capexOverrun[bid * capacity + slot];
    }
}

package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.resolve.LhvDistribution;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.ResolvedTender;

/**
 * A bid's plant run against the tender's LHV distribution, precomputed once per bid so that any tonnage can be
 * evaluated by a short loop with no allocation.
 *
 * <p>At LHV {@code L} (MJ/kg = GJ/t) one line burns {@code t(L) = min(m, 3.6·Q/L)} t/h, where {@code m} is the
 * mechanical limit (t/h) and {@code Q} the thermal limit (MW; 1 MW for 1 h is 3.6 GJ). Each LHV point of the year
 * falls in one of three regions of the diagram:
 * <ul>
 *   <li>{@code L ≥ L_min}: the waste burns on its own at {@code t(L)}. Above the window's top {@code L_max} the bidder
 *       guarantees no design performance, but the grate simply derates to its thermal limit, so the waste is still
 *       treated at {@code t(L)}, which the thermal limit {@code 3.6·Q/L} sets once it binds.</li>
 *   <li>{@code L_fuel ≤ L < L_min}, where the bid guarantees support firing down to {@code L_fuel}: each tonne is
 *       burnt with the fuel that lifts its heat input to {@code L_min}, at the throughput {@code t(L_min)} that heat
 *       input allows. The bid guarantees {@code c·(L_min − L)} GJ of fuel per tonne, {@code c ≥ 1} its consumption
 *       factor (1 when all the fuel's heat reaches the furnace).</li>
 *   <li>below that (or below {@code L_min} with no support firing): the waste is not treated; the bidder guarantees
 *       nothing there and the committee counts it as landfilled.</li>
 * </ul>
 * A minimum load (turndown) {@code s} bounds the diagram from below: a line must hold a thermal input of at least
 * {@code s·Q}. It constrains only which LHV points can be burnt: a point whose heat input at full grate,
 * {@code t·H_in/3.6} with {@code H_in = L} (or {@code L_min} under support firing), falls short of {@code s·Q} is not
 * treated. It does not limit part load from a short supply: the bunker lets the plant burn scarce waste in
 * campaigns at full throughput, which is what the auxiliary charge per tonne {@code a/t} below assumes.
 *
 * <p>Within a treatable point, the waste delivered during a share {@code w} of the year is treated up to the capacity
 * available in that share, {@code lines·t·A·w}, where {@code A} is the guaranteed availability in hours. Each tonne
 * treated yields {@code η_gross·L/3.6 − a/t} MWh net, where {@code a} is the auxiliary load per line (MW): only the
 * waste's own heat is credited. The support fuel's heat is counted as keeping the furnace at its minimum temperature
 * and earns no electricity, neither in the efficiency criterion nor in revenue or the grid displaced; the auxiliary
 * load of the hours the fuel buys is charged to the waste. So a bid gains nothing in efficiency or revenue by firing
 * fuel, only the tonnes it keeps out of the landfill.
 */
public final class PlantModel {

    /** The toolkit's minimum load for a diagram that states none. */
    public static final String DEFAULT_MIN_LOAD_SHARE = "plant.defaultMinLoadShareOfMcr";

    private final Bid.Plant plant;
    private final LhvDistribution dist;
    private final boolean scenarioCopy;
    private final double[] weight;
    private final double[] lhv;
    private final double[] capacityTonnes;
    private final double[] netMwhPerTonne;
    private final double[] fuelGjPerTonne;
    private final boolean[] stable;
    private final double grossEfficiency;
    private final double minLoadShare;

    private PlantModel(Bid.Plant plant, LhvDistribution dist, double minLoadShare, boolean scenarioCopy) {
        this.plant = plant;
        this.dist = dist;
        this.minLoadShare = minLoadShare;
        this.scenarioCopy = scenarioCopy;
        grossEfficiency = plant.grossElectricalEfficiency();
        int n = dist.size();
        weight = new double[n];
        lhv = new double[n];
        capacityTonnes = new double[n];
        netMwhPerTonne = new double[n];
        fuelGjPerTonne = new double[n];
        stable = new boolean[n];
        run(0);
    }

    /**
     * @param defaultMinLoadShare the minimum load as a share of the thermal limit for a diagram that states none (the
     *     toolkit's {@code plant.defaultMinLoadShareOfMcr})
     */
    public static PlantModel of(Bid.Plant plant, LhvDistribution dist, double defaultMinLoadShare) {
        return new PlantModel(plant, dist, minLoadShare(plant.combustionDiagram(), defaultMinLoadShare), false);
    }

    /** A copy whose LHV {@link #shiftLhv} may move, for one thread's scenarios; this model stays as it is. */
    PlantModel scenarioCopy() {
        return new PlantModel(plant, dist, minLoadShare, true);
    }

    /**
     * Runs the plant again with every LHV point of the tender's distribution moved by {@code shift} MJ/kg; a shift of
     * 0 gives the model {@link #of} built. A point moved to 0 or below holds no heat and is not treated.
     *
     * @throws IllegalStateException on a model that is not a {@link #scenarioCopy()}: models are shared
     */
    void shiftLhv(double shift) {
        if (!scenarioCopy) {
            throw new IllegalStateException("only a scenario copy of a plant model can be shifted");
        }
        run(shift);
    }

    /** Fills the tables at every LHV point moved by {@code shift}. */
    private void run(double shift) {
        Bid.CombustionDiagram d = plant.combustionDiagram();
        Bid.SupportFuel fuel = plant.supportFuel();
        double lmin = d.minLhvMjPerKg();
        double auxPerLine = plant.auxiliaryLoadMw() / plant.lines();
        for (int i = 0; i < weight.length; i++) {
            weight[i] = dist.weight(i);
            lhv[i] = dist.lhv(i) + shift;
            stable[i] = lhv[i] >= lmin && lhv[i] <= d.maxLhvMjPerKg();
            boolean fired = lhv[i] < lmin && fuel != null && lhv[i] >= fuel.lowestLhvMjPerKg();
            double heatIn = fired ? lmin : lhv[i];
            double t = tonnesPerHourPerLine(d, heatIn);
            boolean treatable = (lhv[i] >= lmin || fired)
                    && t * heatIn / 3.6 >= minLoadShare * d.maxThermalLoadMwPerLine();
            capacityTonnes[i] = treatable ? plant.lines() * t * plant.availabilityHoursPerYear() * weight[i] : 0;
            netMwhPerTonne[i] = netMwhPerTonne(grossEfficiency, auxPerLine, lhv[i], t);
            fuelGjPerTonne[i] = treatable && fired ? fuel.fuelPerHeatDeficit() * (lmin - lhv[i]) : 0;
        }
    }

    /** The plant of bid {@code b} on the waste of tender {@code t}, under the tender's toolkit. */
    public static PlantModel of(ResolvedTender t, ResolvedBid b) {
        return of(b.plant(), t.lhv(), t.param(DEFAULT_MIN_LOAD_SHARE).value());
    }

    /** The diagram's minimum load as a share of its thermal limit, or {@code defaultShare} when it states none. */
    public static double minLoadShare(Bid.CombustionDiagram d, double defaultShare) {
        return d.minLoadShareOfMcr() != null ? d.minLoadShareOfMcr() : defaultShare;
    }

    /** Throughput of one line at LHV {@code lhv}: the lower of the mechanical and the thermal limit (t/h). */
    public static double tonnesPerHourPerLine(Bid.CombustionDiagram d, double lhv) {
        return Math.min(d.maxMechanicalLoadTonnesPerHourPerLine(), 3.6 * d.maxThermalLoadMwPerLine() / lhv);
    }

    /** Electricity exported at the design point (MW): {@code lines × P_th(design) × η_net(design)}. */
    public static double netCapacityMw(Bid.Plant plant) {
        Bid.CombustionDiagram d = plant.combustionDiagram();
        double ld = d.designLhvMjPerKg();
        double t = tonnesPerHourPerLine(d, ld);
        return plant.lines() * (t * ld / 3.6)
                * netEfficiency(plant.grossElectricalEfficiency(), plant.auxiliaryLoadMw() / plant.lines(), ld, t);
    }

    /** Net electricity per tonne burnt (MWh/t) at LHV {@code lhv} with throughput {@code t} t/h per line. */
    public static double netMwhPerTonne(double grossEfficiency, double auxMwPerLine, double lhv, double t) {
        return grossEfficiency * lhv / 3.6 - auxMwPerLine / t;
    }

    /** Net electrical efficiency at a given LHV: {@code η_gross − a / P_th(L)} with {@code P_th = t(L)·L/3.6}. */
    public static double netEfficiency(double grossEfficiency, double auxMwPerLine, double lhv, double t) {
        return grossEfficiency - auxMwPerLine / (t * lhv / 3.6);
    }

    /** Tonnes treated in a year when {@code delivered} tonnes arrive spread over the year's LHV points. */
    public double treatedTonnes(double delivered) {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            s += Math.min(delivered * weight[i], capacityTonnes[i]);
        }
        return s;
    }

    /** Net electricity exported in a year (MWh) when {@code delivered} tonnes arrive. */
    public double netMwh(double delivered) {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            s += Math.min(delivered * weight[i], capacityTonnes[i]) * netMwhPerTonne[i];
        }
        return s;
    }

    /**
     * {@link #netMwh}, {@link #treatedTonnes} and {@link #supportFuelGj} in one pass over the LHV points (each sum in
     * the same order, so the same values): returns the MWh and writes the tonnes into {@code treated[j]} and the
     * fuel into {@code fuelGj[j]}.
     */
    double netMwhAndTreated(double delivered, double[] treated, double[] fuelGj, int j) {
        double tonnes = 0;
        double mwh = 0;
        double fuel = 0;
        for (int i = 0; i < weight.length; i++) {
            double t = Math.min(delivered * weight[i], capacityTonnes[i]);
            tonnes += t;
            mwh += t * netMwhPerTonne[i];
            fuel += t * fuelGjPerTonne[i];
        }
        treated[j] = tonnes;
        fuelGj[j] = fuel;
        return mwh;
    }

    /** Support fuel burnt in a year (GJ) when {@code delivered} tonnes arrive. */
    public double supportFuelGj(double delivered) {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            s += Math.min(delivered * weight[i], capacityTonnes[i]) * fuelGjPerTonne[i];
        }
        return s;
    }

    /** How many LHV points the year is split into. */
    public int points() {
        return weight.length;
    }

    /** Tonnes a year the plant can treat of the waste at LHV point {@code i}; zero where it cannot burn it. */
    public double capacityTonnes(int i) {
        return capacityTonnes[i];
    }

    /** Net MWh exported per tonne burnt at LHV point {@code i}. */
    public double netMwhPerTonne(int i) {
        return netMwhPerTonne[i];
    }

    /** Support fuel (GJ) per tonne treated at LHV point {@code i}; zero where the waste burns on its own. */
    public double fuelGjPerTonne(int i) {
        return fuelGjPerTonne[i];
    }

    /** The minimum load this model holds each line to, as a share of its thermal limit. */
    public double minLoadShare() {
        return minLoadShare;
    }

    /** Energy in the waste treated (GJ, at its LHV) when {@code delivered} tonnes arrive. */
    public double wasteEnergyGj(double delivered) {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            s += Math.min(delivered * weight[i], capacityTonnes[i]) * lhv[i];
        }
        return s;
    }

    /** Gross electricity generated (MWh) when {@code delivered} tonnes arrive. */
    public double grossMwh(double delivered) {
        return grossEfficiency * wasteEnergyGj(delivered) / 3.6;
    }

    /**
     * Share of the year in which the waste's LHV lies outside the stable window: below it the waste needs support
     * firing or is not treated; above it the plant derates to its thermal limit.
     */
    public double shareOutsideWindow() {
        double s = 0;
        for (int i = 0; i < weight.length; i++) {
            if (!stable[i]) {
                s += weight[i];
            }
        }
        return s;
    }
}

package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.resolve.LhvDistribution;

/**
 * A bid's plant run against the tender's LHV distribution, precomputed once per bid so that any tonnage can be
 * evaluated by a short loop with no allocation.
 *
 * <p>At LHV {@code L} (MJ/kg = GJ/t) one line burns {@code t(L) = min(m, 3.6·Q/L)} t/h, where {@code m} is the
 * mechanical limit (t/h) and {@code Q} the thermal limit (MW; 1 MW for 1 h is 3.6 GJ). Its thermal input is
 * {@code t(L)·L/3.6} MW and each tonne yields {@code η_gross·L/3.6 − a/t(L)} MWh net, where {@code a} is the
 * auxiliary load per line (MW). Outside the stable window {@code [L_min, L_max]} the bidder guarantees nothing, so
 * the committee counts that waste as untreated (conservative: landfilled or co-fired at the operator's risk).
 * Within the window, the waste delivered during a share {@code w} of the year is treated up to the capacity
 * available in that share, {@code lines·t(L)·H·w}, where {@code H} is the guaranteed availability in hours.
 */
public final class PlantModel {

    private final double[] weight;
    private final double[] lhv;
    private final double[] capacityTonnes;
    private final double[] netMwhPerTonne;
    private final boolean[] stable;
    private final double grossEfficiency;

    private PlantModel(double[] weight, double[] lhv, double[] capacityTonnes, double[] netMwhPerTonne,
                       boolean[] stable, double grossEfficiency) {
        this.weight = weight;
        this.stable = stable;
        this.lhv = lhv;
        this.capacityTonnes = capacityTonnes;
        this.netMwhPerTonne = netMwhPerTonne;
        this.grossEfficiency = grossEfficiency;
    }

    public static PlantModel of(Bid.Plant plant, LhvDistribution dist) {
        Bid.CombustionDiagram d = plant.combustionDiagram();
        double auxPerLine = plant.auxiliaryLoadMw() / plant.lines();
        int n = dist.size();
        double[] w = new double[n];
        double[] l = new double[n];
        double[] cap = new double[n];
        double[] mwh = new double[n];
        boolean[] stable = new boolean[n];
        for (int i = 0; i < n; i++) {
            w[i] = dist.weight(i);
            l[i] = dist.lhv(i);
            double t = tonnesPerHourPerLine(d, l[i]);
            stable[i] = l[i] >= d.minLhvMjPerKg() && l[i] <= d.maxLhvMjPerKg();
            cap[i] = stable[i] ? plant.lines() * t * plant.availabilityHoursPerYear() * w[i] : 0;
            mwh[i] = netMwhPerTonne(plant.grossElectricalEfficiency(), auxPerLine, l[i], t);
        }
        return new PlantModel(w, l, cap, mwh, stable, plant.grossElectricalEfficiency());
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
     * {@link #netMwh} and {@link #treatedTonnes} in one pass over the LHV points (each sum in the same order, so the
     * same values): returns the MWh and writes the tonnes into {@code treated[j]}.
     */
    double netMwhAndTreated(double delivered, double[] treated, int j) {
        double tonnes = 0;
        double mwh = 0;
        for (int i = 0; i < weight.length; i++) {
            double t = Math.min(delivered * weight[i], capacityTonnes[i]);
            tonnes += t;
            mwh += t * netMwhPerTonne[i];
        }
        treated[j] = tonnes;
        return mwh;
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

    /** Share of the year in which the waste's LHV lies outside the stable window. */
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

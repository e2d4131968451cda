package org.wteval.robust;

/**
 * One scenario of the benchmark model to every bid's real levelised cost to the authority per tonne delivered,
 * {@code LC_b = Σ_t D_t A_bt / Σ_t D_t Q_t}. What does not change per scenario is computed once: the trapezoid
 * corners of each bid's LHV window, its capacity, its electricity per tonne and MJ/kg, and its nominal gate fee in
 * every year. Per scenario it fills three year tables by running products (delivered tonnes, discount factors,
 * the deflator) and then loops years outside, bids inside, so each bid's sum still adds its years in order while
 * the inner loop runs over independent bids. It allocates nothing. Mutable scratch: one per thread.
 */
public final class CostKernel {

    private final int bids;
    private final int years;
    private final double q0;
    private final double meanLhv;
    private final double theta;
    private final double[] rampStart;
    private final double[] rampWidth;
    private final double[] fallEnd;
    private final double[] fallWidth;
    private final double[] capacityTonnes;
    private final double[] mwhPerTonnePerMj;
    private final double[] capex;
    private final double[] omFixed;
    private final double[] omVariable;
    /** fee_b (1 + i_b)^k at {@code k * bids + b}. */
    private final double[] nominalFee;

    private final double[] delivered;
    private final double[] discount;
    private final double[] deflator;
    private final double[] treatable;
    private final double[] fixedCost;
    private final double[] costSlope;
    private final double[] discountedCost;

    public CostKernel(McWorkload w) {
        bids = w.bids();
        years = w.years;
        q0 = w.deliveredTonnesYear1;
        meanLhv = w.meanLhvMjPerKg;
        theta = w.shortfallShareToAuthority;
        rampStart = new double[bids];
        rampWidth = new double[bids];
        fallEnd = new double[bids];
        fallWidth = new double[bids];
        capacityTonnes = new double[bids];
        mwhPerTonnePerMj = new double[bids];
        nominalFee = new double[years * bids];
        for (int b = 0; b < bids; b++) {
            // a = min − 1.5, b = min + 1.0, c = max − 1.0, d = max + 1.5
            rampStart[b] = w.windowMinLhv[b] - 1.5;
            rampWidth[b] = (w.windowMinLhv[b] + 1.0) - rampStart[b];
            fallEnd[b] = w.windowMaxLhv[b] + 1.5;
            fallWidth[b] = fallEnd[b] - (w.windowMaxLhv[b] - 1.0);
            capacityTonnes[b] = w.capacityTonnesPerDay[b] * w.availabilityHours[b] / 24;
            // 1 t at x MJ/kg is x/3.6 MWh of heat
            mwhPerTonnePerMj[b] = w.netElectricalEfficiency[b] / 3.6;
            for (int k = 0; k < years; k++) {
                nominalFee[k * bids + b] = w.gateFeeBaseYear[b] * Math.pow(1 + w.gateFeeIndexation[b], k);
            }
        }
        capex = w.capex.clone();
        omFixed = w.omFixedPerYear.clone();
        omVariable = w.omVariablePerTonne.clone();
        delivered = new double[years];
        discount = new double[years];
        deflator = new double[years];
        treatable = new double[bids];
        fixedCost = new double[bids];
        costSlope = new double[bids];
        discountedCost = new double[bids];
    }

    public int bids() {
        return bids;
    }

    /** Fills {@code out[offset + b * stride]} with bid b's levelised cost in the scenario at {@code slot}. */
    public void evaluate(ScenarioDraws d, int slot, double[] out, int offset, int stride) {
        double r = d.discountRate[slot];
        double x = meanLhv + d.lhvShift[slot];
        double price = d.electricityPrice[slot];
        double landfill = d.landfillCost[slot];
        double growthFactor = 1 + d.tonnageGrowth[slot];
        double discountFactor = 1 / (1 + r);
        double deflatorFactor = 1 / (1 + d.inflation[slot]);

        double q = q0;
        double disc = discountFactor;
        double defl = 1;
        double discountedTonnes = 0;
        for (int k = 0; k < years; k++) {
            delivered[k] = q;
            discount[k] = disc;
            deflator[k] = defl;
            discountedTonnes += disc * q;
            q *= growthFactor;
            disc *= discountFactor;
            defl *= deflatorFactor;
        }
        // CRF = r / (1 − (1 + r)^−n); the last discount factor is (1 + r)^−n
        double crf = r / (1 - discount[years - 1]);

        int base = slot * bids;
        for (int b = 0; b < bids; b++) {
            double phi = Math.min((x - rampStart[b]) / rampWidth[b], (fallEnd[b] - x) / fallWidth[b]);
            treatable[b] = Math.min(Math.max(phi, 0), 1);
            double kappa = d.capexOverrun[base + b];
            double omega = d.omOverrun[base + b];
            // R = κ capex CRF + ω omF + (ω omV − p η x / 3.6) T
            fixedCost[b] = kappa * capex[b] * crf + omega * omFixed[b];
            costSlope[b] = omega * omVariable[b] - price * mwhPerTonnePerMj[b] * x;
            discountedCost[b] = 0;
        }
        for (int k = 0; k < years; k++) {
            double qk = delivered[k];
            double dk = discount[k];
            double deflK = deflator[k];
            int row = k * bids;
            for (int b = 0; b < bids; b++) {
                double treated = Math.min(treatable[b] * qk, capacityTonnes[b]);
                double fees = nominalFee[row + b] * deflK * treated;
                double requirement = fixedCost[b] + costSlope[b] * treated;
                double paid = fees + theta * Math.max(0, requirement - fees);
                discountedCost[b] += dk * (paid + landfill * (qk - treated));
            }
        }
        for (int b = 0; b < bids; b++) {
            out[offset + b * stride] = discountedCost[b] / discountedTonnes;
        }
    }
}

package org.wteval.robust;

/**
 * Scenarios of the benchmark model to every bid's real levelised cost to the authority per tonne delivered,
 * {@code LC_b = Σ_t D_t A_bt / Σ_t D_t Q_t}. What does not change per scenario is computed once: the trapezoid
 * corners of each bid's LHV window, its capacity, its electricity per tonne and MJ/kg, and its nominal gate fee in
 * every year. Scenarios go through in chunks: the year tables (delivered tonnes, discount factors, deflator) are
 * filled by running products for the whole chunk, then for each bid and year one loop runs over the chunk's
 * scenarios, which are independent of one another, so the compiler can use vector instructions; each scenario
 * still adds its years in order. It allocates nothing. Mutable scratch: one per thread.
 */
public final class CostKernel {

    /** Scenarios per pass: the year tables of a chunk stay in the core's own cache. */
    static final int CHUNK = 256;

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

    /**
     * Year tables, one row per year. Rows rather than one flat array: every array in the inner loop is then indexed
     * by the same expression, which lets the compiler see that they cannot overlap and vectorise the loop.
     */
    private final double[][] delivered;
    private final double[][] discount;
    private final double[][] deflator;
    private final double[] lhv;
    private final double[] landfill;
    private final double[] price;
    private final double[] capexOverrun;
    private final double[] omOverrun;
    private final double[] growth;
    private final double[] inflationDeflator;
    private final double[] rate;
    private final double[] discountedTonnes;
    private final double[] crf;
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
        delivered = new double[years][CHUNK];
        discount = new double[years][CHUNK];
        deflator = new double[years][CHUNK];
        lhv = new double[CHUNK];
        landfill = new double[CHUNK];
        price = new double[CHUNK];
        capexOverrun = new double[CHUNK];
        omOverrun = new double[CHUNK];
        growth = new double[CHUNK];
        inflationDeflator = new double[CHUNK];
        rate = new double[CHUNK];
        discountedTonnes = new double[CHUNK];
        crf = new double[CHUNK];
        treatable = new double[CHUNK];
        fixedCost = new double[CHUNK];
        costSlope = new double[CHUNK];
        discountedCost = new double[CHUNK];
    }

    /**
     * Costs the {@code count} scenarios from slot {@code from}: bid b's cost in slot {@code from + j} goes to
     * {@code out[offset + b * stride + j]}.
     */
    public void evaluate(ScenarioDraws d, int from, int count, double[] out, int offset, int stride) {
        for (int done = 0; done < count; done += CHUNK) {
            evaluateChunk(d, from + done, Math.min(CHUNK, count - done), out, offset + done, stride);
        }
    }

    private void evaluateChunk(ScenarioDraws d, int from, int m, double[] out, int offset, int stride) {
        double[] q0Row = delivered[0];
        double[] d0Row = discount[0];
        double[] f0Row = deflator[0];
        for (int j = 0; j < m; j++) {
            int s = from + j;
            lhv[j] = meanLhv + d.lhvShift[s];
            landfill[j] = d.landfillCost[s];
            price[j] = d.electricityPrice[s];
            growth[j] = 1 + d.tonnageGrowth[s];
            inflationDeflator[j] = 1 / (1 + d.inflation[s]);
            rate[j] = d.discountRate[s];
            q0Row[j] = q0;
            d0Row[j] = 1 / (1 + rate[j]);
            f0Row[j] = 1;
            discountedTonnes[j] = d0Row[j] * q0;
        }
        for (int k = 1; k < years; k++) {
            double[] qPrev = delivered[k - 1];
            double[] dPrev = discount[k - 1];
            double[] fPrev = deflator[k - 1];
            double[] qRow = delivered[k];
            double[] dRow = discount[k];
            double[] fRow = deflator[k];
            // the whole chunk, as in addYear; past m these are finite leftovers, never read out
            for (int j = 0; j < CHUNK; j++) {
                qRow[j] = qPrev[j] * growth[j];
                dRow[j] = dPrev[j] * d0Row[j];
                fRow[j] = fPrev[j] * inflationDeflator[j];
                discountedTonnes[j] += dRow[j] * qRow[j];
            }
        }
        double[] dLast = discount[years - 1];
        for (int j = 0; j < m; j++) {
            // CRF = r / (1 − (1 + r)^−n); the last discount factor is (1 + r)^−n
            crf[j] = rate[j] / (1 - dLast[j]);
        }
        for (int b = 0; b < bids; b++) {
            costBid(d, b, from, m);
            int at = offset + b * stride;
            for (int j = 0; j < m; j++) {
                out[at + j] = discountedCost[j] / discountedTonnes[j];
            }
        }
    }

    /** Σ_t D_t A_bt for bid b in every scenario of the chunk, into {@code discountedCost}. */
    private void costBid(ScenarioDraws d, int b, int from, int m) {
        System.arraycopy(d.capexOverrun, b * d.capacity + from, capexOverrun, 0, m);
        System.arraycopy(d.omOverrun, b * d.capacity + from, omOverrun, 0, m);
        setUpBid(rampStart[b], rampWidth[b], fallEnd[b], fallWidth[b], capex[b], omFixed[b], omVariable[b],
                mwhPerTonnePerMj[b]);
        for (int k = 0; k < years; k++) {
            addYear(nominalFee[k * bids + b], capacityTonnes[b], theta, delivered[k], discount[k], deflator[k],
                    treatable, fixedCost, costSlope, landfill, discountedCost);
        }
    }

    /** The bid's share of the window, its fixed cost and its cost per treated tonne in every scenario of the chunk. */
    private void setUpBid(double a, double rampW, double dEnd, double fallW, double cap, double omF, double omV,
            double mwh) {
        for (int j = 0; j < CHUNK; j++) {
            double x = lhv[j];
            double phi = Math.min((x - a) / rampW, (dEnd - x) / fallW);
            treatable[j] = Math.min(Math.max(phi, 0), 1);
            double omega = omOverrun[j];
            // R = κ capex CRF + ω omF + (ω omV − p η x / 3.6) T
            fixedCost[j] = capexOverrun[j] * cap * crf[j] + omega * omF;
            costSlope[j] = omega * omV - price[j] * mwh * x;
            discountedCost[j] = 0;
        }
    }

    /**
     * Adds {@code D_t A_bt} of one year to every scenario's sum. Runs over the whole chunk, a fixed trip count over
     * arrays all indexed by j: the shape the compiler vectorises. Slots past the chunk's scenarios hold finite values
     * of an earlier chunk (or zeros) and are never read out.
     */
    private static void addYear(double fee, double capacity, double theta, double[] qRow, double[] dRow,
            double[] fRow, double[] treatable, double[] fixedCost, double[] costSlope, double[] landfill,
            double[] discountedCost) {
        for (int j = 0; j < CHUNK; j++) {
            double q = qRow[j];
            double treated = Math.min(treatable[j] * q, capacity);
            double fees = fee * fRow[j] * treated;
            double requirement = fixedCost[j] + costSlope[j] * treated;
            double paid = fees + theta * Math.max(0, requirement - fees);
            discountedCost[j] += dRow[j] * (paid + landfill[j] * (q - treated));
        }
    }
}

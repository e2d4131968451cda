package org.wteval.robust;

/**
 * The tender and the bids of the Monte Carlo benchmark model: what stays the same in every scenario. Money in real
 * base-year USD, tonnes, LHV in MJ/kg. Per-bid values are arrays indexed by the bid's position in the table; the
 * arrays are copied in and never handed out.
 */
public final class McWorkload {

    final double deliveredTonnesYear1;
    final double meanLhvMjPerKg;
    final double shortfallShareToAuthority;
    final int years;
    final String[] bidIds;
    final double[] capacityTonnesPerDay;
    final double[] availabilityHours;
    final double[] netElectricalEfficiency;
    final double[] windowMinLhv;
    final double[] windowMaxLhv;
    final double[] capex;
    final double[] omFixedPerYear;
    final double[] omVariablePerTonne;
    final double[] gateFeeBaseYear;
    final double[] gateFeeIndexation;
    final double[] capexOverrunMedianExcess;
    final double[] capexOverrunLogSd;
    final double[] omOverrunMedianExcess;
    final double[] omOverrunLogSd;

    /** Tender scalars and one row per bid; rows are {@code tpd, h, eta, lhvMin, lhvMax, capex, omFixed, omVar,
     * fee, indexation, capexOverrunMedian-1, capexOverrunLogSd, omOverrunMedian-1, omOverrunLogSd}. */
    public McWorkload(double deliveredTonnesYear1, double meanLhvMjPerKg, double shortfallShareToAuthority, int years,
            String[] bidIds, double[][] rows) {
        if (years < 1 || bidIds.length == 0 || bidIds.length != rows.length) {
            throw new IllegalArgumentException("need at least one year and one row per bid id");
        }
        this.deliveredTonnesYear1 = deliveredTonnesYear1;
        this.meanLhvMjPerKg = meanLhvMjPerKg;
        this.shortfallShareToAuthority = shortfallShareToAuthority;
        this.years = years;
        this.bidIds = bidIds.clone();
        int n = rows.length;
        double[][] cols = new double[14][n];
        for (int b = 0; b < n; b++) {
            if (rows[b].length != 14) {
                throw new IllegalArgumentException("bid " + bidIds[b] + ": 14 values expected, got " + rows[b].length);
            }
            if (rows[b][4] <= rows[b][3]) {
                throw new IllegalArgumentException("bid " + bidIds[b] + ": LHV window max must exceed min");
            }
            for (int c = 0; c < 14; c++) {
                cols[c][b] = rows[b][c];
            }
        }
        capacityTonnesPerDay = cols[0];
        availabilityHours = cols[1];
        netElectricalEfficiency = cols[2];
        windowMinLhv = cols[3];
        windowMaxLhv = cols[4];
        capex = cols[5];
        omFixedPerYear = cols[6];
        omVariablePerTonne = cols[7];
        gateFeeBaseYear = cols[8];
        gateFeeIndexation = cols[9];
        capexOverrunMedianExcess = cols[10];
        capexOverrunLogSd = cols[11];
        omOverrunMedianExcess = cols[12];
        omOverrunLogSd = cols[13];
    }

    /** The benchmark's tender (365,000 t in year 1, mean LHV 6.66 MJ/kg, θ 0.8, 25 years) and its ten bids. */
    public static McWorkload benchmark() {
        return new McWorkload(365_000, 6.66, 0.8, 25,
                new String[] {"B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10"},
                new double[][] {
                    {1000, 8200, 0.245, 4.5, 10.5, 185e6, 5.2e6, 5.0, 32, 0.030, 0.05, 0.10, 0.03, 0.08},
                    {1000, 8000, 0.255, 7.5, 13.5, 150e6, 4.6e6, 4.5, 19, 0.030, 0.08, 0.12, 0.05, 0.10},
                    {1000, 7800, 0.150, 4.8, 10.0, 120e6, 4.2e6, 4.0, 24, 0.030, 0.15, 0.20, 0.10, 0.15},
                    {1000, 7900, 0.190, 5.0, 10.0, 110e6, 4.0e6, 4.0, 9, 0.020, 0.25, 0.25, 0.15, 0.20},
                    {1000, 8000, 0.200, 4.8, 10.0, 140e6, 4.4e6, 4.5, 25, 0.030, 0.10, 0.15, 0.05, 0.10},
                    {1100, 8100, 0.220, 5.0, 11.0, 160e6, 4.8e6, 4.5, 27, 0.030, 0.08, 0.12, 0.05, 0.10},
                    {900, 8000, 0.230, 5.5, 11.5, 145e6, 4.5e6, 5.0, 22, 0.025, 0.10, 0.15, 0.06, 0.10},
                    {1200, 7900, 0.210, 6.0, 12.0, 170e6, 5.0e6, 4.0, 20, 0.030, 0.12, 0.18, 0.08, 0.12},
                    {1000, 8200, 0.235, 5.2, 11.0, 175e6, 5.0e6, 5.5, 29, 0.035, 0.06, 0.10, 0.04, 0.08},
                    {950, 7700, 0.180, 4.6, 9.5, 115e6, 3.9e6, 4.0, 15, 0.020, 0.20, 0.22, 0.12, 0.18},
                });
    }

    public int bids() {
        return bidIds.length;
    }

    public String bidId(int b) {
        return bidIds[b];
    }
}

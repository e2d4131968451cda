package org.wteval.calc;

/**
 * The discount rate in both bases, linked by the Fisher relation {@code (1 + r_nominal) = (1 + r_real)(1 + i)}.
 * Flows are discounted by naming their basis, so a real flow can only meet the real rate: discounting nominal
 * flows at the nominal rate and the same flows deflated to real at the real rate give the same present value.
 * Cash flows fall at the end of each year; year 1 is the year after the base year.
 */
public final class DiscountRates {

    private final double real;
    private final double inflation;
    private final double nominal;

    public DiscountRates(double real, double inflation) {
        this.real = real;
        this.inflation = inflation;
        this.nominal = (1 + real) * (1 + inflation) - 1;
    }

    public double inflation() {
        return inflation;
    }

    public double nominal() {
        return nominal;
    }

    /** A nominal rate (an IRR, say) in real terms by the same Fisher relation: {@code (1 + n) / (1 + i) − 1}. */
    public double realFromNominal(double nominalRate) {
        return (1 + nominalRate) / (1 + inflation) - 1;
    }

    public double rate(Basis basis) {
        return basis == Basis.REAL ? real : nominal;
    }

    /** Present value at the end of the base year of {@code flows[j]} falling at the end of year {@code j + 1}. */
    public double presentValue(double[] flows, Basis basis) {
        return presentValueAt(flows, rate(basis));
    }

    /** The discounting kernel: {@code Σ_j flows[j] / (1 + rate)^(j + 1)}, allocation-free. */
    static double presentValueAt(double[] flows, double rate) {
        double factor = 1 / (1 + rate);
        double df = factor;
        double pv = 0;
        for (double flow : flows) {
            pv += flow * df;
            df *= factor;
        }
        return pv;
    }

    /** The same flows in base-year prices: {@code flows[j] / (1 + i)^(j + 1)}. */
    public double[] deflate(double[] nominalFlows) {
        double[] real = new double[nominalFlows.length];
        double deflator = 1;
        for (int j = 0; j < nominalFlows.length; j++) {
            deflator /= 1 + inflation;
            real[j] = nominalFlows[j] * deflator;
        }
        return real;
    }
}

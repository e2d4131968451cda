package org.wteval.calc;

import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.resolve.ResolvedBid;

/**
 * Debt financing of the capex as a bid states it. Debt is drawn with each year's capex at the year's end; interest
 * on the opening balance accrues during construction and is capitalised (interest during construction, IDC); from
 * the first operating year the balance is repaid in {@code tenorYears} level annuities. The debt-service cover
 * ratio of an operating year is its cash flow available for debt service (revenues less operating costs, nominal)
 * over the debt service. The project-view NPV stays unlevered: IDC is a financing cost the discount rate already
 * prices, so it is reported here and not added to the capex.
 */
public final class FinancingCalculator {

    private FinancingCalculator() {
    }

    /**
     * @param capexNominal capex by year (construction years first)
     * @param cfads cash flow available for debt service by year (zero in construction years)
     * @param constructionYears number of construction years at the start of the arrays
     * @param firstYear calendar year of index 0
     */
    public static FinancingResult compute(ResolvedBid b, double[] capexNominal, double[] cfads,
                                          int constructionYears, int firstYear, String currency) {
        Bid.Financing f = b.finance().financing();
        Figure share = b.input(FigureNames.DEBT_SHARE, f.debtShare(), "fraction", "finance.financing.debtShare");
        Figure rate = b.input(FigureNames.INTEREST_RATE, f.interestRate(), "fraction/yr", "finance.financing.interestRate");
        Figure tenor = b.input(FigureNames.TENOR_YEARS, f.tenorYears(), "years", "finance.financing.tenorYears");
        double balance = 0;
        double idc = 0;
        for (int j = 0; j < constructionYears; j++) {
            double interest = balance * f.interestRate();
            idc += interest;
            balance += interest + f.debtShare() * capexNominal[j];
        }
        double r = f.interestRate();
        int n = f.tenorYears();
        double service = r == 0 ? balance / n : balance * r / (1 - Math.pow(1 + r, -n));
        double min = Double.POSITIVE_INFINITY;
        int minYear = 0;
        double sum = 0;
        int counted = 0;
        for (int k = 1; k <= n && constructionYears + k - 1 < cfads.length; k++) {
            double dscr = cfads[constructionYears + k - 1] / service;
            sum += dscr;
            counted++;
            if (dscr < min) {
                min = dscr;
                minYear = firstYear + constructionYears + k - 1;
            }
        }
        Figure idcF = Figure.derived(FigureNames.INTEREST_DURING_CONSTRUCTION, idc, currency + " (nominal)",
                "Σ over construction years of interestRate × opening debt balance; debt drawn as debtShare × capex_y "
                        + "at each year's end", share, rate, b.capex());
        Figure debt = Figure.derived(FigureNames.DEBT_AT_COMMERCIAL_OPERATION, balance, currency + " (nominal)",
                "debtShare × capex + interestDuringConstruction", share, b.capex(), idcF);
        Figure ds = Figure.derived(FigureNames.DEBT_SERVICE_PER_YEAR, service, currency + "/yr (nominal)",
                "debtAtCommercialOperation × r / (1 − (1 + r)^−tenorYears), level annuity", debt, rate, tenor);
        Figure cf = Figure.schedule(FigureNames.CASH_FLOW_AVAILABLE_FOR_DEBT_SERVICE, Flows.sum(cfads), currency + " (nominal, total)",
                "tippingFees + shortfallPayments + electricityRevenue − fixedOm − variableOm − majorMaintenance − "
                        + "replacements, by year", firstYear, cfads);
        Figure dscrMin = Figure.derived(FigureNames.DSCR_MINIMUM, counted == 0 ? Double.NaN : min, "ratio",
                "min over the tenor of cashFlowAvailableForDebtService_y / debtServicePerYear", cf, ds);
        Figure dscrAvg = Figure.derived(FigureNames.DSCR_AVERAGE, counted == 0 ? Double.NaN : sum / counted, "ratio",
                "mean over the tenor of cashFlowAvailableForDebtService_y / debtServicePerYear", cf, ds);
        Figure year = Figure.derived(FigureNames.DSCR_MINIMUM_YEAR, minYear, "calendar year",
                "the year of dscrMinimum", dscrMin);
        return new FinancingResult(idcF, debt, ds, cf, dscrMin, dscrAvg, year);
    }
}

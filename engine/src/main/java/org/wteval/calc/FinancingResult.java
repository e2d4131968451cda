package org.wteval.calc;

import org.wteval.model.Figure;

/**
 * The bidder's stated financing: interest during construction, the debt at the start of operation, its level
 * debt service, and the debt-service cover ratios over the tenor.
 */
public record FinancingResult(Figure interestDuringConstruction, Figure debtAtCommercialOperation,
                              Figure debtServicePerYear, Figure cashFlowAvailableForDebtService, Figure dscrMinimum,
                              Figure dscrAverage, Figure dscrMinimumYear) {
}

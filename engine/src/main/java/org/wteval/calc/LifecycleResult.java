package org.wteval.calc;

import java.util.List;
import org.wteval.model.Figure;

/**
 * A bid's lifecycle cost in both views, with every yearly schedule behind it.
 *
 * <p>Project view: what the plant costs and earns over the contract. Authority view: what the city pays: gate fees
 * on the tonnes treated, plus landfilling what the plant cannot treat.
 *
 * @param schedules yearly flows, each named with its basis (e.g. {@code capexNominal}, {@code capexReal}) and the
 *     physical schedules (tonnes, MWh)
 * @param authorityCostPerTonneReal the lifecycle criterion: real levelised cost to the authority per tonne delivered
 * @param financing debt, IDC and DSCR when the bid states its financing; {@code null} otherwise
 */
public record LifecycleResult(Figure discountRateNominal, Figure pvCosts, Figure pvElectricityRevenue,
                              Figure pvTippingFees, Figure pvShortfallPayments, Figure pvResidualValue,
                              Figure npvProject, Figure irrNominal, Figure irrReal, Figure paybackYears,
                              Figure revenueCostCoverage,
                              Figure levelisedCostPerTonneReal,
                              Figure levelisedCostPerTonneNominal, Figure levelisedCostPerMwhReal,
                              Figure levelisedCostPerMwhNominal, Figure breakEvenGateFeeReal,
                              Figure pvGateFeesAtGuaranteedTonnage, Figure levelisedGateFeeReal,
                              Figure pvLandfillCost, Figure authorityPv, Figure authorityCostPerTonneReal,
                              FinancingResult financing, List<Figure> schedules) {
}

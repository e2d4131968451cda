package org.wteval.calc;

/**
 * The names of the figures the calculators produce, so that code looking a figure up and code producing it share one
 * spelling. A money line {@code x} is reported twice, as {@link #nominal(String) xNominal} and
 * {@link #real(String) xReal}.
 */
public final class FigureNames {

    // Tender
    public static final String AVERAGE_LHV = "averageLhv";
    public static final String LOW_LHV = "lowLhv";
    public static final String HIGH_LHV = "highLhv";
    public static final String ANNUAL_TONNES = "annualTonnes";
    public static final String LHV_DISTRIBUTION = "lhvDistribution";
    public static final String TONNES_PER_DAY = "tonnesPerDay";
    public static final String GROWTH_PER_YEAR = "growthPerYear";
    public static final String GUARANTEED_TONNES_PER_YEAR = "guaranteedTonnesPerYear";

    // Plant inputs
    public static final String LINES = "lines";
    public static final String MIN_LHV = "minLhv";
    public static final String DESIGN_LHV = "designLhv";
    public static final String MAX_LHV = "maxLhv";
    public static final String MAX_THERMAL_LOAD_PER_LINE = "maxThermalLoadPerLine";
    public static final String MAX_MECHANICAL_LOAD_PER_LINE = "maxMechanicalLoadPerLine";
    public static final String GROSS_ELECTRICAL_EFFICIENCY = "grossElectricalEfficiency";
    public static final String AUXILIARY_LOAD = "auxiliaryLoad";
    public static final String AVAILABILITY = "availability";
    public static final String CAPACITY_TONNES_PER_DAY = "capacityTonnesPerDay";
    public static final String MIN_LOAD_SHARE = "minLoadShareOfMcr";
    public static final String SUPPORT_FUEL_LOWEST_LHV = "supportFuelLowestLhv";
    public static final String SUPPORT_FUEL_CONSUMPTION_FACTOR = "supportFuelConsumptionFactor";
    public static final String SUPPORT_FUEL_PRICE = "supportFuelPricePerGj";

    // Stability
    public static final String DELIVERED_TONNES = "deliveredTonnes";
    public static final String SHARE_OF_YEAR_OUTSIDE_WINDOW = "shareOfYearOutsideWindow";
    public static final String THROUGHPUT_PER_LINE_AT_DESIGN = "throughputPerLineAtDesign";
    public static final String CAPACITY_TONNES_PER_YEAR_AT_DESIGN = "capacityTonnesPerYearAtDesign";
    public static final String EXPECTED_TONNES_TREATED = "expectedTonnesTreated";
    public static final String TONNES_TO_LANDFILL = "tonnesToLandfill";
    public static final String TREATED_SHARE = "treatedShare";
    public static final String SUPPORT_FUEL_GJ_PER_YEAR = "supportFuelGjPerYear";

    // Energy and R1
    public static final String THERMAL_INPUT_PER_LINE_AT_DESIGN = "thermalInputPerLineAtDesign";
    public static final String NET_EFFICIENCY_DESIGN = "netEfficiencyDesign";
    public static final String NET_KWH_PER_TONNE_DESIGN = "netKwhPerTonneDesign";
    public static final String NET_CAPACITY_MW = "netCapacityMw";
    public static final String NET_MWH_PER_YEAR = "netMwhPerYear";
    public static final String WASTE_ENERGY_TREATED = "wasteEnergyTreated";
    public static final String NET_KWH_PER_TONNE_LOCAL = "netKwhPerTonneLocal";
    public static final String NET_KWH_PER_TONNE_DELIVERED = "netKwhPerTonneDelivered";
    public static final String NET_EFFICIENCY_LOCAL = "netEfficiencyLocal";
    public static final String EP = "Ep";
    public static final String R1 = "r1";
    public static final String CLIMATE_CORRECTION_FACTOR = "climateCorrectionFactor";
    public static final String R1_CORRECTED = "r1Corrected";

    // Lifecycle inputs
    public static final String CONSTRUCTION_SCHEDULE = "constructionSchedule";
    public static final String FIXED_OM_ESCALATION = "fixedOmEscalation";
    public static final String VARIABLE_OM_ESCALATION = "variableOmEscalation";
    public static final String MAJOR_MAINTENANCE_ESCALATION = "majorMaintenanceEscalation";
    public static final String DEGRADATION_PER_YEAR = "degradationPerYear";
    public static final String TARIFF_INDEXATION = "tariffIndexation";
    public static final String TIPPING_FEE_INDEXATION = "tippingFeeIndexation";

    // Lifecycle money lines: each gives a nominal and a real schedule, see nominal(String) and real(String)
    public static final String CAPEX = "capex";
    public static final String FIXED_OM = "fixedOm";
    public static final String VARIABLE_OM = "variableOm";
    public static final String SUPPORT_FUEL_COST = "supportFuelCost";
    public static final String MAJOR_MAINTENANCE = "majorMaintenance";
    public static final String REPLACEMENTS = "replacements";
    public static final String DECOMMISSIONING = "decommissioning";
    public static final String TOTAL_COST = "totalCost";
    public static final String RESIDUAL_VALUE = "residualValue";
    public static final String ELECTRICITY_REVENUE = "electricityRevenue";
    public static final String TIPPING_FEES = "tippingFees";
    public static final String TIPPING_FEES_AT_GUARANTEED_TONNAGE = "tippingFeesAtGuaranteedTonnage";
    public static final String SHORTFALL_PAYMENTS = "shortfallPayments";
    public static final String LANDFILL_COST = "landfillCost";
    public static final String NET_CASH_FLOW = "netCashFlow";

    // Lifecycle physical schedules
    public static final String TREATED_TONNES_BY_YEAR = "treatedTonnesByYear";
    public static final String SUPPORT_FUEL_GJ_BY_YEAR = "supportFuelGjByYear";
    public static final String NET_MWH_BY_YEAR = "netMwhByYear";
    public static final String SHORTFALL_TONNES_BY_YEAR = "shortfallTonnesByYear";
    public static final String DELIVERED_TONNES_BY_YEAR = "deliveredTonnesByYear";
    public static final String GUARANTEED_TONNES_BY_YEAR = "guaranteedTonnesByYear";

    // Lifecycle results
    public static final String DISCOUNT_RATE_NOMINAL = "discountRateNominal";
    public static final String PV_COSTS = "pvCosts";
    public static final String PV_ELECTRICITY_REVENUE = "pvElectricityRevenue";
    public static final String PV_TIPPING_FEES = "pvTippingFees";
    public static final String PV_SHORTFALL_PAYMENTS = "pvShortfallPayments";
    public static final String PV_RESIDUAL_VALUE = "pvResidualValue";
    public static final String PV_DECOMMISSIONING = "pvDecommissioning";
    public static final String PV_SHORTFALL_TONNES_REAL = "pvShortfallTonnesReal";
    public static final String NPV_PROJECT = "npvProject";
    public static final String IRR_NOMINAL = "irrNominal";
    public static final String IRR_REAL = "irrReal";
    public static final String PAYBACK_YEARS = "paybackYears";
    public static final String GRANTS = "grants";
    public static final String GRANTS_TOTAL = "grantsTotal";
    public static final String NET_CASH_FLOW_WITH_GRANTS = "netCashFlowWithGrants";
    public static final String PV_GRANTS = "pvGrants";
    public static final String NPV_PROJECT_WITH_GRANTS = "npvProjectWithGrants";
    public static final String IRR_NOMINAL_WITH_GRANTS = "irrNominalWithGrants";
    public static final String IRR_REAL_WITH_GRANTS = "irrRealWithGrants";
    public static final String PAYBACK_YEARS_WITH_GRANTS = "paybackYearsWithGrants";
    public static final String PV_CAPEX = "pvCapex";
    public static final String REVENUE_COST_COVERAGE = "revenueCostCoverage";
    public static final String PV_TREATED_TONNES_REAL = "pvTreatedTonnesReal";
    public static final String PV_TREATED_TONNES_NOMINAL = "pvTreatedTonnesNominal";
    public static final String PV_NET_MWH_REAL = "pvNetMwhReal";
    public static final String PV_NET_MWH_NOMINAL = "pvNetMwhNominal";
    public static final String PV_DELIVERED_TONNES_REAL = "pvDeliveredTonnesReal";
    public static final String PV_GUARANTEED_TONNES_REAL = "pvGuaranteedTonnesReal";
    public static final String LEVELISED_COST_PER_TONNE_REAL = "levelisedCostPerTonneReal";
    public static final String LEVELISED_COST_PER_TONNE_NOMINAL = "levelisedCostPerTonneNominal";
    public static final String LEVELISED_COST_PER_MWH_REAL = "levelisedCostPerMwhReal";
    public static final String LEVELISED_COST_PER_MWH_NOMINAL = "levelisedCostPerMwhNominal";
    public static final String BREAK_EVEN_GATE_FEE_REAL = "breakEvenGateFeeReal";
    public static final String PV_GATE_FEES_AT_GUARANTEED_TONNAGE = "pvGateFeesAtGuaranteedTonnage";
    public static final String LEVELISED_GATE_FEE_REAL = "levelisedGateFeeReal";
    public static final String PV_LANDFILL_COST = "pvLandfillCost";
    public static final String AUTHORITY_PV = "authorityPv";
    public static final String AUTHORITY_COST_PER_TONNE_REAL = "authorityCostPerTonneReal";

    // Financing
    public static final String DEBT_SHARE = "debtShare";
    public static final String INTEREST_RATE = "interestRate";
    public static final String TENOR_YEARS = "tenorYears";
    public static final String INTEREST_DURING_CONSTRUCTION = "interestDuringConstruction";
    public static final String DEBT_AT_COMMERCIAL_OPERATION = "debtAtCommercialOperation";
    public static final String DEBT_SERVICE_PER_YEAR = "debtServicePerYear";
    public static final String CASH_FLOW_AVAILABLE_FOR_DEBT_SERVICE = "cashFlowAvailableForDebtService";
    public static final String DSCR_MINIMUM = "dscrMinimum";
    public static final String DSCR_AVERAGE = "dscrAverage";
    public static final String DSCR_MINIMUM_YEAR = "dscrMinimumYear";

    // GHG
    public static final String CREDITING_YEARS = "creditingYears";
    public static final String TONNES_TREATED_BY_YEAR = "tonnesTreatedByYear";
    public static final String NET_MWH_EXPORTED_BY_YEAR = "netMwhExportedByYear";
    public static final String METHANE_FACTOR = "methaneFactor";
    public static final String AVOIDED_LANDFILL_METHANE_BY_YEAR = "avoidedLandfillMethaneByYear";
    public static final String DISPLACED_GRID_BY_YEAR = "displacedGridByYear";
    public static final String REFERENCE_BY_YEAR = "referenceByYear";
    public static final String FOSSIL_CO2_PER_TONNE = "fossilCo2PerTonne";
    public static final String FOSSIL_CO2_BY_YEAR = "fossilCo2ByYear";
    public static final String AUXILIARY_FUEL_GJ_PER_YEAR = "auxiliaryFuelGjPerYear";
    public static final String AUXILIARY_FUEL_BY_YEAR = "auxiliaryFuelByYear";
    public static final String IMPORTED_MWH_PER_YEAR = "importedMwhPerYear";
    public static final String IMPORTED_POWER_BY_YEAR = "importedPowerByYear";
    public static final String SUPPORT_FUEL_GJ_BY_CREDITING_YEAR = "supportFuelGjByCreditingYear";
    public static final String SUPPORT_FUEL_CO2_BY_YEAR = "supportFuelCo2ByYear";
    public static final String PROJECT_BY_YEAR = "projectByYear";
    public static final String EMISSION_REDUCTIONS_BY_YEAR = "emissionReductionsByYear";
    public static final String ANNUAL_EMISSION_REDUCTIONS = "annualEmissionReductions";
    // GHG on the JCM basis: the same figures, named by GhgBasis.JCM
    public static final String JCM_CREDITING_YEARS = "jcmCreditingYears";
    public static final String JCM_METHANE_FACTOR = "jcmMethaneFactor";
    public static final String JCM_AVOIDED_LANDFILL_METHANE_BY_YEAR = "jcmAvoidedLandfillMethaneByYear";
    public static final String JCM_DISPLACED_GRID_BY_YEAR = "jcmDisplacedGridByYear";
    public static final String JCM_REFERENCE_BY_YEAR = "jcmReferenceByYear";
    public static final String JCM_FOSSIL_CO2_PER_TONNE = "jcmFossilCo2PerTonne";
    public static final String JCM_FOSSIL_CO2_BY_YEAR = "jcmFossilCo2ByYear";
    public static final String JCM_AUXILIARY_FUEL_BY_YEAR = "jcmAuxiliaryFuelByYear";
    public static final String JCM_SUPPORT_FUEL_CO2_BY_YEAR = "jcmSupportFuelCo2ByYear";
    public static final String JCM_IMPORTED_POWER_BY_YEAR = "jcmImportedPowerByYear";
    public static final String JCM_PROJECT_BY_YEAR = "jcmProjectByYear";
    public static final String JCM_EMISSION_REDUCTIONS_BY_YEAR = "jcmEmissionReductionsByYear";
    public static final String JCM_ANNUAL_EMISSION_REDUCTIONS = "jcmAnnualEmissionReductions";

    // JCM and JFJCM
    public static final String JCM_SUBSIDY_JPY = "jcmSubsidyJpy";
    public static final String INITIAL_INVESTMENT_JPY = "initialInvestmentJpy";
    public static final String JCM_SUBSIDY_SHARE = "jcmSubsidyShare";
    public static final String JCM_SUBSIDY_CAP_SHARE = "jcmSubsidyCapShare";
    public static final String LEGAL_DURABLE_YEARS = "legalDurableYears";
    public static final String JCM_COST_EFFECTIVENESS = "jcmCostEffectiveness";
    public static final String REFERENCE_PLANT_CAPEX = "referencePlantCapex";
    public static final String JFJCM_ADDITIONAL_COST = "jfjcmAdditionalCost";
    public static final String JFJCM_GRANT = "jfjcmGrant";

    // Scoring: each criterion's score and each ranked bid's total under the evaluation method
    public static final String EFFICIENCY_SCORE = "efficiencyScore";
    public static final String STABILITY_SCORE = "stabilityScore";
    public static final String LIFECYCLE_SCORE = "lifecycleScore";
    public static final String TOTAL = "total";
    /** The method's own total before a committee's technical score is blended in. */
    public static final String METHOD_TOTAL = "methodTotal";
    /** The committee's technical score of a bid, 0..100. */
    public static final String TECHNICAL_SCORE = "technicalScore";
    /** Prefix of a technical sub-criterion's aggregate: {@code technical.omPlan}. */
    public static final String TECHNICAL_PREFIX = "technical.";
    /** Prefix of one evaluator's mark on a sub-criterion: {@code mark.<evaluator>}. */
    public static final String MARK_PREFIX = "mark.";
    public static final String BEST_QUALIFIED_VALUE = "bestQualifiedValue";
    public static final String LOWEST_PRICE = "lowestPrice";
    public static final String QUALITY_SCORE = "qualityScore";
    public static final String TECHNICAL_POINTS = "technicalPoints";
    public static final String PRICE_POINTS = "pricePoints";
    public static final String FEATURE_SUM = "featureSum";
    public static final String WEIGHTED_PRICE_DENOMINATOR = "denominator";
    public static final String POINTS = "points";
    public static final String PUBLISHED_FLOOR = "publishedFloor";

    /** Prefix of the tender's waste composition inputs, one per waste type. */
    public static final String COMPOSITION_PREFIX = "composition.";

    private FigureNames() {
    }

    /** The score figure of criterion {@code criterionKey}, e.g. {@code efficiencyScore}. */
    public static String score(String criterionKey) {
        return criterionKey + "Score";
    }

    /** The weighted score of criterion {@code criterionKey} in a weighted sum, e.g. {@code efficiencyWeighted}. */
    public static String weighted(String criterionKey) {
        return criterionKey + "Weighted";
    }

    /** The schedule of a money line in the prices of each year. */
    public static String nominal(String line) {
        return line + "Nominal";
    }

    /** The schedule of a money line in base-year prices. */
    public static String real(String line) {
        return line + "Real";
    }
}

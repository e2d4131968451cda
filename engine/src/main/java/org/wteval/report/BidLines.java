package org.wteval.report;

import static org.wteval.calc.FigureNames.CAPEX;
import static org.wteval.calc.FigureNames.CASH_FLOW_AVAILABLE_FOR_DEBT_SERVICE;
import static org.wteval.calc.FigureNames.DECOMMISSIONING;
import static org.wteval.calc.FigureNames.DELIVERED_TONNES_BY_YEAR;
import static org.wteval.calc.FigureNames.ELECTRICITY_REVENUE;
import static org.wteval.calc.FigureNames.FIXED_OM;
import static org.wteval.calc.FigureNames.GRANTS;
import static org.wteval.calc.FigureNames.GUARANTEED_TONNES_BY_YEAR;
import static org.wteval.calc.FigureNames.LANDFILL_COST;
import static org.wteval.calc.FigureNames.MAJOR_MAINTENANCE;
import static org.wteval.calc.FigureNames.NET_CASH_FLOW;
import static org.wteval.calc.FigureNames.NET_CASH_FLOW_WITH_GRANTS;
import static org.wteval.calc.FigureNames.NET_MWH_BY_YEAR;
import static org.wteval.calc.FigureNames.REPLACEMENTS;
import static org.wteval.calc.FigureNames.RESIDUAL_VALUE;
import static org.wteval.calc.FigureNames.SHORTFALL_PAYMENTS;
import static org.wteval.calc.FigureNames.SHORTFALL_TONNES_BY_YEAR;
import static org.wteval.calc.FigureNames.SUPPORT_FUEL_COST;
import static org.wteval.calc.FigureNames.SUPPORT_FUEL_GJ_BY_YEAR;
import static org.wteval.calc.FigureNames.TIPPING_FEES;
import static org.wteval.calc.FigureNames.TIPPING_FEES_AT_GUARANTEED_TONNAGE;
import static org.wteval.calc.FigureNames.TOTAL_COST;
import static org.wteval.calc.FigureNames.TREATED_TONNES_BY_YEAR;
import static org.wteval.calc.FigureNames.VARIABLE_OM;
import static org.wteval.calc.FigureNames.nominal;
import static org.wteval.calc.FigureNames.real;
import static org.wteval.report.ParametersSheet.CONSTRUCTION_YEARS;
import static org.wteval.report.ParametersSheet.CONTRACT_YEARS;
import static org.wteval.report.ParametersSheet.GROWTH;
import static org.wteval.report.ParametersSheet.GUARANTEED;
import static org.wteval.report.ParametersSheet.INFLATION;
import static org.wteval.report.ParametersSheet.ALTERNATIVE_DISPOSAL;
import static org.wteval.report.ParametersSheet.TONNES_PER_DAY;

import java.util.HashMap;
import java.util.Map;
import org.wteval.calc.RevenuePlan;

/**
 * Each yearly line of a bid's lifecycle as a spreadsheet formula: what {@link org.wteval.calc.BidKernel} and
 * {@link org.wteval.calc.BidFlows} compute for contract year {@code y}, written over the sheet's input cells so that
 * changing an input moves every line that depends on it. In a template, {@code {name}} is the cell of column
 * {@code name} in the same row ({@code {y}} the contract year, {@code {operatingYear}} the operating year {@code k},
 * zero or less in construction) and a bare name is a named input cell. Each expression keeps the engine's order of
 * operations, so a recalculated cell equals the engine's figure to the last few bits.
 *
 * <p>A line with no template here (the greenhouse-gas account) stays the engine's value, marked as such.
 */
final class BidLines {

    // Working columns: the yearly inputs and prices the lines read.
    static final String YEAR = "y";
    static final String OPERATING_YEAR = "operatingYear";
    static final String CONSTRUCTION_SHARE = "constructionShare";
    static final String PLANT_LOAD_FACTOR_CAP = "plantLoadFactorCap";
    static final String REPLACEMENTS_AS_BID = "replacementsAsBid";
    static final String TARIFF = "tariffPerMwhByYear";
    static final String GATE_FEE = "gateFeePerTonneByYear";
    static final String LANDFILL_PRICE = "landfillPricePerTonneByYear";
    static final String PLANT_MWH = "plantNetMwhByYear";

    // The bid's own inputs, named on its sheet.
    static final String CAPEX_AS_BID = "capexAsBid";
    static final String FIXED_OM_PER_YEAR = "fixedOmPerYear";
    static final String FIXED_OM_ESCALATION = "fixedOmEscalation";
    static final String VARIABLE_OM_PER_TONNE = "variableOmPerTonne";
    static final String VARIABLE_OM_ESCALATION = "variableOmEscalation";
    static final String MAJOR_MAINTENANCE_COST = "majorMaintenanceCost";
    static final String MAJOR_MAINTENANCE_ESCALATION = "majorMaintenanceEscalation";
    static final String MAJOR_MAINTENANCE_EVERY = "majorMaintenanceEveryYears";
    static final String GATE_FEE_PER_TONNE = "gateFeePerTonne";
    static final String GATE_FEE_INDEXATION = "tippingFeeIndexation";
    static final String TARIFF_PER_MWH = "tariffPerMwh";
    static final String TARIFF_INDEXATION = "tariffIndexation";
    static final String PREMIUM_PER_MWH = "premiumPerMwh";
    static final String PREMIUM_YEARS = "premiumYears";
    static final String DEGRADATION = "degradationPerYear";
    static final String RESIDUAL_AS_BID = "residualValueAsBid";
    static final String DECOMMISSIONING_AS_BID = "decommissioningCostAsBid";
    static final String SUPPORT_FUEL_PRICE = "supportFuelPricePerGj";
    static final String GRANTS_AWARDED = "grantsAwarded";
    static final String NET_CAPACITY = "netCapacityMw";

    // The plant run against the waste's heating value, one row per LHV point (PlantModel).
    static final String POINT_CAPACITY = "lhvCapacityTonnes";
    static final String POINT_MWH = "lhvNetMwhPerTonne";
    static final String POINT_FUEL = "lhvFuelGjPerTonne";

    private static final String IN_OPERATION = "IF({" + OPERATING_YEAR + "}>=1,";

    private BidLines() {
    }

    /** The template of every line that has one, by column name; the tariff's follows the bid's revenue plan. */
    static Map<String, String> templates(RevenuePlan plan) {
        Map<String, String> t = new HashMap<>();
        t.put(OPERATING_YEAR, "{" + YEAR + "}-" + CONSTRUCTION_YEARS);
        // A FiT is flat nominal (with any premium in its first years); the DBO value of power is base-year money
        // and rises with inflation; a tariff the bid assumed follows its own indexation.
        t.put(TARIFF, operating(plan.priceIndexedAtInflation()
                ? TARIFF_PER_MWH + "*(1+" + INFLATION + ")^{y}"
                : plan.regulated()
                ? TARIFF_PER_MWH + "+IF({" + OPERATING_YEAR + "}<=" + PREMIUM_YEARS + "," + PREMIUM_PER_MWH + ",0)"
                : TARIFF_PER_MWH + "*(1+" + TARIFF_INDEXATION + ")^{y}"));
        t.put(GATE_FEE, operating(GATE_FEE_PER_TONNE + "*(1+" + GATE_FEE_INDEXATION + ")^{y}"));
        // An untreated tonne costs at least the gate fee the bid would have been paid to treat it.
        t.put(LANDFILL_PRICE, operating("MAX(" + ALTERNATIVE_DISPOSAL + "*(1+" + INFLATION + ")^{y},{" + GATE_FEE
                + "})"));
        t.put(DELIVERED_TONNES_BY_YEAR, operating(TONNES_PER_DAY + "*365*(1+" + GROWTH + ")^({" + OPERATING_YEAR
                + "}-1)"));
        t.put(GUARANTEED_TONNES_BY_YEAR, operating(GUARANTEED));
        t.put(SHORTFALL_TONNES_BY_YEAR, operating("MAX(0," + GUARANTEED + "-{" + DELIVERED_TONNES_BY_YEAR + "})"));
        // Σ over the LHV points of min(delivered × weight, capacity): each point's tonnes up to what the plant
        // treats there, as PlantModel sums them.
        t.put(TREATED_TONNES_BY_YEAR, operating("SUMPRODUCT(" + pointTonnes() + ")"));
        t.put(PLANT_MWH, operating("SUMPRODUCT((" + pointTonnes() + ")*" + POINT_MWH + ")"));
        t.put(SUPPORT_FUEL_GJ_BY_YEAR, operating("SUMPRODUCT((" + pointTonnes() + ")*" + POINT_FUEL + ")"));
        // Degradation lowers what the plant exports; a plant-load-factor cap limits what the tariff pays for.
        t.put(NET_MWH_BY_YEAR, operating("MIN({" + PLANT_MWH + "}*(1-" + DEGRADATION + ")^({" + OPERATING_YEAR
                + "}-1),{" + PLANT_LOAD_FACTOR_CAP + "}*" + NET_CAPACITY + "*8760)"));

        t.put(nominal(CAPEX), CAPEX_AS_BID + "*{" + CONSTRUCTION_SHARE + "}");
        t.put(nominal(FIXED_OM), operating(FIXED_OM_PER_YEAR + "*(1+" + FIXED_OM_ESCALATION + ")^{y}"));
        t.put(nominal(VARIABLE_OM), VARIABLE_OM_PER_TONNE + "*{" + TREATED_TONNES_BY_YEAR + "}*(1+"
                + VARIABLE_OM_ESCALATION + ")^{y}");
        t.put(nominal(SUPPORT_FUEL_COST), SUPPORT_FUEL_PRICE + "*(1+" + INFLATION + ")^{y}*{" + SUPPORT_FUEL_GJ_BY_YEAR
                + "}");
        t.put(nominal(MAJOR_MAINTENANCE), "IF(AND({" + OPERATING_YEAR + "}>=1,MOD({" + OPERATING_YEAR + "},"
                + MAJOR_MAINTENANCE_EVERY + ")=0)," + MAJOR_MAINTENANCE_COST + "*(1+" + MAJOR_MAINTENANCE_ESCALATION
                + ")^{y},0)");
        t.put(nominal(REPLACEMENTS), "{" + REPLACEMENTS_AS_BID + "}*(1+" + MAJOR_MAINTENANCE_ESCALATION + ")^{y}");
        t.put(nominal(DECOMMISSIONING), lastYear(DECOMMISSIONING_AS_BID));
        t.put(nominal(RESIDUAL_VALUE), lastYear(RESIDUAL_AS_BID));
        t.put(nominal(TOTAL_COST), sum(CAPEX, FIXED_OM, VARIABLE_OM, SUPPORT_FUEL_COST, MAJOR_MAINTENANCE,
                REPLACEMENTS, DECOMMISSIONING));
        t.put(nominal(ELECTRICITY_REVENUE), "{" + TARIFF + "}*{" + NET_MWH_BY_YEAR + "}");
        t.put(nominal(TIPPING_FEES), "{" + GATE_FEE + "}*{" + TREATED_TONNES_BY_YEAR + "}");
        t.put(nominal(TIPPING_FEES_AT_GUARANTEED_TONNAGE), "{" + GATE_FEE + "}*{" + GUARANTEED_TONNES_BY_YEAR + "}");
        // Put-or-pay: the authority pays the fee on guaranteed tonnes it fails to deliver.
        t.put(nominal(SHORTFALL_PAYMENTS), "{" + GATE_FEE + "}*{" + SHORTFALL_TONNES_BY_YEAR + "}");
        t.put(nominal(LANDFILL_COST), "{" + LANDFILL_PRICE + "}*({" + DELIVERED_TONNES_BY_YEAR + "}-{"
                + TREATED_TONNES_BY_YEAR + "})");
        t.put(nominal(NET_CASH_FLOW), "{" + nominal(TIPPING_FEES) + "}+{" + nominal(SHORTFALL_PAYMENTS) + "}+{"
                + nominal(ELECTRICITY_REVENUE) + "}+{" + nominal(RESIDUAL_VALUE) + "}-{" + nominal(TOTAL_COST) + "}");
        t.put(nominal(GRANTS), GRANTS_AWARDED + "*{" + CONSTRUCTION_SHARE + "}");
        t.put(nominal(NET_CASH_FLOW_WITH_GRANTS), "{" + nominal(NET_CASH_FLOW) + "}+{" + nominal(GRANTS) + "}");
        t.put(CASH_FLOW_AVAILABLE_FOR_DEBT_SERVICE, operating("{" + nominal(TIPPING_FEES) + "}+{"
                + nominal(SHORTFALL_PAYMENTS) + "}+{" + nominal(ELECTRICITY_REVENUE) + "}-{" + nominal(FIXED_OM)
                + "}-{" + nominal(VARIABLE_OM) + "}-{" + nominal(SUPPORT_FUEL_COST) + "}-{"
                + nominal(MAJOR_MAINTENANCE) + "}-{" + nominal(REPLACEMENTS) + "}"));
        return t;
    }

    /** The real twin of a nominal money line: deflated to base-year prices. */
    static String realTwin(String realName) {
        String line = realName.substring(0, realName.length() - real("").length());
        return "{" + nominal(line) + "}/(1+" + INFLATION + ")^{y}";
    }

    /** Whether a column is the real twin of a nominal money line. */
    static boolean isRealTwin(String name) {
        return name.endsWith(real(""));
    }

    /** {@code min(delivered × weight, capacity)} at every LHV point, as arrays SUMPRODUCT multiplies out. */
    private static String pointTonnes() {
        String dw = "{" + DELIVERED_TONNES_BY_YEAR + "}*" + ParametersSheet.LHV_WEIGHT;
        return "(" + dw + "<" + POINT_CAPACITY + ")*" + dw + "+(" + dw + ">=" + POINT_CAPACITY + ")*" + POINT_CAPACITY;
    }

    private static String operating(String expression) {
        return IN_OPERATION + expression + ",0)";
    }

    /** A base-year amount inflated to the contract's last year, when it falls. */
    private static String lastYear(String amount) {
        return "IF({y}=" + CONTRACT_YEARS + "," + amount + "*(1+" + INFLATION + ")^{y},0)";
    }

    private static String sum(String... lines) {
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(s.length() == 0 ? "" : "+").append('{').append(nominal(line)).append('}');
        }
        return s.toString();
    }
}

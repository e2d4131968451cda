package org.wteval.report;

import static org.wteval.report.BidLines.OPERATING_YEAR;
import static org.wteval.report.ParametersSheet.CONSTRUCTION_YEARS;
import static org.wteval.report.ParametersSheet.INFLATION;
import static org.wteval.report.ParametersSheet.REAL_RATE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.wteval.calc.BidKernel;
import org.wteval.calc.FigureNames;
import org.wteval.calc.LifecycleResult;
import org.wteval.calc.PlantModel;
import org.wteval.calc.RevenuePlan;
import org.wteval.model.Bid;
import org.wteval.model.Figure;
import org.wteval.model.Severity;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.ResolvedBid;
import org.wteval.rules.Finding;

/**
 * One bid's sheet, live from its inputs to its levelised costs: the bid's figures as named input cells, every yearly
 * schedule of its lifecycle as formulas over them and over the tender's inputs on the {@code Parameters} sheet
 * ({@link BidLines}), the present values, NPV, IRR and levelised costs over the schedules, and the plant run against
 * the waste's heating value, point by point. Column D beside each figure holds the engine's own value.
 *
 * <p>The conventions are the lifecycle calculator's: row {@code y = 1} is the year after the base year and flows
 * fall at year end, which is what {@code NPV(rate, range)} assumes (it discounts the first value by one period).
 * Nominal money is discounted at the nominal rate, real money and the quantities of a real levelised cost at the
 * real rate. Schedules and rates are named cells, so a formula reads
 * {@code NPV(discountRateReal,totalCostReal)/NPV(discountRateReal,treatedTonnesByYear)}.
 */
final class BidSheet {

    static final String NOMINAL_RATE = FigureNames.DISCOUNT_RATE_NOMINAL;

    static final String INPUTS_HEADER = "Bid input";
    static final String TOTAL_ROW = "Total";
    static final String PV_REAL_ROW = "PV at the real rate";
    static final String PV_NOMINAL_ROW = "PV at the nominal rate";
    static final String FIGURES_HEADER = "Figure";
    static final String PLANT_HEADER = "Heating-value point";

    /** The figures the summary's scores read, by name: where each stands on the sheet. */
    static final List<String> METRICS = List.of(FigureNames.NET_KWH_PER_TONNE_DELIVERED, FigureNames.TREATED_SHARE,
            FigureNames.AUTHORITY_COST_PER_TONNE_REAL);

    /** Column of labels; column {@code INDEX} holds {@code y}; values of the header and figure blocks in VALUE. */
    private static final int LABEL = 0;
    private static final int INDEX = 1;
    private static final int VALUE = 2;
    private static final int ENGINE = 3;
    private static final int UNIT = 4;
    private static final int FORMULA = 5;
    private static final int FIRST_SCHEDULE = 2;

    /** What a column of the yearly table holds; the basis of money is in its name ({@code capexNominal}). */
    private enum Kind {
        WORKING, NOMINAL, REAL, QUANTITY, GHG, OTHER
    }

    /**
     * A column of the yearly table.
     *
     * @param values its value in each row of the table, the engine's
     * @param template its formula ({@link BidLines}), or null where it stays the engine's value
     * @param input whether it is an input the bid states by year
     */
    private record Column(String name, String unit, Kind kind, double[] values, String template, boolean input) {
    }

    private final Sheet sheet;
    private final XlsxCells cells;
    private final Evaluation e;
    private final BidEvaluation b;
    private final ResolvedBid bid;
    private final BidKernel kernel;
    private final int firstYear;
    private final int rows;
    private final Map<String, String> at = new LinkedHashMap<>();
    private int r;

    private BidSheet(Sheet sheet, XlsxCells cells, Evaluation e, BidEvaluation b) {
        this.sheet = sheet;
        this.cells = cells;
        this.e = e;
        this.b = b;
        this.bid = b.metrics().bid();
        // The kernel the engine priced the bid with gives the working columns' values (tariff, fee by year).
        this.kernel = BidKernel.of(e.tender(), bid, b.plan());
        this.firstYear = e.tender().tender().baseYear() + 1;
        this.rows = kernel.years();
    }

    /**
     * Writes the sheet.
     *
     * @return the absolute reference of each of {@link #METRICS}, e.g. {@code 'Bid B1'!$C$80}
     */
    static Map<String, String> write(Sheet sheet, XlsxCells cells, Evaluation e, BidEvaluation b) {
        BidSheet s = new BidSheet(sheet, cells, e, b);
        s.write();
        return s.at;
    }

    private void write() {
        List<Column> columns = columns();
        int[] widths = new int[FIRST_SCHEDULE + Math.max(columns.size(), FORMULA + 4)];
        Arrays.fill(widths, 16);
        widths[LABEL] = 34;
        widths[INDEX] = 5;
        cells.widths(sheet, widths);
        header(columns);
        r++;
        inputs();
        r++;
        int firstHeaderRow = r;
        table(columns);
        r++;
        figures();
        r++;
        plant();
        sheet.createFreezePane(FIRST_SCHEDULE, firstHeaderRow + 3);
        cells.print(sheet, true, firstHeaderRow, firstHeaderRow + 2, FIRST_SCHEDULE, r - 1,
                FIRST_SCHEDULE + columns.size() - 1);
    }

    private void header(List<Column> columns) {
        var t = e.tender();
        cells.text(XlsxCells.row(sheet, r++), LABEL, "Bid " + b.bidId() + ": lifecycle in " + t.currency(),
                cells.title);
        pair("Bidder", bid.bid().bidder());
        pair("Bid file", bid.file());
        pair("Status", b.ranking() != null
                ? "ranked " + b.ranking().rank() + " of " + e.ranking().size()
                : "disqualified: " + String.join(", ", b.findings().stream()
                        .filter(f -> f.severity() == Severity.DISQUALIFY).map(Finding::ruleId).distinct().toList()));
        pair("Money", t.currency() + "; nominal = prices of each year, real = " + t.tender().baseYear()
                + " prices; flows at the end of each year, discounted to the end of " + t.tender().baseYear());
        List<String> values = columns.stream().filter(c -> c.template() == null && !c.input()).map(Column::name)
                .toList();
        pair("Cells", "yellow: inputs (this bid's below, the tender's and the toolkit's on sheet "
                + ParametersSheet.NAME + "); every other number is a formula over them"
                + (values.isEmpty() ? "" : "; grey italic: the engine's values, not formulas: " + String.join(", ",
                        values) + " (the greenhouse-gas account follows the methodology's first-order decay of "
                        + "landfill methane, a sum over every earlier year's waste by waste type; it enters no "
                        + "score, total or present value here)"));
    }

    private void pair(String label, String value) {
        Row row = XlsxCells.row(sheet, r++);
        cells.text(row, LABEL, label, cells.bold);
        cells.text(row, VALUE, value);
    }

    // ---- the bid's inputs ----

    private void inputs() {
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {INPUTS_HEADER, "", "Value", "", "Unit", "From"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        Bid.Finance fin = bid.bid().finance();
        RevenuePlan plan = b.plan();
        String money = e.tender().currency();
        input(BidLines.CAPEX_AS_BID, bid.capex(), money, "finance.capex");
        input(BidLines.FIXED_OM_PER_YEAR, bid.fixedOmPerYear(), money + "/yr", "finance.fixedOmPerYear");
        rate(BidLines.FIXED_OM_ESCALATION, fin.fixedOmEscalation(), "finance.escalation.fixedOm");
        input(BidLines.VARIABLE_OM_PER_TONNE, bid.variableOmPerTonne(), money + "/t", "finance.variableOmPerTonne");
        rate(BidLines.VARIABLE_OM_ESCALATION, fin.variableOmEscalation(), "finance.escalation.variableOm");
        input(BidLines.MAJOR_MAINTENANCE_COST, bid.majorMaintenanceCost(), money, "finance.majorMaintenance.cost");
        rate(BidLines.MAJOR_MAINTENANCE_ESCALATION, fin.majorMaintenanceEscalation(),
                "finance.escalation.majorMaintenance (also the replacements')");
        input(BidLines.MAJOR_MAINTENANCE_EVERY, fin.majorMaintenance().everyYears(), "years",
                "finance.majorMaintenance.everyYears", cells.input);
        Figure fee = plan.gateFeePerTonne(bid.tippingFeePerTonne());
        input(BidLines.GATE_FEE_PER_TONNE, fee, money + "/t", plan.noGateFeeRule() == null
                ? "finance.tippingFeePerTonne" : "0 by rule " + plan.noGateFeeRule() + ": the regime pays no gate fee");
        rate(BidLines.GATE_FEE_INDEXATION, fin.tippingFeeIndexationPerYear(), "finance.tippingFeeIndexationPerYear");
        input(BidLines.TARIFF_PER_MWH, plan.tariffPerMwh(), money + "/MWh", plan.decidedBy().isEmpty()
                ? "finance.electricityTariffPerMwh (the bid's own assumption)"
                : "decided by " + String.join(", ", plan.decidedBy()) + (plan.priceIndexedAtInflation()
                        ? "; base-year money, rises with inflation" : plan.regulated() ? "; flat nominal" : ""));
        rate(BidLines.TARIFF_INDEXATION, fin.tariffIndexationPerYear(), "finance.tariffIndexationPerYear"
                + (plan.regulated() || plan.priceIndexedAtInflation() ? " (not used: the plan sets the tariff)" : ""));
        input(BidLines.PREMIUM_PER_MWH, plan.premiumPerMwh(), money + "/MWh", "revenue plan: premium in the first "
                + "premiumYears operating years", cells.input);
        input(BidLines.PREMIUM_YEARS, plan.premiumYears(), "years", "revenue plan", cells.input);
        rate(BidLines.DEGRADATION, fin.degradationPerYear(), "finance.degradationPerYear");
        input(BidLines.RESIDUAL_AS_BID, bid.residualValue(), money + " (base year)", "finance.residualValue");
        input(BidLines.DECOMMISSIONING_AS_BID, bid.decommissioningCost(), money + " (base year)",
                "finance.decommissioningCost");
        input(BidLines.SUPPORT_FUEL_PRICE, bid.supportFuelPricePerGj() == null ? 0
                : bid.supportFuelPricePerGj().value(), money + "/GJ (base year)",
                bid.supportFuelPricePerGj() == null ? "no support firing" : "the tender's evaluation price of the "
                        + "bid's support fuel", cells.input);
        input(BidLines.GRANTS_AWARDED, kernel.jcmSubsidyRequested() + kernel.jfjcmGrant(), money,
                "JCM subsidy requested + JFJCM grant (the engine's), received with the construction schedule",
                cells.input);
        Row nominal = XlsxCells.row(sheet, r);
        cells.text(nominal, LABEL, NOMINAL_RATE, cells.bold);
        double nominalRate = b.metrics().lifecycle().discountRateNominal().value();
        cells.formula(nominal, VALUE, "(1+" + REAL_RATE + ")*(1+" + INFLATION + ")-1", nominalRate,
                cells.percentBold);
        cells.number(nominal, ENGINE, nominalRate, cells.percent);
        cells.text(nominal, UNIT, "fraction/yr (nominal)");
        cells.text(nominal, FORMULA, "(1 + real) × (1 + inflation) − 1 (" + REAL_RATE + " and " + INFLATION
                + " on sheet " + ParametersSheet.NAME + "); column D: the engine's value");
        cells.name(sheet, NOMINAL_RATE, r, VALUE);
        r++;
    }

    private void input(String name, Figure f, String unit, String from) {
        input(name, f.value(), unit, from, cells.input);
    }

    private void rate(String name, double value, String from) {
        input(name, value, "fraction/yr", from, cells.inputPercent);
    }

    private void input(String name, double value, String unit, String from, CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, LABEL, name, cells.bold);
        cells.number(row, VALUE, value, style);
        cells.text(row, UNIT, unit);
        cells.text(row, FORMULA, from);
        cells.name(sheet, name, r, VALUE);
        r++;
    }

    // ---- the yearly table ----

    /** The working columns, then every schedule of the bid: nominal money, real money, quantities, the rest. */
    private List<Column> columns() {
        Map<String, String> templates = BidLines.templates(b.plan());
        String currency = e.tender().currency();
        List<Column> out = new ArrayList<>(working(templates));
        List<Column> schedules = new ArrayList<>();
        for (Figure f : b.metrics().figures().values()) {
            if (f.byYear().isEmpty()) {
                continue;
            }
            if (f.firstYear() < firstYear) {
                // NPV would discount it from the wrong year: the lifecycle's schedules all start in year 1.
                throw new IllegalStateException(f.name() + " starts before year 1");
            }
            Kind kind = f.name().endsWith(FigureNames.nominal("")) ? Kind.NOMINAL
                    : BidLines.isRealTwin(f.name()) ? Kind.REAL
                    : f.unit().startsWith(currency) ? Kind.OTHER
                    : f.unit().startsWith("tCO2") ? Kind.GHG : Kind.QUANTITY;
            String template = kind == Kind.REAL ? BidLines.realTwin(f.name()) : templates.get(f.name());
            schedules.add(new Column(f.name(), f.unit(), kind, rows(f), kind == Kind.GHG ? null : template, false));
        }
        schedules.sort((x, y) -> x.kind().compareTo(y.kind()));
        out.addAll(schedules);
        return out;
    }

    /** The yearly inputs and prices the schedules read, with the engine's values. */
    private List<Column> working(Map<String, String> templates) {
        int c = kernel.constructionYears();
        Bid.Finance fin = bid.bid().finance();
        double[] operatingYear = new double[rows];
        double[] share = new double[rows];
        double[] cap = new double[rows];
        double[] replacements = new double[rows];
        double[] tariff = new double[rows];
        double[] fee = new double[rows];
        double[] landfill = new double[rows];
        double[] plantMwh = new double[rows];
        for (int j = 0; j < rows; j++) {
            int k = j - c + 1;
            operatingYear[j] = k;
            share[j] = j < c ? fin.constructionSchedule().get(j) : 0;
            if (k >= 1) {
                cap[j] = b.plan().plantLoadFactorCap(k);
                for (int i = 0; i < fin.replacements().size(); i++) {
                    if (fin.replacements().get(i).operatingYear() == k) {
                        replacements[j] += bid.replacementCosts().get(i).value();
                    }
                }
                tariff[j] = kernel.tariff(j);
                fee[j] = kernel.fee(j);
                landfill[j] = kernel.landfillPrice(j);
                plantMwh[j] = kernel.model().netMwh(e.tender().deliveredTonnes(k));
            }
        }
        String money = e.tender().currency();
        return List.of(
                working(OPERATING_YEAR, "k (0 or less: construction)", operatingYear, templates, false),
                working(BidLines.CONSTRUCTION_SHARE, "share of capex (finance.constructionSchedule)", share,
                        templates, true),
                working(BidLines.PLANT_LOAD_FACTOR_CAP, "highest plant load factor paid for (revenue plan; 1: none)",
                        cap, templates, true),
                working(BidLines.REPLACEMENTS_AS_BID, money + ", base year (finance.replacements)", replacements,
                        templates, true),
                working(BidLines.TARIFF, money + "/MWh (nominal)", tariff, templates, false),
                working(BidLines.GATE_FEE, money + "/t (nominal)", fee, templates, false),
                working(BidLines.LANDFILL_PRICE, money + "/t untreated (nominal)", landfill, templates, false),
                working(BidLines.PLANT_MWH, "MWh, before degradation and caps", plantMwh, templates, false));
    }

    private static Column working(String name, String unit, double[] values, Map<String, String> templates,
                                  boolean input) {
        return new Column(name, unit, Kind.WORKING, values, input ? null : templates.get(name), input);
    }

    /** A schedule's value in each row of the table, zero where it has none. */
    private double[] rows(Figure schedule) {
        double[] v = new double[rows];
        for (int j = 0; j < rows; j++) {
            int k = firstYear + j - schedule.firstYear();
            v[j] = k >= 0 && k < schedule.byYear().size() ? schedule.byYear().get(k) : 0;
        }
        return v;
    }

    /** The yearly table, its totals and present values. */
    private void table(List<Column> columns) {
        Row groups = XlsxCells.row(sheet, r++);
        Row names = XlsxCells.row(sheet, r++);
        Row units = XlsxCells.row(sheet, r++);
        names.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        units.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        cells.text(names, LABEL, "Year", cells.header);
        cells.text(names, INDEX, BidLines.YEAR, cells.header);
        cells.text(units, LABEL, "calendar", cells.header);
        cells.text(units, INDEX, "", cells.header);
        Kind group = null;
        Map<String, Integer> columnOf = new HashMap<>();
        columnOf.put(BidLines.YEAR, INDEX);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.kind() != group) {
                group = c.kind();
                cells.text(groups, FIRST_SCHEDULE + i, groupTitle(group), cells.bold);
            }
            cells.text(names, FIRST_SCHEDULE + i, c.name(), cells.header);
            cells.text(units, FIRST_SCHEDULE + i, c.unit(), cells.header);
            columnOf.put(c.name(), FIRST_SCHEDULE + i);
        }
        List<Template> templates = new ArrayList<>();
        for (Column c : columns) {
            templates.add(c.template() == null ? null : Template.parse(c.template(), columnOf));
        }

        int first = r;
        for (int j = 0; j < rows; j++) {
            Row row = XlsxCells.row(sheet, r);
            cells.number(row, LABEL, firstYear + j, cells.year);
            cells.number(row, INDEX, j + 1, cells.year);
            for (int i = 0; i < columns.size(); i++) {
                Column c = columns.get(i);
                Template t = templates.get(i);
                // An explicit zero, not a blank: NPV skips blank cells, which would shift later flows a year.
                if (t != null) {
                    cells.formula(row, FIRST_SCHEDULE + i, t.at(r), c.values()[j], cells.whole);
                } else {
                    cells.number(row, FIRST_SCHEDULE + i, c.values()[j], c.input() ? cells.input : cells.engineValue);
                }
            }
            r++;
        }
        int last = r - 1;
        for (int i = 0; i < columns.size(); i++) {
            cells.name(sheet, columns.get(i).name(), first, FIRST_SCHEDULE + i, last, FIRST_SCHEDULE + i);
        }

        Row total = XlsxCells.row(sheet, r++);
        Row pvReal = XlsxCells.row(sheet, r++);
        Row pvNominal = XlsxCells.row(sheet, r++);
        cells.text(total, LABEL, TOTAL_ROW, cells.bold);
        cells.text(pvReal, LABEL, PV_REAL_ROW, cells.bold);
        cells.text(pvNominal, LABEL, PV_NOMINAL_ROW, cells.bold);
        double real = e.tender().param("finance.discountRateReal").value();
        double nominalRate = b.metrics().lifecycle().discountRateNominal().value();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.kind() == Kind.WORKING) {
                continue;
            }
            String name = c.name();
            int col = FIRST_SCHEDULE + i;
            cells.formula(total, col, "SUM(" + name + ")", presentValue(c.values(), 0), cells.wholeBold);
            if (c.kind() == Kind.REAL || c.kind() == Kind.QUANTITY) {
                cells.formula(pvReal, col, npv(REAL_RATE, name), presentValue(c.values(), real), cells.wholeBold);
            }
            if (c.kind() == Kind.NOMINAL || c.kind() == Kind.QUANTITY) {
                cells.formula(pvNominal, col, npv(NOMINAL_RATE, name), presentValue(c.values(), nominalRate),
                        cells.wholeBold);
            }
        }
    }

    private String groupTitle(Kind kind) {
        String currency = e.tender().currency();
        return switch (kind) {
            case WORKING -> "Yearly inputs (yellow) and prices the lines read";
            case NOMINAL -> "Nominal money, " + currency + " (prices of each year); PV at " + NOMINAL_RATE;
            case REAL -> "Real money, " + currency + " at " + e.tender().tender().baseYear() + " prices; PV at "
                    + REAL_RATE;
            case QUANTITY -> "Quantities; discounted at both rates for the levelised costs";
            case GHG -> "Greenhouse gas over the crediting period, tCO2e; the engine's values; totals only";
            case OTHER -> "Other schedules, basis as their unit states; totals only";
        };
    }

    /**
     * A line's formula cut at its column references once, so that each of its rows is a few appends: a large
     * tender writes a million such cells.
     */
    private record Template(String[] literals, int[] columns) {

        static Template parse(String template, Map<String, Integer> columnOf) {
            List<String> literals = new ArrayList<>();
            List<Integer> columns = new ArrayList<>();
            int from = 0;
            for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
                int close = template.indexOf('}', open);
                String name = template.substring(open + 1, close);
                Integer col = columnOf.get(name);
                if (col == null) {
                    throw new IllegalStateException("the formula " + template + " reads a column " + name
                            + " the sheet does not have");
                }
                literals.add(template.substring(from, open));
                columns.add(col);
                from = close + 1;
            }
            literals.add(template.substring(from));
            return new Template(literals.toArray(String[]::new), columns.stream().mapToInt(i -> i).toArray());
        }

        /** The formula in row {@code row} (0-based), each column read in that row. */
        String at(int row) {
            StringBuilder s = new StringBuilder(96);
            for (int i = 0; i < columns.length; i++) {
                s.append(literals[i]).append(XlsxCells.column(columns[i])).append(row + 1);
            }
            return s.append(literals[columns.length]).toString();
        }
    }

    // ---- the figures ----

    /**
     * The lifecycle's present values, NPV, IRR and levelised costs and the scores' metrics, each a live formula
     * (column C) beside the engine's value (column D). Each value cell is named after its figure, so later formulas
     * read like the engine's.
     */
    private void figures() {
        LifecycleResult l = b.metrics().lifecycle();
        Row head = XlsxCells.row(sheet, r++);
        cells.text(head, LABEL, FIGURES_HEADER, cells.header);
        cells.text(head, INDEX, "", cells.header);
        cells.text(head, VALUE, "Workbook (live formula)", cells.header);
        cells.text(head, ENGINE, "Engine", cells.header);
        cells.text(head, UNIT, "Unit", cells.header);
        cells.text(head, FORMULA, "Engine's formula", cells.header);

        figure(l.pvCosts(), pv(FigureNames.TOTAL_COST), cells.whole);
        figure(l.pvElectricityRevenue(), pv(FigureNames.ELECTRICITY_REVENUE), cells.whole);
        figure(l.pvTippingFees(), pv(FigureNames.TIPPING_FEES), cells.whole);
        figure(l.pvShortfallPayments(), pv(FigureNames.SHORTFALL_PAYMENTS), cells.whole);
        figure(l.pvResidualValue(), pv(FigureNames.RESIDUAL_VALUE), cells.whole);
        figure(l.npvProject(), sum(l.pvTippingFees(), l.pvShortfallPayments(), l.pvElectricityRevenue(),
                l.pvResidualValue()) + "-" + l.pvCosts().name(), cells.wholeBold);
        // IRR searches from a guess, and flows that change sign more than once can have several rates: starting
        // from the engine's rate rounded to a whole percent, the spreadsheet finds the same one. Without a rate
        // (the flows never change sign) the cell says undefined, as the engine does.
        boolean irr = Double.isFinite(l.irrNominal().value());
        figure(l.irrNominal(), irr ? "IRR(" + FigureNames.nominal(FigureNames.NET_CASH_FLOW) + ","
                + BigDecimal.valueOf(l.irrNominal().value()).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + ")"
                : null, cells.percent);
        figure(l.irrReal(), irr ? "(1+" + l.irrNominal().name() + ")/(1+" + INFLATION + ")-1" : null, cells.percent);
        String costReal = FigureNames.real(FigureNames.TOTAL_COST);
        String costNominal = FigureNames.nominal(FigureNames.TOTAL_COST);
        String treated = FigureNames.TREATED_TONNES_BY_YEAR;
        figure(l.levelisedCostPerTonneReal(), levelised(REAL_RATE, costReal, treated), cells.decimalBold);
        figure(l.levelisedCostPerTonneNominal(), levelised(NOMINAL_RATE, costNominal, treated), cells.decimalBold);
        figure(l.levelisedCostPerMwhReal(), levelised(REAL_RATE, costReal, FigureNames.NET_MWH_BY_YEAR),
                cells.decimalBold);
        figure(l.levelisedCostPerMwhNominal(), levelised(NOMINAL_RATE, costNominal, FigureNames.NET_MWH_BY_YEAR),
                cells.decimalBold);
        figure(l.breakEvenGateFeeReal(), "(" + l.pvCosts().name() + "-" + l.pvElectricityRevenue().name() + "-"
                + l.pvResidualValue().name() + ")/(" + npv(REAL_RATE, treated) + "+"
                + npv(REAL_RATE, FigureNames.SHORTFALL_TONNES_BY_YEAR) + ")", cells.decimal);
        figure(l.pvGateFeesAtGuaranteedTonnage(), pv(FigureNames.TIPPING_FEES_AT_GUARANTEED_TONNAGE), cells.whole);
        figure(l.levelisedGateFeeReal(), l.pvGateFeesAtGuaranteedTonnage().name() + "/"
                + npv(REAL_RATE, FigureNames.GUARANTEED_TONNES_BY_YEAR), cells.decimal);
        figure(l.pvLandfillCost(), pv(FigureNames.LANDFILL_COST), cells.whole);
        figure(l.authorityPv(), sum(l.pvTippingFees(), l.pvShortfallPayments(), l.pvLandfillCost())
                + (b.plan().authorityOwns() ? "+" + pv(FigureNames.CAPEX) + "+" + pv(FigureNames.DECOMMISSIONING) + "-"
                        + l.pvElectricityRevenue().name() + "-" + l.pvResidualValue().name() : ""),
                cells.whole);
        figure(l.authorityCostPerTonneReal(), l.authorityPv().name() + "/"
                + npv(REAL_RATE, FigureNames.DELIVERED_TONNES_BY_YEAR), cells.decimalBold);
        // The first operating year's delivery, treatment and plant output, which the other two criteria score.
        String firstOperating = "," + CONSTRUCTION_YEARS + "+1)";
        String delivered = "INDEX(" + FigureNames.DELIVERED_TONNES_BY_YEAR + firstOperating;
        figure(b.metrics().energy().netKwhPerTonneDelivered(), "1000*INDEX(" + BidLines.PLANT_MWH + firstOperating
                + "/" + delivered, cells.decimalBold);
        figure(b.metrics().stability().treatedShare(), "INDEX(" + treated + firstOperating + "/" + delivered,
                cells.percent);
    }

    /** One figure's row; without a formula the cell says the figure is undefined, as the engine does. */
    private void figure(Figure f, String formula, CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, LABEL, f.name(), cells.bold);
        if (formula != null) {
            cells.formula(row, VALUE, formula, f.value(), style);
        } else {
            cells.text(row, VALUE, XlsxCells.UNDEFINED);
        }
        cells.number(row, ENGINE, f.value(), style);
        cells.text(row, UNIT, f.unit());
        cells.text(row, FORMULA, f.formula());
        cells.name(sheet, f.name(), r, VALUE);
        if (METRICS.contains(f.name())) {
            at.put(f.name(), new CellReference(sheet.getSheetName(), r, VALUE, true, true).formatAsString());
        }
        r++;
    }

    // ---- the plant ----

    /**
     * The plant's inputs and, at each heating-value point of the year, what one line burns and what the plant
     * treats, exports and fires there (the combustion diagram, {@link PlantModel}): the per-point tables the yearly
     * treated tonnes, MWh and support fuel sum over.
     */
    private void plant() {
        Bid.Plant p = bid.plant();
        Bid.CombustionDiagram d = p.combustionDiagram();
        Bid.SupportFuel fuel = p.supportFuel();
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {"Plant input", "", "Value", "", "Unit", "From"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        plantInput("lines", p.lines(), "", "plant.lines");
        plantInput("maxMechanicalLoad", d.maxMechanicalLoadTonnesPerHourPerLine(), "t/h per line",
                "plant.combustionDiagram.maxMechanicalLoadTonnesPerHourPerLine");
        plantInput("maxThermalLoad", d.maxThermalLoadMwPerLine(), "MW per line",
                "plant.combustionDiagram.maxThermalLoadMwPerLine");
        plantInput("minLhv", d.minLhvMjPerKg(), "MJ/kg", "plant.combustionDiagram.minLhvMjPerKg");
        plantInput("designLhv", d.designLhvMjPerKg(), "MJ/kg", "plant.combustionDiagram.designLhvMjPerKg");
        Row load = XlsxCells.row(sheet, r);
        cells.text(load, LABEL, "minLoadShare", cells.bold);
        double minLoad = kernel.model().minLoadShare();
        if (d.minLoadShareOfMcr() != null) {
            cells.number(load, VALUE, minLoad, cells.inputPercent);
            cells.text(load, FORMULA, "plant.combustionDiagram.minLoadShareOfMcr");
        } else {
            cells.formula(load, VALUE, ParametersSheet.DEFAULT_MIN_LOAD, minLoad, cells.percent);
            cells.text(load, FORMULA, "the diagram states none: the toolkit's default on sheet "
                    + ParametersSheet.NAME);
        }
        cells.text(load, UNIT, "of the thermal limit");
        cells.name(sheet, "minLoadShare", r, VALUE);
        r++;
        plantInput("grossEfficiency", p.grossElectricalEfficiency(), "fraction", "plant.grossElectricalEfficiency");
        plantInput("auxiliaryLoadMw", p.auxiliaryLoadMw(), "MW", "plant.auxiliaryLoadMw");
        plantInput("availabilityHours", p.availabilityHoursPerYear(), "h/yr", "plant.availabilityHoursPerYear");
        plantInput("supportFiring", fuel == null ? 0 : 1, "1: yes, 0: no", "plant.supportFuel");
        plantInput("supportFuelLowestLhv", fuel == null ? 0 : fuel.lowestLhvMjPerKg(), "MJ/kg",
                "plant.supportFuel.lowestLhvMjPerKg");
        plantInput("fuelPerHeatDeficit", fuel == null ? 1 : fuel.fuelPerHeatDeficit(), "GJ fuel per GJ",
                "plant.supportFuel.consumptionFactor");
        Row capacity = XlsxCells.row(sheet, r);
        cells.text(capacity, LABEL, BidLines.NET_CAPACITY, cells.bold);
        String design = "MIN(maxMechanicalLoad,3.6*maxThermalLoad/designLhv)";
        String thermal = "(" + design + "*designLhv/3.6)";
        Figure netCapacity = b.metrics().energy().netCapacityMw();
        cells.formula(capacity, VALUE, "lines*" + thermal + "*(grossEfficiency-(auxiliaryLoadMw/lines)/" + thermal
                + ")", netCapacity.value(), cells.decimal);
        cells.number(capacity, ENGINE, netCapacity.value(), cells.decimal);
        cells.text(capacity, UNIT, netCapacity.unit());
        cells.text(capacity, FORMULA, netCapacity.formula());
        cells.name(sheet, BidLines.NET_CAPACITY, r, VALUE);
        r++;
        r++;
        points(d, fuel);
    }

    private void plantInput(String name, double value, String unit, String from) {
        input(name, value, unit, from, cells.input);
    }

    /** One row per LHV point: the region of the diagram it falls in and the plant's throughput and yield there. */
    private void points(Bid.CombustionDiagram d, Bid.SupportFuel fuel) {
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {PLANT_HEADER, "", ParametersSheet.LHV, ParametersSheet.LHV_WEIGHT,
            "firedWithSupportFuel", "heatInput (MJ/kg)", "tonnesPerHourPerLine", "treatable",
            BidLines.POINT_CAPACITY, BidLines.POINT_MWH, BidLines.POINT_FUEL};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        PlantModel model = kernel.model();
        var dist = e.tender().lhv();
        int first = r;
        for (int i = 0; i < model.points(); i++) {
            Row row = XlsxCells.row(sheet, r);
            String n = XlsxCells.cell(r, 0);
            String lhv = XlsxCells.cell(r, 2);
            String fired = XlsxCells.cell(r, 4);
            String heat = XlsxCells.cell(r, 5);
            String tph = XlsxCells.cell(r, 6);
            String treatable = XlsxCells.cell(r, 7);
            double l = dist.lhv(i);
            boolean isFired = l < d.minLhvMjPerKg() && fuel != null && l >= fuel.lowestLhvMjPerKg();
            double heatIn = isFired ? d.minLhvMjPerKg() : l;
            double t = PlantModel.tonnesPerHourPerLine(d, heatIn);
            boolean canTreat = (l >= d.minLhvMjPerKg() || isFired)
                    && t * heatIn / 3.6 >= model.minLoadShare() * d.maxThermalLoadMwPerLine();
            cells.number(row, 0, i + 1, cells.year);
            cells.formula(row, 2, "INDEX(" + ParametersSheet.LHV + "," + n + ")", l, cells.decimal);
            cells.formula(row, 3, "INDEX(" + ParametersSheet.LHV_WEIGHT + "," + n + ")", dist.weight(i), cells.decimal);
            cells.formula(row, 4, "IF(AND(supportFiring=1," + lhv + "<minLhv," + lhv + ">=supportFuelLowestLhv),1,0)",
                    isFired ? 1 : 0, cells.year);
            cells.formula(row, 5, "IF(" + fired + "=1,minLhv," + lhv + ")", heatIn, cells.decimal);
            cells.formula(row, 6, "MIN(maxMechanicalLoad,3.6*maxThermalLoad/" + heat + ")", t, cells.decimal);
            cells.formula(row, 7, "IF(AND(OR(" + lhv + ">=minLhv," + fired + "=1)," + tph + "*" + heat
                    + "/3.6>=minLoadShare*maxThermalLoad),1,0)", canTreat ? 1 : 0, cells.year);
            cells.formula(row, 8, "IF(" + treatable + "=1,lines*" + tph + "*availabilityHours*" + XlsxCells.cell(r, 3)
                    + ",0)", model.capacityTonnes(i), cells.whole);
            cells.formula(row, 9, "grossEfficiency*" + lhv + "/3.6-(auxiliaryLoadMw/lines)/" + tph,
                    model.netMwhPerTonne(i), cells.decimal);
            cells.formula(row, 10, "IF(AND(" + treatable + "=1," + fired + "=1),fuelPerHeatDeficit*(minLhv-" + lhv
                    + "),0)", model.fuelGjPerTonne(i), cells.decimal);
            r++;
        }
        cells.name(sheet, BidLines.POINT_CAPACITY, first, 8, r - 1, 8);
        cells.name(sheet, BidLines.POINT_MWH, first, 9, r - 1, 9);
        cells.name(sheet, BidLines.POINT_FUEL, first, 10, r - 1, 10);
    }

    /** Present value of a nominal money schedule, named by its line ({@code totalCost}). */
    private static String pv(String line) {
        return npv(NOMINAL_RATE, FigureNames.nominal(line));
    }

    /** The sum of figures already on the sheet, by their cell names. */
    private static String sum(Figure... figures) {
        return String.join("+", Arrays.stream(figures).map(Figure::name).toList());
    }

    /** Σ v_k / (1 + rate)^(k+1), what NPV(rate, column) gives; at rate 0 the SUM. Cells not a number are skipped. */
    private static double presentValue(double[] rows, double rate) {
        double pv = 0;
        double factor = 1;
        for (double v : rows) {
            factor /= 1 + rate;
            if (Double.isFinite(v)) {
                pv += rate == 0 ? v : v * factor;
            }
        }
        return pv;
    }

    private static String npv(String rate, String schedule) {
        return "NPV(" + rate + "," + schedule + ")";
    }

    private static String levelised(String rate, String money, String quantity) {
        return npv(rate, money) + "/" + npv(rate, quantity);
    }
}

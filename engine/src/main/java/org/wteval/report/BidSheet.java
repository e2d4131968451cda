package org.wteval.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.wteval.calc.FigureNames;
import org.wteval.calc.LifecycleResult;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.Severity;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Finding;

/**
 * One bid's sheet: the discount rates, every yearly schedule of its lifecycle, and its present values, NPV and
 * levelised costs as live formulas over them.
 *
 * <p>The conventions are the lifecycle calculator's: row {@code y = 1} is the year after the base year and flows
 * fall at year end, which is what {@code NPV(rate, range)} assumes (it discounts the first value by one period).
 * Nominal money is discounted at the nominal rate, real money and the quantities of a real levelised cost at the
 * real rate. Schedules and rates are named cells of the sheet, so a formula reads
 * {@code NPV(discountRateReal,totalCostReal)/NPV(discountRateReal,treatedTonnesByYear)}.
 */
final class BidSheet {

    static final String REAL_RATE = "discountRateReal";
    static final String INFLATION = "inflation";
    static final String NOMINAL_RATE = FigureNames.DISCOUNT_RATE_NOMINAL;

    static final String TOTAL_ROW = "Total";
    static final String PV_REAL_ROW = "PV at the real rate";
    static final String PV_NOMINAL_ROW = "PV at the nominal rate";
    static final String FIGURES_HEADER = "Figure";

    /** Column of labels; column {@code INDEX} holds {@code y}; values of the header and figure blocks in VALUE. */
    private static final int LABEL = 0;
    private static final int INDEX = 1;
    private static final int VALUE = 2;
    private static final int ENGINE = 3;
    private static final int UNIT = 4;
    private static final int FORMULA = 5;
    private static final int FIRST_SCHEDULE = 2;

    /** How a schedule's column is discounted; the basis of money is in its name ({@code capexNominal}). */
    private enum Kind {
        NOMINAL, REAL, QUANTITY, GHG, OTHER
    }

    private record Column(Figure schedule, Kind kind) {
    }

    private final Sheet sheet;
    private final XlsxCells cells;
    private final Evaluation e;
    private final BidEvaluation b;
    private int r;

    private BidSheet(Sheet sheet, XlsxCells cells, Evaluation e, BidEvaluation b) {
        this.sheet = sheet;
        this.cells = cells;
        this.e = e;
        this.b = b;
    }

    static void write(Sheet sheet, XlsxCells cells, Evaluation e, BidEvaluation b) {
        new BidSheet(sheet, cells, e, b).write();
    }

    private void write() {
        List<Column> columns = columns();
        int[] widths = new int[FIRST_SCHEDULE + Math.max(columns.size(), FORMULA)];
        Arrays.fill(widths, 18);
        widths[LABEL] = 40;
        widths[INDEX] = 5;
        XlsxCells.widths(sheet, widths);
        header();
        r++;
        int firstDataRow = table(columns);
        r++;
        figures();
        sheet.createFreezePane(FIRST_SCHEDULE, firstDataRow);
    }

    private void header() {
        var t = e.tender();
        cells.text(XlsxCells.row(sheet, r++), LABEL, "Bid " + b.bidId() + ": lifecycle in " + t.currency(),
                cells.title);
        pair("Bidder", b.metrics().bid().bid().bidder());
        pair("Bid file", b.metrics().bid().file());
        pair("Status", b.ranking() != null
                ? "ranked " + b.ranking().rank() + " of " + e.ranking().size()
                : "disqualified: " + String.join(", ", b.findings().stream()
                        .filter(f -> f.severity() == Severity.DISQUALIFY).map(Finding::ruleId).distinct().toList()));
        pair("Money", t.currency() + "; nominal = prices of each year, real = " + t.tender().baseYear()
                + " prices; flows at the end of each year, discounted to the end of " + t.tender().baseYear());
        rate(REAL_RATE, t.param("finance.discountRateReal"), "fraction/yr (real)");
        rate(INFLATION, t.param("finance.inflation"), "fraction/yr");
        Row nominal = XlsxCells.row(sheet, r);
        cells.text(nominal, LABEL, NOMINAL_RATE, cells.bold);
        cells.formula(nominal, VALUE, "(1+" + REAL_RATE + ")*(1+" + INFLATION + ")-1",
                b.metrics().lifecycle().discountRateNominal().value(), cells.percentBold);
        cells.number(nominal, ENGINE, b.metrics().lifecycle().discountRateNominal().value(), cells.percent);
        cells.text(nominal, UNIT, "fraction/yr (nominal)");
        cells.text(nominal, FORMULA, "(1 + real) × (1 + inflation) − 1; column D: the engine's value");
        cells.name(sheet, NOMINAL_RATE, r, VALUE);
        r++;
    }

    private void pair(String label, String value) {
        Row row = XlsxCells.row(sheet, r++);
        cells.text(row, LABEL, label, cells.bold);
        cells.text(row, VALUE, value);
    }

    private void rate(String name, Figure param, String unit) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, LABEL, name, cells.bold);
        cells.number(row, VALUE, param.value(), cells.percentBold);
        cells.text(row, UNIT, unit);
        boolean assumed = Param.ASSUMED.equals(param.status());
        String from = param.origin().text().orElseThrow();
        cells.text(row, FORMULA, (assumed ? "ASSUMED" : param.status()) + ": " + from,
                assumed ? cells.assumed : cells.plain);
        cells.name(sheet, name, r, VALUE);
        r++;
    }

    /** Every schedule of the bid, nominal money first, then real money, quantities and any other schedule. */
    private List<Column> columns() {
        String currency = e.tender().currency();
        List<Column> out = new ArrayList<>();
        for (Figure f : b.metrics().figures().values()) {
            if (f.byYear().isEmpty()) {
                continue;
            }
            Kind kind = f.name().endsWith(FigureNames.nominal("")) ? Kind.NOMINAL
                    : f.name().endsWith(FigureNames.real("")) ? Kind.REAL
                    : f.unit().startsWith(currency) ? Kind.OTHER
                    : f.unit().startsWith("tCO2") ? Kind.GHG : Kind.QUANTITY;
            out.add(new Column(f, kind));
        }
        out.sort(Comparator.comparing(Column::kind));
        return out;
    }

    /** The yearly table, its totals and present values; returns the index of its first year's row. */
    private int table(List<Column> columns) {
        int firstYear = e.tender().tender().baseYear() + 1;
        int lastYear = firstYear;
        for (Column c : columns) {
            if (c.schedule().firstYear() < firstYear) {
                // NPV would discount it from the wrong year: the lifecycle's schedules all start in year 1.
                throw new IllegalStateException(c.schedule().name() + " starts before year 1");
            }
            lastYear = Math.max(lastYear, c.schedule().firstYear() + c.schedule().byYear().size() - 1);
        }
        Row groups = XlsxCells.row(sheet, r++);
        Row names = XlsxCells.row(sheet, r++);
        Row units = XlsxCells.row(sheet, r++);
        names.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        units.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        cells.text(names, LABEL, "Year", cells.header);
        cells.text(names, INDEX, "y", cells.header);
        cells.text(units, LABEL, "calendar", cells.header);
        cells.text(units, INDEX, "", cells.header);
        Kind group = null;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.kind() != group) {
                group = c.kind();
                cells.text(groups, FIRST_SCHEDULE + i, groupTitle(group), cells.bold);
            }
            cells.text(names, FIRST_SCHEDULE + i, c.schedule().name(), cells.header);
            cells.text(units, FIRST_SCHEDULE + i, c.schedule().unit(), cells.header);
        }

        int first = r;
        for (int year = firstYear; year <= lastYear; year++) {
            Row row = XlsxCells.row(sheet, r++);
            cells.number(row, LABEL, year, cells.year);
            cells.number(row, INDEX, year - firstYear + 1, cells.year);
            for (int i = 0; i < columns.size(); i++) {
                Figure f = columns.get(i).schedule();
                int k = year - f.firstYear();
                // An explicit zero, not a blank: NPV skips blank cells, which would shift later flows a year.
                double v = k >= 0 && k < f.byYear().size() ? f.byYear().get(k) : 0;
                cells.number(row, FIRST_SCHEDULE + i, v, cells.whole);
            }
        }
        int last = r - 1;
        for (int i = 0; i < columns.size(); i++) {
            cells.name(sheet, columns.get(i).schedule().name(), first, FIRST_SCHEDULE + i, last, FIRST_SCHEDULE + i);
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
            String name = c.schedule().name();
            int col = FIRST_SCHEDULE + i;
            double[] rows = rows(c.schedule(), firstYear, lastYear);
            cells.formula(total, col, "SUM(" + name + ")", presentValue(rows, 0), cells.wholeBold);
            if (c.kind() == Kind.REAL || c.kind() == Kind.QUANTITY) {
                cells.formula(pvReal, col, npv(REAL_RATE, name), presentValue(rows, real), cells.wholeBold);
            }
            if (c.kind() == Kind.NOMINAL || c.kind() == Kind.QUANTITY) {
                cells.formula(pvNominal, col, npv(NOMINAL_RATE, name), presentValue(rows, nominalRate),
                        cells.wholeBold);
            }
        }
        return first;
    }

    private String groupTitle(Kind kind) {
        String currency = e.tender().currency();
        return switch (kind) {
            case NOMINAL -> "Nominal money, " + currency + " (prices of each year); PV at " + NOMINAL_RATE;
            case REAL -> "Real money, " + currency + " at " + e.tender().tender().baseYear() + " prices; PV at "
                    + REAL_RATE;
            case QUANTITY -> "Quantities; discounted at both rates for the levelised costs";
            case GHG -> "Greenhouse gas over the crediting period, tCO2e; totals only";
            case OTHER -> "Other schedules, basis as their unit states; totals only";
        };
    }

    /**
     * The lifecycle's present values, NPV, IRR and levelised costs, each a live formula (column C) beside the
     * engine's value (column D). Each value cell is named after its figure, so later formulas read like the
     * engine's.
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
        r++;
    }

    /** Present value of a nominal money schedule, named by its line ({@code totalCost}). */
    private static String pv(String line) {
        return npv(NOMINAL_RATE, FigureNames.nominal(line));
    }

    /** The sum of figures already on the sheet, by their cell names. */
    private static String sum(Figure... figures) {
        return String.join("+", Arrays.stream(figures).map(Figure::name).toList());
    }

    /** A schedule's value in each row of the table, zero where it has none, as the cells hold it. */
    private static double[] rows(Figure schedule, int firstYear, int lastYear) {
        double[] v = new double[lastYear - firstYear + 1];
        for (int year = firstYear; year <= lastYear; year++) {
            int k = year - schedule.firstYear();
            v[year - firstYear] = k >= 0 && k < schedule.byYear().size() ? schedule.byYear().get(k) : 0;
        }
        return v;
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

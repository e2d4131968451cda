package org.wteval.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.wteval.calc.PlantModel;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.pipeline.Evaluation;
import org.wteval.resolve.LhvDistribution;
import org.wteval.resolve.ResolvedTender;

/**
 * The toolkit parameters the evaluation used, one per row in key order, with their source; below them the tender's
 * inputs every bid sheet reads, and the waste's heating value over the year. An assumed value (not yet checked against
 * its source) has its status in capitals on a highlighted cell, so it cannot be overlooked.
 *
 * <p>Every number here is an input cell named for the whole workbook: a parameter by its key with dots as
 * underscores ({@code finance_inflation}), a tender input by its own name ({@code inflation}, which reads the
 * parameter). Change one and every bid sheet and the summary follow.
 */
final class ParametersSheet {

    static final String NAME = "Parameters";
    static final String TENDER_HEADER = "Tender input";

    // The tender's inputs, named for every sheet.
    static final String REAL_RATE = "discountRateReal";
    static final String INFLATION = "inflation";
    static final String ALTERNATIVE_DISPOSAL = "landfillCostPerTonne";
    static final String TONNES_PER_DAY = "tonnesPerDay";
    static final String GROWTH = "wasteGrowthPerYear";
    static final String GUARANTEED = "guaranteedTonnesPerYear";
    static final String CONSTRUCTION_YEARS = "constructionYears";
    static final String CONTRACT_YEARS = "contractYears";
    static final String DEFAULT_MIN_LOAD = "defaultMinLoadShare";
    static final String LHV = "lhvMjPerKg";
    static final String LHV_WEIGHT = "lhvWeight";

    private static final int LAST_COLUMN = 6;

    private final Sheet sheet;
    private final XlsxCells cells;
    private final Evaluation e;
    private final Set<String> named = new HashSet<>();
    private int r;

    private ParametersSheet(Sheet sheet, XlsxCells cells, Evaluation e) {
        this.sheet = sheet;
        this.cells = cells;
        this.e = e;
    }

    static void write(Sheet sheet, XlsxCells cells, Evaluation e) {
        new ParametersSheet(sheet, cells, e).write();
    }

    /** The workbook name of a toolkit parameter's value cell, e.g. {@code finance_inflation}. */
    static String paramName(String key) {
        return key.replaceAll("[^A-Za-z0-9_]", "_");
    }

    private void write() {
        cells.widths(sheet, 44, 14, 22, 10, 8, 11, 60);
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {"Key", "Value", "Unit", "Status", "Layer", "Effective", "Source"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        for (Param p : e.usedParams().values()) {
            Row row = XlsxCells.row(sheet, r);
            cells.text(row, 0, p.key());
            if (p.value() instanceof Double d) {
                cells.number(row, 1, d, cells.input);
                String name = paramName(p.key());
                if (DefinedNames.acceptable(name) && named.add(name.toLowerCase(Locale.ROOT))) {
                    cells.nameForWorkbook(sheet, name, r, 1, r, 1);
                }
            } else if (p.value() instanceof Boolean b) {
                row.createCell(1).setCellValue(b);
            } else {
                cells.text(row, 1, p.text());
            }
            cells.text(row, 2, p.unit());
            if (p.assumed()) {
                cells.text(row, 3, p.status().toUpperCase(Locale.ROOT), cells.assumed);
            } else {
                cells.text(row, 3, p.status());
            }
            cells.text(row, 4, p.setBy());
            cells.text(row, 5, p.effective());
            cells.text(row, 6, p.source());
            r++;
        }
        r++;
        tenderInputs();
        r++;
        lhv();
        sheet.createFreezePane(1, 1);
        cells.print(sheet, true, 0, 0, 0, r - 1, LAST_COLUMN);
    }

    /** The tender's figures the bid sheets' formulas read, each named; a parameter's is a formula over its cell. */
    private void tenderInputs() {
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {TENDER_HEADER, "Value", "Unit", "", "", "", "From"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        ResolvedTender t = e.tender();
        var w = t.tender().waste();
        fromParam(REAL_RATE, "finance.discountRateReal", cells.percent);
        fromParam(INFLATION, "finance.inflation", cells.percent);
        fromParam(ALTERNATIVE_DISPOSAL, "finance.landfillCostPerTonne", cells.decimal);
        fromParam(DEFAULT_MIN_LOAD, PlantModel.DEFAULT_MIN_LOAD_SHARE, cells.percent);
        input(TONNES_PER_DAY, w.tonnesPerDay(), "t/d", "tender: waste.tonnesPerDay, in operating year 1",
                cells.input);
        input(GROWTH, w.growthPerYear(), "fraction/yr", "tender: waste.growthPerYear", cells.inputPercent);
        input(GUARANTEED, t.tender().contract().guaranteedTonnesPerYear(), "t/yr",
                "tender: contract.guaranteedTonnesPerYear (put-or-pay)", cells.input);
        input(CONSTRUCTION_YEARS, t.constructionYears(), "years", "tender: contract.constructionYears",
                cells.input);
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, 0, CONTRACT_YEARS, cells.bold);
        cells.formula(row, 1, CONSTRUCTION_YEARS + "+" + t.operationYears(),
                t.constructionYears() + t.operationYears(), cells.whole);
        cells.text(row, 2, "years");
        cells.text(row, 6, "constructionYears + contract.operationYears (" + t.operationYears()
                + "): the year of the residual value and decommissioning");
        cells.nameForWorkbook(sheet, CONTRACT_YEARS, r, 1, r, 1);
        r++;
    }

    /**
     * A tender input read from a toolkit parameter: a formula over the parameter's cell, or, where the tender sets
     * its own value or the parameter is converted into the evaluation currency, that value as an input.
     */
    private void fromParam(String name, String key, CellStyle style) {
        Figure f = e.tender().param(key);
        Param p = e.usedParams().get(key);
        String cell = paramName(key);
        if (p != null && p.numeric() && p.number() == f.value() && named.contains(cell.toLowerCase(Locale.ROOT))) {
            Row row = XlsxCells.row(sheet, r);
            cells.text(row, 0, name, cells.bold);
            cells.formula(row, 1, cell, f.value(), style);
            cells.text(row, 2, f.unit());
            cells.text(row, 6, "toolkit parameter " + key + " (above)");
            cells.nameForWorkbook(sheet, name, r, 1, r, 1);
            r++;
        } else {
            // A money parameter converted at the tender's rate, or the tender's own figure: its explanation says which.
            String from = key + (f.formula() == null ? "" : ": " + f.formula())
                    + f.origin().text().map(s -> "; " + s).orElse("");
            input(name, f.value(), f.unit(), from, style == cells.percent ? cells.inputPercent : cells.input);
        }
    }

    private void input(String name, double value, String unit, String from, CellStyle style) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, 0, name, cells.bold);
        cells.number(row, 1, value, style);
        cells.text(row, 2, unit);
        cells.text(row, 6, from);
        cells.nameForWorkbook(sheet, name, r, 1, r, 1);
        r++;
    }

    /** The waste's heating value over the year as weighted points: what every plant on the bid sheets burns. */
    private void lhv() {
        LhvDistribution d = e.tender().lhv();
        Row head = XlsxCells.row(sheet, r++);
        String[] titles = {"Heating-value point", LHV, LHV_WEIGHT, "", "", "", "From"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        int first = r;
        for (int i = 0; i < d.size(); i++) {
            Row row = XlsxCells.row(sheet, r++);
            cells.number(row, 0, i + 1, cells.year);
            cells.number(row, 1, d.lhv(i), cells.input);
            cells.number(row, 2, d.weight(i), cells.input);
            if (i == 0) {
                cells.text(row, 6, "tender: " + d.description() + "; LHV in MJ/kg, weight a share of the year");
            }
        }
        cells.nameForWorkbook(sheet, LHV, first, 1, r - 1, 1);
        cells.nameForWorkbook(sheet, LHV_WEIGHT, first, 2, r - 1, 2);
    }
}

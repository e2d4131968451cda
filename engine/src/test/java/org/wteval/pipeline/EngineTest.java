package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.Figure;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.Origin;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.report.JsonReport;

/**
 * The facade works on a case in memory, whatever it was read from: a reader's source map alone decides how every
 * problem and every figure's origin names the user's file and field (here, workbook cells, as a bid-form reader
 * will), and one engine serves several threads at once with the same bytes out.
 */
class EngineTest {

    private static final Engine ENGINE = BundledRules.engine();

    /** Names fields as cells of workbooks, the way an Excel reader would: {@code bids/b1.xlsx: Bid!plant.lines}. */
    private static final SourceMap CELLS = new SourceMap() {
        @Override
        public SourceLocation tender(String fieldPath) {
            return new SourceLocation("tender.xlsx", "Tender!" + fieldPath);
        }

        @Override
        public SourceLocation bid(int index, String fieldPath) {
            return new SourceLocation("bids/b" + (index + 1) + ".xlsx", "Bid!" + fieldPath);
        }

        @Override
        public SourceLocation committee(String fieldPath) {
            return new SourceLocation("committee.xlsx", "Decisions!" + fieldPath);
        }

        @Override
        public SourceLocation scoreSheet(int index, String fieldPath) {
            return new SourceLocation("evaluators/e" + (index + 1) + ".xlsx", "Scores!" + fieldPath);
        }
    };

    private static CaseSource asCells(CaseSource read) {
        return read.withSources(CELLS);
    }

    @Test
    void everyFigureReadFromTheCaseNamesTheReadersLocation() throws Exception {
        Evaluation e = ENGINE.evaluate(asCells(CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh"))));
        List<SourceLocation> read = new ArrayList<>();
        for (BidEvaluation b : e.bids()) {
            b.metrics().figures().values().forEach(f -> collect(f, read));
        }
        collect(e.tenderMetrics().averageLhv(), read);
        assertTrue(read.size() > 100, "the figures read " + read.size() + " case fields");
        for (SourceLocation where : read) {
            assertTrue(where.file().endsWith(".xlsx") && where.path().matches("(Tender|Bid)!.+"),
                    "a case field named outside the reader's map: " + where);
        }
        assertTrue(read.contains(new SourceLocation("bids/b1.xlsx", "Bid!plant.lines")), "bid 1's lines");
        assertTrue(read.contains(new SourceLocation("tender.xlsx", "Tender!waste.composition.food")),
                "the waste composition the GHG account reads");
    }

    @Test
    void everyProblemNamesTheReadersLocation() {
        CaseSource read = CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh"));
        Bid first = read.bids().get(0);
        Bid.Finance f = first.finance();
        // A construction schedule that sums to 0.9, and tender weights outside the toolkit's bounds.
        Bid broken = new Bid(first.id(), first.bidder(), first.currency(), first.plant(), new Bid.Finance(f.capex(),
                List.of(0.3, 0.6), f.fixedOmPerYear(), f.variableOmPerTonne(), f.omEscalationPerYear(),
                f.majorMaintenance(), f.tippingFeePerTonne(), f.tippingFeeIndexationPerYear(),
                f.electricityTariffPerMwh(), f.tariffIndexationPerYear(), f.escalation(), f.replacements(),
                f.residualValue(), f.decommissioningCost(), f.degradationPerYear(), f.financing()), first.jcm());
        List<Bid> bids = new ArrayList<>(read.bids());
        bids.set(0, broken);
        CaseSource source = new CaseSource(read.tender().withWeights(Map.of("efficiency", 0.9, "stability", 0.05,
                "lifecycle", 0.05)), bids, read.committee(), CELLS, read.files(), read.problems());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ENGINE.evaluate(source));
        List<String> where = e.problems().stream().map(p -> p.file() + " " + p.path()).toList();
        assertTrue(where.contains("bids/b1.xlsx Bid!finance.constructionSchedule"), where.toString());
        assertTrue(where.contains("tender.xlsx Tender!weights.efficiency"), where.toString());
        for (InputProblem p : e.problems()) {
            assertTrue(p.file().endsWith(".xlsx"), "a problem named outside the reader's map: " + p);
        }
    }

    @Test
    void oneEngineEvaluatesOnSeveralThreadsWithTheSameBytesOut() throws Exception {
        CaseSource source = CaseFolderReader.read(CaseFolders.sample("id-west-java"));
        byte[] alone = JsonReport.render(ENGINE.evaluate(source));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> JsonReport.render(ENGINE.evaluate(source))));
            }
            for (Future<byte[]> run : runs) {
                assertArrayEquals(alone, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(alone.length, JsonReport.render(ENGINE.evaluate(source)).length);
    }

    private static void collect(Figure f, List<SourceLocation> out) {
        if (f.origin() instanceof Origin.CaseField c) {
            out.add(c.where());
        }
        f.inputs().forEach(i -> collect(i, out));
    }
}

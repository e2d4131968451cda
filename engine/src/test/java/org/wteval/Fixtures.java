package org.wteval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wteval.io.Bundled;
import org.wteval.model.InputProblem;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.Bid;
import org.wteval.model.Param;
import org.wteval.model.SourceLocation;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;
import org.wteval.resolve.ResolvedBid;
import org.wteval.resolve.Resolver;
import org.wteval.resolve.ResolvedTender;

/**
 * Builds small, fully specified tenders, bids and toolkits in code so calculator tests can state every input
 * next to the hand calculation that uses it.
 */
public final class Fixtures {

    /** Names the tender {@code tender.yaml} and the one bid {@code bids/b1.yaml}, as a case folder would. */
    private static final SourceMap SOURCES = new SourceMap() {
        @Override
        public SourceLocation tender(String fieldPath) {
            return new SourceLocation("tender.yaml", fieldPath);
        }

        @Override
        public SourceLocation bid(int index, String fieldPath) {
            return new SourceLocation("bids/b" + (index + 1) + ".yaml", fieldPath);
        }
    };

    private Fixtures() {
    }

    /** The bundled base toolkit with some parameters replaced. */
    public static Toolkit baseToolkit(Map<String, Object> overrides) {
        List<InputProblem> problems = new ArrayList<>();
        Toolkit base = new ToolkitLoader(Bundled.toolkits())
                .load("base", new InputProblem("test", "", "base"), problems).toolkit();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        Map<String, Param> params = new TreeMap<>(base.params());
        overrides.forEach((k, v) -> {
            Param p = params.get(k);
            params.put(k, new Param(k, v, p == null ? "-" : p.unit(), "test override", "2026", Param.ASSUMED,
                    "test"));
        });
        return new Toolkit(base.id(), base.name(), base.layers(), new TreeMap<>(params));
    }

    public static Tender.Waste monthlyWaste(double tonnesPerDay, double growth, double... monthly) {
        return new Tender.Waste(tonnesPerDay, growth, new Tender.LhvInput(null, java.util.Arrays.stream(monthly).boxed().toList()), 0.45,
                new TreeMap<>(Map.of("food", 1.0)), null, false);
    }

    public static Tender tender(Tender.Waste waste, int constructionYears, int operationYears,
                                double guaranteedTonnes) {
        return new Tender("t", "test tender", "base", "USD", 2026, Map.of(), waste,
                new Tender.Contract("BOT", constructionYears, operationYears, guaranteedTonnes, null), Map.of(), null);
    }

    public static Bid.Plant plant(int lines, double minLhv, double designLhv, double maxLhv, double thermalMw,
                                  double mechanicalTph, double grossEff, double auxMw, double hours) {
        return new Bid.Plant("grate", lines, lines * 24 * Math.min(mechanicalTph, 3.6 * thermalMw / designLhv),
                new Bid.CombustionDiagram(minLhv, designLhv, maxLhv, thermalMw, mechanicalTph), grossEff, auxMw,
                hours, new TreeMap<>(Map.of("dust", 5.0)), List.of(), true);
    }

    /** Finance with everything zero except what the test sets through the returned record's copy. */
    public static Bid.Finance finance(double capex, double[] schedule, double fixedOm, double variableOm,
                                      double omEscalation, int mmEvery, double mmCost, double fee,
                                      double feeIndexation, double tariff, double tariffIndexation) {
        return new Bid.Finance(capex, java.util.Arrays.stream(schedule).boxed().toList(), fixedOm, variableOm, omEscalation,
                new Bid.MajorMaintenance(mmEvery, mmCost), fee, feeIndexation, tariff, tariffIndexation, null,
                List.of(), 0, 0, 0, null);
    }

    /** Resolves a tender and one bid, failing the test on any input problem. */
    public static Resolved resolve(Tender t, Toolkit tk, Bid.Plant plant, Bid.Finance finance) {
        return resolve(t, tk, new Bid("B1", "bidder", "USD", plant, finance, null));
    }

    /** Resolves a tender and one bid, failing the test on any input problem. */
    public static Resolved resolve(Tender t, Toolkit tk, Bid bid) {
        List<InputProblem> problems = new ArrayList<>();
        Resolver.ResolvedCase c = Resolver.resolve(t, tk, List.of(bid), SOURCES, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return new Resolved(c.tender(), c.bids().get(0));
    }

    public record Resolved(ResolvedTender tender, ResolvedBid bid) {
    }
}

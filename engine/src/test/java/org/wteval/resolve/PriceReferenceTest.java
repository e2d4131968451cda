package org.wteval.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wteval.Fixtures;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceMap;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;

/** The tender's cost estimate and ceiling are stated in any currency and used in the evaluation currency. */
class PriceReferenceTest {

    private static final Toolkit BASE = Fixtures.baseToolkit(Map.of());

    private static Tender tender(Map<String, Tender.ExchangeRate> rates, Tender.PriceReference p) {
        Tender t = Fixtures.tender(Fixtures.monthlyWaste(200, 0, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8), 1, 10, 73000);
        return new Tender(t.id(), t.title(), t.country(), t.currency(), t.baseYear(), rates, t.waste(), t.contract(),
                t.weights(), null, p, null, t.supportFuelPrices(), t.launchDate());
    }

    @Test
    void pricesInAnotherCurrencyAreConvertedAtTheTendersRate() {
        // 600,000 VND/t at 0.00004 USD per VND = 24 USD/t; 900,000 VND/t = 36 USD/t.
        Tender t = tender(Map.of("VND", new Tender.ExchangeRate(0.00004, "2026-01-02", "test")),
                new Tender.PriceReference(Tender.AUTHORITY_COST_PER_TONNE, "VND", 600_000.0, 900_000.0, "2026-02-01",
                        "feasibility study"));
        List<InputProblem> problems = new ArrayList<>();
        ResolvedPriceReference p = Resolver.resolveTender(t, BASE, SourceMap.inMemory(), problems).priceReference();
        assertEquals(List.of(), problems);
        assertEquals(24, p.ownerEstimate().value(), 1e-12);
        assertEquals(36, p.ceiling().value(), 1e-12);
        assertEquals("USD/t", p.ownerEstimate().unit());
        assertEquals(Tender.AUTHORITY_COST_PER_TONNE, p.basis());
    }

    @Test
    void aPriceInACurrencyWithoutARateIsAnInputError() {
        Tender t = tender(Map.of(), new Tender.PriceReference(Tender.LEVELISED_GATE_FEE, "EUR", 20.0, null, null,
                null));
        List<InputProblem> problems = new ArrayList<>();
        ResolvedPriceReference p = Resolver.resolveTender(t, BASE, SourceMap.inMemory(), problems).priceReference();
        assertNull(p);
        assertEquals(1, problems.size());
        assertEquals("priceReference.currency", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("EUR"), problems.get(0).message());
    }

    @Test
    void aTenderWithoutAPriceReferenceHasNone() {
        List<InputProblem> problems = new ArrayList<>();
        assertNull(Resolver.resolveTender(tender(Map.of(), null), BASE, SourceMap.inMemory(), problems)
                .priceReference());
        assertEquals(List.of(), problems);
    }
}

package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.calc.LifecycleResult;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;

/** The reported break-even gate fee is the fee at which the project's NPV is zero, on a sample case. */
class BreakEvenFeeTest {

    private static final Engine ENGINE = BundledRules.engine();

    private static LifecycleResult lifecycle(Evaluation e, String bidId) {
        return e.bids().stream().filter(b -> b.bidId().equals(bidId)).findFirst().orElseThrow().metrics()
                .lifecycle();
    }

    @Test
    void bacNinhB1AtItsBreakEvenFeeHasAZeroNpv() throws Exception {
        CaseSource read = CaseFolderReader.read(CaseFolders.sample("vn-bac-ninh"));
        Evaluation e = ENGINE.evaluate(read);
        LifecycleResult l = lifecycle(e, "B1");
        // B1 states a residual value, which the old (pvCosts − pvElectricityRevenue) / pvTreatedTonnesReal left out:
        // its 35.36/t, charged the same way, left an NPV of +0.92m; the fee reported now is 34.72/t.
        assertTrue(l.pvResidualValue().value() > 0);
        double breakEven = l.breakEvenGateFeeReal().value();
        double inflation = e.tender().param("finance.inflation").value();
        // Charge it as a real fee: the base-year fee indexed at inflation, in the bid's own currency (USD here).
        List<Bid> bids = new ArrayList<>();
        for (Bid b : read.bids()) {
            if (!b.id().equals("B1")) {
                bids.add(b);
                continue;
            }
            assertEquals(e.tender().currency(), b.currency(), "the fee is set in the evaluation currency");
            Bid.Finance f = b.finance();
            bids.add(new Bid(b.id(), b.bidder(), b.currency(), b.plant(), new Bid.Finance(f.capex(),
                    f.constructionSchedule(), f.fixedOmPerYear(), f.variableOmPerTonne(), f.omEscalationPerYear(),
                    f.majorMaintenance(), breakEven, inflation, f.electricityTariffPerMwh(),
                    f.tariffIndexationPerYear(), f.escalation(), f.replacements(), f.residualValue(),
                    f.decommissioningCost(), f.degradationPerYear(), f.financing()), b.jcm()));
        }
        LifecycleResult at = lifecycle(ENGINE.evaluate(new CaseSource(read.tender(), bids, read.committee(),
                read.sources(), read.files(), read.problems())), "B1");
        assertEquals(0, at.npvProject().value() / at.pvCosts().value(), 1e-6);
        // The fee it reports is unchanged by charging it: it depends on costs, electricity and tonnes only.
        assertEquals(breakEven, at.breakEvenGateFeeReal().value(), 1e-9 * breakEven);
    }
}

package org.wteval.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wteval.rules.RuleFacts.A;
import static org.wteval.rules.RuleFacts.assertFires;
import static org.wteval.rules.RuleFacts.assertSilent;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.wteval.model.Severity;

/**
 * Country rules and toolkit options in the evaluation session — rules/eligibility/contract.drl,
 * rules/eligibility/ph/feedstock.drl, rules/compliance/tariff.drl, rules/compliance/options.drl,
 * rules/compliance/id/tipping-fee.drl, rules/eligibility/id/supply.drl and rules/compliance/ph/emission-monitoring.drl.
 */
class CountryRulesTest {

    @Test
    @DisplayName("PPP-MODALITY-ALLOWED warns when the tender's modality is not in the toolkit's list")
    @Fires("PPP-MODALITY-ALLOWED")
    @Silent("PPP-MODALITY-ALLOWED")
    void modality() {
        RuleFacts f = RuleFacts.baseline().param("ppp.modalitiesAllowed", "DBO");
        assertFires(f.fire(), "PPP-MODALITY-ALLOWED", Finding.TENDER, Severity.WARNING);
        f.modality = "DBO";
        assertSilent(f.fire(), "PPP-MODALITY-ALLOWED");
        assertSilent(RuleFacts.baseline().fire(), "PPP-MODALITY-ALLOWED");
    }

    @Test
    @DisplayName("TARIFF-PPA-TERM warns when operation outlasts the PPA; silent when equal")
    @Fires("TARIFF-PPA-TERM")
    @Silent("TARIFF-PPA-TERM")
    void ppaTerm() {
        RuleFacts f = RuleFacts.baseline().param("tariff.ppaYears", 20.0);
        Finding w = assertFires(f.fire(), "TARIFF-PPA-TERM", Finding.TENDER, Severity.WARNING);
        assertEquals(25, w.measured());
        f.operationYears = 20;
        assertSilent(f.fire(), "TARIFF-PPA-TERM");
    }

    @Test
    @DisplayName("TARIFF-ASSUMPTION warns beyond ±2% of the regulated tariff; silent at the edge and when unregulated")
    @Fires("TARIFF-ASSUMPTION")
    @Silent("TARIFF-ASSUMPTION")
    void tariffAssumption() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).assumedToRegulatedTariff = 1.10;
        assertFires(f.fire(), "TARIFF-ASSUMPTION", A, Severity.WARNING);
        f.bid(A).assumedToRegulatedTariff = 0.90;
        assertFires(f.fire(), "TARIFF-ASSUMPTION", A, Severity.WARNING);
        f.bid(A).assumedToRegulatedTariff = 1 + RuleFacts.TARIFF_TOLERANCE;
        assertSilent(f.fire(), "TARIFF-ASSUMPTION");
        f.bid(A).assumedToRegulatedTariff = Double.NaN;
        assertSilent(f.fire(), "TARIFF-ASSUMPTION");
    }

    @Test
    @DisplayName("JP-EFFICIENCY-SIZE disqualifies below the size threshold only when the toolkit switches it on")
    @Fires("JP-EFFICIENCY-SIZE")
    @Silent("JP-EFFICIENCY-SIZE")
    void japaneseThreshold() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).netEfficiencyDesign = 0.18;
        f.bid(A).japaneseEfficiencyThreshold = 0.19;
        assertSilent(f.fire(), "JP-EFFICIENCY-SIZE");
        f.param("options.japaneseEfficiencyThreshold", true);
        Finding d = assertFires(f.fire(), "JP-EFFICIENCY-SIZE", A, Severity.DISQUALIFY);
        assertEquals(0.19, d.threshold());
        f.bid(A).netEfficiencyDesign = 0.19;
        assertSilent(f.fire(), "JP-EFFICIENCY-SIZE");
    }

    @Test
    @DisplayName("R1-THRESHOLD disqualifies below R1 0.65 only when the toolkit switches it on")
    @Fires("R1-THRESHOLD")
    @Silent("R1-THRESHOLD")
    void r1() {
        RuleFacts f = RuleFacts.baseline();
        f.bid(A).r1Corrected = 0.60;
        assertSilent(f.fire(), "R1-THRESHOLD");
        f.param("options.r1Threshold", true);
        assertFires(f.fire(), "R1-THRESHOLD", A, Severity.DISQUALIFY);
        f.bid(A).r1Corrected = RuleFacts.R1_THRESHOLD;
        assertSilent(f.fire(), "R1-THRESHOLD");
    }

    @Test
    @DisplayName("ID-TIPPING-FEE-CAP warns of a gate fee above the central support per tonne; silent at it")
    @Fires("ID-TIPPING-FEE-CAP")
    @Silent("ID-TIPPING-FEE-CAP")
    void tippingFeeCap() {
        RuleFacts f = RuleFacts.baseline().param("tippingFee.centralSupportCapPerTonne", 500000.0);
        f.bid(A).tippingFeePerTonne = 520000;
        Finding d = assertFires(f.fire(), "ID-TIPPING-FEE-CAP", A, Severity.WARNING);
        assertEquals(500000, d.threshold());
        f.bid(A).tippingFeePerTonne = 500000;
        assertSilent(f.fire(), "ID-TIPPING-FEE-CAP");
    }

    @Test
    @DisplayName("ID-GATE-FEE-ASKED warns on a gate fee where none is payable; silent at no fee or where one is")
    @Fires("ID-GATE-FEE-ASKED")
    @Silent("ID-GATE-FEE-ASKED")
    void gateFeeAsked() {
        RuleFacts f = RuleFacts.baseline().only(A).param("tippingFee.payable", false);
        f.bid(A).tippingFeePerTonne = 400000;
        Finding w = assertFires(f.fire(), "ID-GATE-FEE-ASKED", A, Severity.WARNING);
        assertEquals(400000, w.measured());
        assertEquals(0, w.threshold());
        f.bid(A).tippingFeePerTonne = 0;
        assertSilent(f.fire(), "ID-GATE-FEE-ASKED");
        RuleFacts payable = RuleFacts.baseline().only(A).param("tippingFee.payable", true);
        payable.bid(A).tippingFeePerTonne = 400000;
        assertSilent(payable.fire(), "ID-GATE-FEE-ASKED");
    }

    @Test
    @DisplayName("ID-SUPPLY-MIN warns when the tender's waste is below 1,000 t/d; silent at exactly 1,000")
    @Fires("ID-SUPPLY-MIN")
    @Silent("ID-SUPPLY-MIN")
    void supplyMinimum() {
        RuleFacts f = RuleFacts.baseline().param("supply.minTonnesPerDay", 1000.0);
        f.annualTonnes = 999 * 365; // 999 t/d in the first operating year
        Finding w = assertFires(f.fire(), "ID-SUPPLY-MIN", Finding.TENDER, Severity.WARNING);
        assertEquals(999, w.measured(), 1e-9);
        assertEquals(1000, w.threshold());
        f.annualTonnes = 1000 * 365;
        assertSilent(f.fire(), "ID-SUPPLY-MIN");
        RuleFacts noMinimum = RuleFacts.baseline();
        noMinimum.annualTonnes = 500 * 365;
        assertSilent(noMinimum.fire(), "ID-SUPPLY-MIN");
    }

    @Test
    @DisplayName("PH-FEEDSTOCK-SEGREGATED warns when restricted feedstock is not segregated at source")
    @Fires("PH-FEEDSTOCK-SEGREGATED")
    @Silent("PH-FEEDSTOCK-SEGREGATED")
    void feedstock() {
        RuleFacts f = RuleFacts.baseline().param("feedstock.restriction", "source-segregated-residual");
        f.sourceSegregated = false;
        assertFires(f.fire(), "PH-FEEDSTOCK-SEGREGATED", Finding.TENDER, Severity.WARNING);
        f.sourceSegregated = true;
        assertSilent(f.fire(), "PH-FEEDSTOCK-SEGREGATED");
    }

    @Test
    @DisplayName("PH-CEMS disqualifies a bid without continuous monitoring where the toolkit requires it")
    @Fires("PH-CEMS")
    @Silent("PH-CEMS")
    void cems() {
        RuleFacts f = RuleFacts.baseline().param("gates.bid.requireContinuousMonitoring", true);
        f.bid(A).continuousMonitoring = false;
        assertFires(f.fire(), "PH-CEMS", A, Severity.DISQUALIFY);
        f.bid(A).continuousMonitoring = true;
        assertSilent(f.fire(), "PH-CEMS");
    }
}

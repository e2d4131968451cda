package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;

/** Bad input: exit 2, every problem listed with its file and field, nothing written. */
class BadInputTest {

    @TempDir
    Path tmp;

    @Test
    void everyProblemInEveryFileIsReportedAtOnceAndNothingIsWritten() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Path bids = c.resolve("bids");
        CaseFolders.edit(bids.resolve("b1-nihon-vn.yaml"), "  lines: 2\n", "");
        CaseFolders.edit(bids.resolve("b2-eurogrid.yaml"), "capex: 48000000", "capex: lots");
        CaseFolders.edit(bids.resolve("b3-delta-thermal.yaml"), "availabilityHoursPerYear: 8000",
                "availabilityHoursPerYear: -5");
        CaseFolders.edit(bids.resolve("b4-saigon-lowcost.yaml"), "grossElectricalEfficiency: 0.22",
                "grossElectricalEfficiency: .nan");
        CaseFolders.edit(bids.resolve("b5-hanoi-envirotech.yaml"), "minLhvMjPerKg: 5.2", "minLhvMjPerKg: 7.5");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertAll(
                () -> assertTrue(r.err().contains("bids/b1-nihon-vn.yaml: plant: required property 'lines'"), r.err()),
                () -> assertTrue(r.err().contains("bids/b2-eurogrid.yaml: finance.capex: string found, number expected"),
                        r.err()),
                () -> assertTrue(r.err().contains("bids/b3-delta-thermal.yaml: plant.availabilityHoursPerYear: must "
                        + "have a minimum value of 0"), r.err()),
                () -> assertTrue(r.err().contains("bids/b4-saigon-lowcost.yaml: plant.grossElectricalEfficiency: not "
                        + "valid YAML (line 15, column 34): Malformed numeric value '.nan'"), r.err()),
                () -> assertTrue(r.err().contains("bids/b5-hanoi-envirotech.yaml: plant.combustionDiagram: LHV window "
                        + "must satisfy min <= design <= max, not 7.5 / 7.0 / 10.0"), r.err()));
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    @Test
    void unknownCountryIsReportedWithTheBidsProblems() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "country: vn", "country: xx");
        CaseFolders.edit(c.resolve("bids/b1-nihon-vn.yaml"), "constructionSchedule: [0.4, 0.6]",
                "constructionSchedule: [0.4, 0.5]");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("tender.yaml: country: unknown country 'xx': no toolkit toolkits/xx.yaml exists"),
                r.err());
        assertTrue(r.err().contains("bids/b1-nihon-vn.yaml: finance.constructionSchedule: shares must sum to 1, not 0.9"),
                r.err());
    }

    @Test
    void weightsOutsideTheToolkitBoundsAreReported() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "contract:",
                "weights: {efficiency: 0.10, stability: 0.30, lifecycle: 0.60}\ncontract:");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("tender.yaml: weights.efficiency: 0.1 is outside the bounds [0.15, 0.45] that "
                + "toolkit vn allows (scoring.weightBounds.efficiency)"), r.err());
    }

    @Test
    void aToolkitWhoseOwnWeightsBreakItsBoundsIsReportedWithItsFileAndField() throws Exception {
        Path toolkits = Files.createDirectories(tmp.resolve("toolkits"));
        Files.copy(org.wteval.io.Bundled.toolkits().resolve("base.yaml"), toolkits.resolve("base.yaml"));
        Files.writeString(toolkits.resolve("zz.yaml"), """
                id: zz
                name: Test country
                extends: base
                parameters:
                  scoring:
                    weights:
                      efficiency: {value: 0.10, unit: fraction, source: "a test toolkit weight", effective: "2026", status: assumed}
                      lifecycle: {value: 0.65, unit: fraction, source: "a test toolkit weight", effective: "2026", status: assumed}
                """);
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "country: vn", "country: zz");
        CliRun r = CliRun.of("validate", c.toString(), "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("toolkits/zz.yaml: parameters.scoring.weights.efficiency: 0.1 is outside the "
                + "bounds [0.15, 0.45] that toolkit zz allows"), r.err());
        assertTrue(r.err().contains("toolkits/zz.yaml: parameters.scoring.weights.lifecycle: 0.65 is outside the "
                + "bounds [0.25, 0.6]"), r.err());
        assertTrue(r.err().contains("toolkits/zz.yaml: parameters.scoring.weights: weights must sum to 1, not 1.05"),
                r.err());
    }

    @Test
    void negativeCapexIsReportedWithItsField() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("bids/b1-nihon-vn.yaml"), "capex: 72000000", "capex: -72000000");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("bids/b1-nihon-vn.yaml: finance.capex: must have a minimum value of 0"), r.err());
    }

    @Test
    void aCurrencyWithoutAnExchangeRateIsReportedForBidsAndToolkitMoney() {
        Path c = CaseFolders.copy("id-west-java", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "  USD:\n", "  JPY:\n");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("bids/i1-kanto-green.yaml: currency: no exchange rate from USD to IDR"), r.err());
        assertTrue(r.err().contains("tender.yaml: exchangeRates: no rate for USD, the currency of toolkit parameter "
                + "finance.landfillCostPerTonne"), r.err());
    }

    @Test
    void anAlternativeDisposalCostInACurrencyWithoutARateIsReportedAtItsField() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.writeString(c.resolve("tender.yaml"), Files.readString(c.resolve("tender.yaml"))
                + "alternativeDisposal:\n  costPerTonne: 20\n  currency: EUR\n  source: \"city landfill tariff\"\n");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("tender.yaml: alternativeDisposal.currency: no exchange rate from EUR to USD"),
                r.err());
    }

    @Test
    void aSupportFuelGuaranteeWithoutTheTendersFuelPriceIsReportedAndNothingIsWritten() {
        Path c = CaseFolders.copy("id-west-java", tmp);
        CaseFolders.edit(c.resolve("bids/i1-kanto-green.yaml"), "  grossElectricalEfficiency: 0.27\n",
                "  grossElectricalEfficiency: 0.27\n  supportFuel: {fuel: naturalGas, lowestLhvMjPerKg: 3.5}\n");
        CaseFolders.edit(c.resolve("bids/i3-nusantara-thermal.yaml"), "  lines: ",
                "  supportFuel: {fuel: gasDieselOil, lowestLhvMjPerKg: 5.0}\n  lines: ");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertAll(
                () -> assertTrue(r.err().contains("bids/i1-kanto-green.yaml: plant.supportFuel.fuel: the tender gives "
                        + "no evaluation price for support fuel 'naturalGas' (tender.yaml "
                        + "supportFuelPrices.naturalGas), so its consumption cannot be costed"), r.err()),
                () -> assertTrue(r.err().contains("bids/i3-nusantara-thermal.yaml: plant.supportFuel.fuel: the tender "
                        + "gives no evaluation price for support fuel 'gasDieselOil'"), r.err()),
                // Support firing that starts at the window's own minimum covers nothing.
                () -> assertTrue(r.err().contains("bids/i3-nusantara-thermal.yaml: plant.supportFuel.lowestLhvMjPerKg: "
                        + "support firing must reach below the diagram's minimum LHV 4.8, not 5.0"), r.err()));
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    @Test
    void malformedYamlAndMissingTenderAreReportedWithTheirFile() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("bids/b2-eurogrid.yaml"), "id: B2", "id: [B2");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("bids/b2-eurogrid.yaml: id[0]: not valid YAML (line 3, column 7)"), r.err());

        CliRun missing = CliRun.of("validate", tmp.resolve("nowhere").toString());
        assertEquals(Main.INVALID_INPUT, missing.code());
        assertTrue(missing.err().contains("is not a case folder"), missing.err());
    }

    @Test
    void aBrokenRuleFolderIsInvalidInputNamingTheFile() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules/compliance"));
        Files.writeString(rules.resolve("broken.drl"), "package rules.compliance;\nrule \"X\" when then nothing end\n");
        CliRun r = CliRun.of("evaluate", CaseFolders.sample("vn-bac-ninh").toString(), "--rules", tmp.resolve("rules").toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(Main.INVALID_INPUT, r.code());
        assertTrue(r.err().contains("rules/compliance/broken.drl"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void committeeDecisionsOnAnUnknownOrUnflaggedBidAreReportedAtOnceAndNothingIsWritten() throws Exception {
        // B9 is no bid of the case; B1 has no abnormally-low flag. Both need the judged flags, so they are found
        // after the rules run, but still before anything is written.
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.writeString(c.resolve("committee.yaml"), """
                decisions:
                  - bidId: B9
                    outcome: rejected
                    reason: "price analysis not credible"
                    date: "2026-03-20"
                    decidedBy: "Bid evaluation committee"
                  - bidId: B1
                    outcome: accepted
                    explanationReference: "letter 12"
                    date: "2026-03-20"
                    decidedBy: "Bid evaluation committee"
                """);
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertAll(
                () -> assertTrue(r.err().contains("committee.yaml: decisions[0].bidId: no bid 'B9' in the case"),
                        r.err()),
                () -> assertTrue(r.err().contains("committee.yaml: decisions[1].bidId: bid 'B1' has no abnormally-low "
                        + "flag"), r.err()));
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    @Test
    void anUnknownOutcomeAndAnEstimateInACurrencyWithoutARateAreReportedTogetherAndNothingIsWritten()
            throws Exception {
        // The outcome is checked by the committee file's schema, the estimate's currency when the tender resolves;
        // both are reported in one run.
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("committee.yaml"), "outcome: rejected", "outcome: postponed");
        CaseFolders.edit(c.resolve("tender.yaml"), "  currency: USD\n", "  currency: EUR\n");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertAll(
                () -> assertTrue(r.err().contains("committee.yaml: decisions[0].outcome"), r.err()),
                () -> assertTrue(r.err().contains("tender.yaml: priceReference.currency: no exchange rate from EUR"),
                        r.err()));
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    // ---- committee score sheets (evaluators/*.yaml) ----

    @Test
    void everyProblemInTheScoreSheetsIsReportedWithFileAndFieldAndNothingIsWritten() {
        Path c = CaseFolders.copy("th-songkhla-committee", tmp);
        Path ev = c.resolve("evaluators");
        CaseFolders.edit(ev.resolve("anong.yaml"), "T1: {omPlan: 8,", "T1: {omPlan: 11,");
        CaseFolders.edit(ev.resolve("boonmee.yaml"), "teamExperience: 5, constructionSchedule: 6}",
                "teamExperience: 5}");
        CaseFolders.edit(ev.resolve("chalerm.yaml"), "T3: {omPlan: 6, environmentalManagement: 7, teamExperience: 6, "
                + "constructionSchedule: 6}", "T3: {omPlan: 6, environmentalManagement: 7, teamExperience: 6, "
                + "constructionSchedule: 6, safety: 5}\n  T9: {omPlan: 5}");
        CaseFolders.edit(ev.resolve("duang.yaml"), "  T4:", "  T3: {omPlan: 6, environmentalManagement: 7, "
                + "teamExperience: 6, constructionSchedule: 6}\n  T4:");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertAll(
                () -> assertTrue(r.err().contains("evaluators/anong.yaml: scores.T1.omPlan: score 11 is off the scale "
                        + "0..10"), r.err()),
                () -> assertTrue(r.err().contains("evaluators/boonmee.yaml: scores.T2.constructionSchedule: Boonmee S. "
                        + "(environmental officer) declared no conflict on T2 but did not score it on "
                        + "constructionSchedule"), r.err()),
                () -> assertTrue(r.err().contains("evaluators/chalerm.yaml: scores.T3.safety: unknown sub-criterion "
                        + "'safety'"), r.err()),
                () -> assertTrue(r.err().contains("evaluators/chalerm.yaml: scores.T9: unknown bid 'T9'"), r.err()),
                () -> assertTrue(r.err().contains("evaluators/duang.yaml: scores.T3: Duang R. (external adviser) "
                        + "declared a conflict of interest on T3 and must not score it"), r.err()));
        assertFalse(Files.exists(out), "no output may be written for invalid input");
    }

    @Test
    void scoreSheetsUnderAToolkitWithoutSubCriteriaAreReported() {
        Path c = CaseFolders.copy("th-songkhla-committee", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "country: th-committee", "country: th");
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        for (String sheet : new String[] {"anong", "boonmee", "chalerm", "duang"}) {
            assertTrue(r.err().contains("evaluators/" + sheet + ".yaml: scores: toolkit th declares no technical "
                    + "sub-criteria (committee.subCriteria)"), r.err());
        }
    }

    @Test
    void aToolkitWithCommitteeScoringAndNoScoreSheetIsReported() throws Exception {
        Path c = CaseFolders.copy("th-songkhla-committee", tmp);
        try (var files = Files.list(c.resolve("evaluators"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(c.resolve("evaluators"));
        CliRun r = CliRun.of("validate", c.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("evaluators: toolkit th-committee has a committee score the technical proposals, "
                + "but the case has no score sheet (evaluators/*.yaml)"), r.err());
    }

    @Test
    void anUnknownAggregationInAToolkitIsReportedWithItsFileAndField() throws Exception {
        Path toolkits = Files.createDirectories(tmp.resolve("toolkits"));
        for (String layer : new String[] {"base", "th", "th-committee"}) {
            Files.copy(org.wteval.io.Bundled.toolkits().resolve(layer + ".yaml"), toolkits.resolve(layer + ".yaml"));
        }
        CaseFolders.edit(toolkits.resolve("th-committee.yaml"), "    technicalShare:", String.join("\n",
                "    aggregation:",
                "      value: trimmed-mean",
                "      unit: rule",
                "      source: \"a rule the engine does not know\"",
                "      effective: \"2026\"",
                "      status: assumed",
                "    technicalShare:"));
        CliRun r = CliRun.of("validate", CaseFolders.root().resolve("cases/th-songkhla-committee").toString(),
                "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("toolkits/th-committee.yaml: parameters.committee.aggregation.value"), r.err());
    }

    @Test
    void publishedAnchorScoringWithoutAPriceReferenceIsAnInputErrorAtTheTendersField() throws Exception {
        Path c = CaseFolders.copy("id-west-java", tmp);
        Path tender = c.resolve("tender.yaml");
        String text = Files.readString(tender);
        CaseFolders.edit(tender, text.substring(text.indexOf("# The published price reference")), "");
        CliRun r = CliRun.of("evaluate", c.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("tender.yaml: priceReference"), r.err());
        assertTrue(r.err().contains("the tender states no price reference"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written");
    }

    @Test
    void aBidFileThatWouldNotBeReadIsReportedNotSkipped() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Path bids = c.resolve("bids");
        Files.move(bids.resolve("b5-hanoi-envirotech.yaml"), bids.resolve("b5-hanoi-envirotech.YAML"));
        Files.createDirectories(bids.resolve("late"));
        Files.copy(bids.resolve("b1-nihon-vn.yaml"), bids.resolve("late/b6.yaml"));
        Files.writeString(bids.resolve("b7.txt"), "id: b7\n");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("bids/late/: is a folder inside bids/, which is not read"), r.err());
        assertTrue(r.err().contains("bids/b7.txt: is not a .yaml, .yml or .json file"), r.err());
        assertFalse(r.err().contains("b5-hanoi-envirotech"), "an upper-case suffix is read: " + r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aBidWrittenInYaml11NumbersIsRefusedAtItsFieldAndNothingIsWritten() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("bids/b2-eurogrid.yaml"), "capex: 48000000", "capex: 072000000");
        Path out = tmp.resolve("out");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("bids/b2-eurogrid.yaml: finance.capex: '072000000' is not a plain decimal number"),
                r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aJavaErrorEndsInOneLineWithoutAStackTraceUnlessDebugIsAsked() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        for (Throwable error : new Throwable[] {new StackOverflowError(), new OutOfMemoryError("Java heap space")}) {
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"evaluate", c.toString()}, new PrintWriter(new StringWriter(), true),
                    new PrintWriter(err, true), (rules, toolkits) -> {
                        throw (Error) error;
                    });
            assertEquals(Main.BUG, code);
            assertEquals(2, err.toString().lines().count(), err.toString());
            assertFalse(err.toString().contains("\tat "), err.toString());
            assertTrue(err.toString().contains("nothing was written"), err.toString());
        }
        StringWriter err = new StringWriter();
        Main.run(new String[] {"evaluate", c.toString(), "--debug"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true), (rules, toolkits) -> {
                    throw new StackOverflowError();
                });
        assertTrue(err.toString().contains("\tat "), "--debug prints the stack: " + err);
    }

    @Test
    void anOutFolderThatCannotBeWrittenIsReportedWithTheInputsProblems() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("bids/b2-eurogrid.yaml"), "capex: 48000000", "capex: lots");
        Path file = Files.writeString(tmp.resolve("out"), "a file");

        CliRun r = CliRun.of("evaluate", c.toString(), "--out", file.toString());

        assertEquals(Main.INVALID_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("--out " + file + ": is a file, not a folder"), r.err());
        assertTrue(r.err().contains("bids/b2-eurogrid.yaml: finance.capex"), r.err());
        assertEquals("a file", Files.readString(file));
    }

    /** A copy of the bundled toolkits, whose files a test may edit. */
    private Path toolkitsCopy() throws Exception {
        Path toolkits = Files.createDirectories(tmp.resolve("toolkits"));
        for (String f : new String[] {"base.yaml", "id.yaml"}) {
            Files.copy(org.wteval.io.Bundled.toolkits().resolve(f), toolkits.resolve(f));
        }
        return toolkits;
    }

    @Test
    void toolkitVersionsWhosePeriodsOverlapAreReportedWithTheBidsProblemsAndNothingIsWritten() throws Exception {
        Path toolkits = toolkitsCopy();
        // The Perpres 35/2018 version made to run past the day Perpres 109/2025 took effect.
        CaseFolders.edit(toolkits.resolve("id.yaml"), "until: \"2025-10-09\"", "until: \"2025-12-31\"");
        Path c = CaseFolders.copy("id-west-java", tmp);
        CaseFolders.edit(c.resolve("bids/i1-kanto-green.yaml"), "capex: ", "capex: -");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString(), "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertAll(
                () -> assertTrue(r.err().contains("toolkits/id.yaml: versions[1].effective: the version in force from "
                        + "2025-10-10 overlaps versions[0], in force 2018-04-16 to 2025-12-31"), r.err()),
                () -> assertTrue(r.err().contains("bids/i1-kanto-green.yaml: finance.capex: must have a minimum "
                        + "value of 0"), r.err()));
        assertFalse(Files.exists(out), "nothing is written");

        CliRun show = CliRun.of("toolkit", "show", "id", "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, show.code(), show.out());
        assertTrue(show.err().contains("toolkits/id.yaml: versions[1].effective: the version in force from "
                + "2025-10-10 overlaps"), show.err());
    }

    @Test
    void twoVersionsTakingEffectOnTheSameDayOverlap() throws Exception {
        Path toolkits = toolkitsCopy();
        CaseFolders.edit(toolkits.resolve("id.yaml"), "effective: \"2025-10-10\"\n    law:",
                "effective: \"2018-04-16\"\n    law:");
        CaseFolders.edit(toolkits.resolve("id.yaml"), "    until: \"2025-10-09\"\n", "");
        CliRun r = CliRun.of("toolkit", "show", "id", "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("toolkits/id.yaml: versions[1].effective: the version in force from 2018-04-16 "
                + "overlaps versions[0], in force from 2018-04-16 until the next version"), r.err());
    }

    @Test
    void aParameterSetBothInTheCommonPartAndInAVersionIsReportedWithAnOverlapAtOnce() throws Exception {
        Path toolkits = toolkitsCopy();
        Path id = toolkits.resolve("id.yaml");
        CaseFolders.edit(id, "until: \"2025-10-09\"", "until: \"2025-12-31\"");
        CaseFolders.edit(id, "parameters:\n  ghg:\n", "parameters:\n  tariff:\n    ppaYears: {value: 20, unit: years, "
                + "source: \"a test value for the common part\", effective: \"2026\", status: assumed}\n  ghg:\n");
        CliRun r = CliRun.of("toolkit", "show", "id", "--toolkits", toolkits.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out());
        assertAll(
                () -> assertTrue(r.err().contains("toolkits/id.yaml: versions[0].parameters.tariff.ppaYears: is also "
                        + "set in the common parameters"), r.err()),
                () -> assertTrue(r.err().contains("toolkits/id.yaml: versions[1].parameters.tariff.ppaYears: is also "
                        + "set in the common parameters"), r.err()),
                () -> assertTrue(r.err().contains("toolkits/id.yaml: versions[1].effective: the version in force from "
                        + "2025-10-10 overlaps versions[0]"), r.err()));
    }

    @Test
    void aLaunchDateNoToolkitVersionCoversIsReportedAtTheTendersFieldWithTheOtherProblems() {
        Path c = CaseFolders.copy("id-west-java", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "launchDate: \"2025-09-15\"", "launchDate: \"2017-06-01\"");
        CaseFolders.edit(c.resolve("bids/i1-kanto-green.yaml"), "capex: ", "capex: -");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertAll(
                () -> assertTrue(r.err().contains("tender.yaml: launchDate: no version of toolkits/id.yaml is in force "
                        + "on 2017-06-01; its versions: 2018-04-16 to 2025-10-09 (Perpres 35/2018"), r.err()),
                () -> assertTrue(r.err().contains("bids/i1-kanto-green.yaml: finance.capex: must have a minimum "
                        + "value of 0"), r.err()));
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aTenderWithoutALaunchDateUnderAVersionedToolkitIsReportedAndNothingIsWritten() {
        Path c = CaseFolders.copy("id-west-java", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "launchDate: \"2025-09-15\"\n", "");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("evaluate", c.toString(), "--out", out.toString());
        assertEquals(Main.INVALID_INPUT, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("tender.yaml: launchDate: is required: toolkit id has versions by effective date"),
                r.err());
        assertFalse(Files.exists(out), "nothing is written");
    }

    @Test
    void aDayNoVersionCoversOnTheCommandLineIsReportedAgainstTheArgument() {
        CliRun r = CliRun.of("toolkit", "show", "id", "--on", "2010-01-01");
        assertEquals(Main.INVALID_INPUT, r.code(), r.out());
        assertTrue(r.err().contains("command line: --on: no version of toolkits/id.yaml is in force on 2010-01-01"),
                r.err());
        CliRun d = CliRun.of("toolkit", "diff", "id@2010-01-01", "id@someday");
        assertEquals(Main.INVALID_INPUT, d.code(), d.out());
        assertTrue(d.err().contains("command line: CC1: no version of toolkits/id.yaml is in force on 2010-01-01"),
                d.err());
        assertTrue(d.err().contains("command line: CC2: 'someday' is not a date (YYYY-MM-DD)"), d.err());
    }
}

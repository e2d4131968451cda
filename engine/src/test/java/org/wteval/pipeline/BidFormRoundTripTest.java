package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BidForms;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.BidForm;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.model.Sha256;
import org.wteval.optimise.award.LotAwardAnalysis;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.report.AwardReport;
import org.wteval.report.JsonReport;

/**
 * Every sample bid through its Excel form and back gives the same evaluation as its YAML. For each sample case, every
 * {@code bids/*.yaml} is replaced by the form filled with it ({@code bids/*.xlsx}, the same name), the case is
 * evaluated again (awarded, for the tender with lots), and the output compared byte for byte with the YAML case's.
 * Replacing all bids of a case at once sends every sample bid through the form with one evaluation per case; a case
 * mixing YAML and workbook bids is read in {@code BidWorkbookReaderTest}.
 *
 * <p>The two outputs must name their inputs honestly, so three kinds of text differ and nothing else: a bid's file
 * name ({@code bids/b1.xlsx} for {@code bids/b1.yaml}); a field's origin, which names its cell
 * ({@code bids/b1.xlsx: Plant!B6 (plant.lines)} for {@code bids/b1.yaml: plant.lines}; the cell is checked to be the
 * one the form puts the field in); and in the audit each bid file's SHA-256 and the digest of all inputs. The test
 * maps the first two back and then allows exactly the audit's digest lines to differ, each checked against the
 * xlsx file's own SHA-256. Every figure, score, finding and ranking, down to the last digit of every double, must
 * then be the same bytes.
 */
class BidFormRoundTripTest {

    private static final Pattern ORIGIN = Pattern.compile("bids/([^\"/:]+)\\.xlsx: (\\S+!\\$?[A-Z]+\\$?[0-9]+) "
            + "\\(([^()]*)\\)");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everySampleBidEvaluatesTheSameFromItsForm() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.list(CaseFolders.root().resolve("cases"))) {
            cases = s.filter(p -> Files.isRegularFile(p.resolve(CaseFolderReader.TENDER_FILE))).sorted().toList();
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> roundTrip(c)));
    }

    private void roundTrip(Path sample) throws Exception {
        String id = sample.getFileName().toString();
        Path yamlCase = CaseFolders.copy(id, tmp.resolve("yaml"));
        Path formCase = CaseFolders.copy(id, tmp.resolve("xlsx"));
        BidForm form = BidForms.form(yamlCase);
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(yamlCase.resolve(CaseFolderReader.BIDS_DIR))) {
            for (Path bid : s.sorted().toList()) {
                String name = bid.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.'));
                byte[] xlsx = BidForms.filled(yamlCase, CaseFolderReader.BIDS_DIR + "/" + name);
                Files.delete(formCase.resolve(CaseFolderReader.BIDS_DIR).resolve(name));
                Files.write(formCase.resolve(CaseFolderReader.BIDS_DIR).resolve(stem + ".xlsx"), xlsx);
                workbooks.put(stem, xlsx);
            }
        }
        CaseSource fromForms = CaseFolderReader.read(formCase);
        assertEquals(List.of(), fromForms.problems(), id);
        assertEquals(CaseFolderReader.read(yamlCase).bids(), fromForms.bids(), id + ": the same bids in memory");

        String expected = output(CaseFolderReader.read(yamlCase));
        String actual = output(fromForms);
        String mapped = mappedBack(actual, form, id);
        List<String> a = mapped.lines().toList();
        List<String> e = expected.lines().toList();
        assertEquals(e.size(), a.size(), id + ": same number of lines");
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < e.size(); i++) {
            if (!e.get(i).equals(a.get(i))) {
                differing.add(a.get(i).trim());
                boolean digest = a.get(i).trim().startsWith("\"inputsSha256\"")
                        || (a.get(i).trim().startsWith("\"sha256\"") && a.get(i - 1).contains("\"bids/"));
                assertTrue(digest, id + ": line " + (i + 1) + " differs beyond an input digest:\n  yaml: " + e.get(i)
                        + "\n  xlsx: " + a.get(i));
                if (!a.get(i).contains("inputsSha256")) {
                    String stem = a.get(i - 1).replaceFirst(".*\"bids/([^\"]+)\\.yaml\".*", "$1");
                    assertEquals("\"sha256\" : \"" + Sha256.hex(workbooks.get(stem)) + "\"", a.get(i).trim()
                            .replaceFirst(",$", ""), id + ": the audit records the workbook's own digest");
                }
            }
        }
        // An evaluation's audit gives each bid file's digest, and they differ (a workbook is not its YAML), with the
        // digest of all inputs; award.json records no input files, so the award must be the same bytes.
        assertEquals(fromForms.tender().hasLots() ? 0 : workbooks.size() + 1, differing.size(), id + ": " + differing);
    }

    /** evaluation.json, or award.json for a tender divided into lots. */
    private static String output(CaseSource source) throws Exception {
        byte[] out = source.tender().hasLots()
                ? AwardReport.json(LotAwardAnalysis.of(BundledRules.engine(),
                        new LotAwardSolver(AwardSolverSettings.DEFAULT), source))
                : JsonReport.render(BundledRules.engine().evaluate(source));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Origins and file names as the YAML case gives them, each cell checked to be the field's cell in the form. */
    private static String mappedBack(String json, BidForm form, String id) {
        Matcher m = ORIGIN.matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String where = m.group(2) + " (" + m.group(3) + ")";
            assertEquals(form.locate(m.group(3)), where, id + ": the origin names the field's cell");
            m.appendReplacement(out, Matcher.quoteReplacement("bids/" + m.group(1) + ".yaml: " + m.group(3)));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\"bids/([^\"/]+)\\.xlsx\"", "\"bids/$1.yaml\"");
    }
}

package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BidForms;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;

/**
 * A bidder fills the form in a spreadsheet program and saves it: the program rewrites the file its own way (LibreOffice
 * Calc, for one, adds a second formula of 0 to every one-operand validation and reorders every attribute). The form
 * must still read back, to the same evaluation as the YAML bids it was filled from.
 */
class BidFormResaveTest {

    @TempDir
    Path work;

    @Test
    @DisplayName("every Bac Ninh bid, filled into its form and saved again by LibreOffice Calc, evaluates as its YAML")
    void formsSavedByLibreOfficeReadBack() throws Exception {
        Path yamlCase = CaseFolders.copy("vn-bac-ninh", work.resolve("yaml"));
        Path formCase = CaseFolders.copy("vn-bac-ninh", work.resolve("forms"));
        Path filled = Files.createDirectories(work.resolve("filled"));
        List<Path> forms = new ArrayList<>();
        try (Stream<Path> bids = Files.list(yamlCase.resolve(CaseFolderReader.BIDS_DIR))) {
            for (Path yaml : bids.sorted().toList()) {
                String name = yaml.getFileName().toString();
                Path form = filled.resolve(name.replace(".yaml", ".xlsx"));
                Files.write(form, BidForms.filled(yamlCase, CaseFolderReader.BIDS_DIR + "/" + name));
                forms.add(form);
                Files.delete(formCase.resolve(CaseFolderReader.BIDS_DIR).resolve(name));
            }
        }
        assertEquals(5, forms.size());
        Path resaved = work.resolve("resaved");
        LibreOffice.convert(forms, "xlsx", resaved, work);
        for (Path form : forms) {
            Path saved = LibreOffice.converted(form, "xlsx", resaved);
            assertTrue(Files.mismatch(saved, form) >= 0, "LibreOffice rewrote " + form.getFileName());
            Files.copy(saved, formCase.resolve(CaseFolderReader.BIDS_DIR).resolve(form.getFileName()));
        }
        assertEquals(comparable(yamlCase), comparable(formCase));
    }

    /** The evaluation without what names the input files (their names, digests and the cells figures came from). */
    private static String comparable(Path caseDir) throws Exception {
        String json = new String(JsonReport.render(BundledRules.engine().evaluate(CaseFolderReader.read(caseDir))),
                StandardCharsets.UTF_8);
        return json.lines().filter(l -> !l.contains("sha256") && !l.contains("Sha256") && !l.contains("\"file\"")
                && !l.contains("\"origin\"")).collect(Collectors.joining("\n"));
    }
}

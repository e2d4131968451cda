package org.wteval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wteval.io.BidForm;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.Bid;
import org.wteval.model.InputProblem;
import org.wteval.model.Tender;
import org.wteval.pipeline.Engine;
import org.wteval.report.BidFormWorkbook;

/** Bid forms for tests, made through the same library calls as {@code wte form}, and edits of them. */
public final class BidForms {

    private BidForms() {
    }

    public static BidForm form(Path caseDir) {
        return BidForm.of(tender(caseDir));
    }

    /** The blank form of a case. */
    public static byte[] blank(Path caseDir) {
        return render(caseDir, Map.of());
    }

    /** The form of a case filled with one of its YAML bids ({@code bids/b1.yaml}). */
    public static byte[] filled(Path caseDir, String bidFile) {
        List<InputProblem> problems = new ArrayList<>();
        Bid bid = CaseFolderReader.readBid(caseDir, bidFile, problems);
        if (bid == null) {
            throw new IllegalStateException(problems.toString());
        }
        return filled(caseDir, bid);
    }

    /** The form of a case filled with {@code bid}. */
    public static byte[] filled(Path caseDir, Bid bid) {
        List<InputProblem> problems = new ArrayList<>();
        Map<BidForm.Input, Object> values = form(caseDir).valuesOf(bid, "bid", problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return render(caseDir, values);
    }

    private static byte[] render(Path caseDir, Map<BidForm.Input, Object> values) {
        Tender t = tender(caseDir);
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader.Loaded tk = new ToolkitLoader(Bundled.toolkits()).load(t.country(),
                new ToolkitLoader.On(t.launchDate() == null ? null : java.time.LocalDate.parse(t.launchDate()), null),
                new InputProblem("tender.yaml", "country", "unknown"), problems);
        if (tk == null) {
            throw new IllegalStateException(problems.toString());
        }
        return BidFormWorkbook.render(BidForm.of(t), tk.toolkit(), values, Engine.VERSION);
    }

    private static Tender tender(Path caseDir) {
        List<InputProblem> problems = new ArrayList<>();
        Tender t = CaseFolderReader.readTender(caseDir, problems);
        if (t == null) {
            throw new IllegalStateException(problems.toString());
        }
        return t;
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook with {@code edit} applied, as a user's spreadsheet program would save it. */
    public static byte[] edited(byte[] xlsx, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = open(xlsx)) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

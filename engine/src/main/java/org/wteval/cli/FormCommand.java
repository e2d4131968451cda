package org.wteval.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wteval.io.BidForm;
import org.wteval.io.CaseFolderReader;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.Bid;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceLocation;
import org.wteval.model.Tender;
import org.wteval.pipeline.Engine;
import org.wteval.report.BidFormWorkbook;
import org.wteval.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte form CASE [--bid FILE] [--out DIR]}: the Excel bid form of a tender, blank or filled with one bid. */
@Command(name = "form", mixinStandardHelpOptions = true,
        description = "Write bid-form.xlsx, the Excel form bidders fill for this tender (one sheet per part of the "
                + "bid, units and meanings beside every cell, checks on every input); evaluate and validate read a "
                + "filled form saved as bids/<name>.xlsx.")
final class FormCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (its tender.yaml; no bids needed).")
    Path caseDir;

    @Option(names = "--bid", paramLabel = "FILE",
            description = "A YAML bid of the case, relative to CASE (bids/b1.yaml): write the form filled with it.")
    String bid;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/form), replaced as a whole; it may hold only files the "
                    + "engine writes.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(caseDir.resolve("form"), "CASE/form", problems);
        Tender tender = CaseFolderReader.readTender(caseDir, problems);
        if (tender == null) {
            throw new InvalidInputException(problems);
        }
        ToolkitLoader.Loaded toolkit = new ToolkitLoader(sources.toolkits()).load(tender.country(),
                launchDate(tender, problems), new InputProblem(CaseFolderReader.TENDER_FILE, "country",
                        "unknown country"), problems);
        BidForm form = BidForm.of(tender);
        Map<BidForm.Input, Object> values = Map.of();
        if (bid != null) {
            Bid b = CaseFolderReader.readBid(caseDir, bid, problems);
            if (b != null) {
                values = form.valuesOf(b, bid, problems);
            }
        }
        InvalidInputException.throwIfAny(problems);
        folder.write(Map.of(BidFormWorkbook.FILE, OutputFolder.Content.of(BidFormWorkbook.render(form,
                toolkit.toolkit(), values, Engine.VERSION))));
        return print("wrote " + folder.path().resolve(BidFormWorkbook.FILE) + System.lineSeparator());
    }

    /** The toolkit versions in force on the tender's launch date, as the evaluation will apply them. */
    private static ToolkitLoader.On launchDate(Tender tender, List<InputProblem> problems) {
        SourceLocation where = new SourceLocation(CaseFolderReader.TENDER_FILE, "launchDate");
        if (tender.launchDate() == null) {
            return new ToolkitLoader.On(null, where);
        }
        try {
            return new ToolkitLoader.On(LocalDate.parse(tender.launchDate()), where);
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.at(where, "is not a date (YYYY-MM-DD): '" + tender.launchDate() + "'"));
            return new ToolkitLoader.On(null, null);
        }
    }
}

package org.wteval.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Evaluation;
import org.wteval.io.CaseFolderReader;
import org.wteval.report.ConsoleReport;
import org.wteval.report.HtmlReport;
import org.wteval.report.JsonReport;
import org.wteval.report.OutputFolder;
import org.wteval.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte evaluate CASE [--out DIR] [--xlsx] [--html]}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case: print the ranking and write evaluation.json and ranking.txt "
                + "(and evaluation.xlsx with --xlsx, evaluation.html with --html).")
final class EvaluateCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (tender.yaml and bids/).")
    Path caseDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/out), replaced as a whole and only if the evaluation "
                    + "succeeds; it may hold only files the engine writes.")
    Path out;

    @Option(names = "--xlsx",
            description = "Also write evaluation.xlsx: the schedules with totals, present values and levelised costs "
                    + "as live formulas.")
    boolean xlsx;

    @Option(names = "--html",
            description = "Also write evaluation.html: one self-contained page with the ranking, findings, toolkit "
                    + "values, audit digests and charts, to read offline, print and sign.")
    boolean html;

    @Override
    public Integer call() throws Exception {
        if (xlsx) {
            // The workbook library loads on the other core while this one reads and evaluates the case.
            CompletableFuture.runAsync(XlsxReport::prepare);
        }
        List<InputProblem> problems = new ArrayList<>();
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(caseDir.resolve("out"), "CASE/out", problems);
        Evaluation e;
        try {
            e = engine().evaluate(CaseFolderReader.read(caseDir));
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidInputException(problems);
        }
        InvalidInputException.throwIfAny(problems);
        // The workbook is built on another thread while evaluation.json is written: on a large tender each takes
        // seconds, and they share nothing but the evaluation, which neither changes.
        CompletableFuture<byte[]> workbook = xlsx ? CompletableFuture.supplyAsync(() -> XlsxReport.render(e)) : null;
        String table = ConsoleReport.render(e);
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        files.put(JsonReport.FILE, out -> JsonReport.write(e, out));
        files.put(ConsoleReport.FILE, OutputFolder.Content.of(table.getBytes(StandardCharsets.UTF_8)));
        if (xlsx) {
            files.put(XlsxReport.FILE, out -> out.write(joined(workbook)));
        }
        if (html) {
            files.put(HtmlReport.FILE, OutputFolder.Content.of(HtmlReport.render(e)));
        }
        folder.write(files);
        StringBuilder wrote = new StringBuilder(table);
        for (String name : files.keySet()) {
            wrote.append("wrote ").append(folder.path().resolve(name)).append(System.lineSeparator());
        }
        return print(wrote.toString());
    }

    /** The workbook once built; its failure is thrown as itself, as if it had been built on this thread. */
    private static byte[] joined(CompletableFuture<byte[]> workbook) {
        try {
            return workbook.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (failed.getCause() instanceof Error err) {
                throw err;
            }
            throw failed;
        }
    }
}

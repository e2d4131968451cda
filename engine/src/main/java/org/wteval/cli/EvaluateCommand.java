package org.wteval.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wteval.pipeline.Evaluation;
import org.wteval.io.CaseFolderReader;
import org.wteval.report.AtomicFiles;
import org.wteval.report.ConsoleReport;
import org.wteval.report.JsonReport;
import org.wteval.report.XlsxReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte evaluate CASE [--out DIR] [--xlsx]}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a case: print the ranking and write evaluation.json and ranking.txt "
                + "(and evaluation.xlsx with --xlsx).")
final class EvaluateCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (tender.yaml and bids/).")
    Path caseDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/out). Written only if the evaluation succeeds.")
    Path out;

    @Option(names = "--xlsx",
            description = "Also write evaluation.xlsx: the schedules with totals, present values and levelised costs "
                    + "as live formulas.")
    boolean xlsx;

    @Override
    public Integer call() throws Exception {
        Evaluation e = engine().evaluate(CaseFolderReader.read(caseDir));
        String table = ConsoleReport.render(e);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(JsonReport.FILE, JsonReport.render(e));
        files.put("ranking.txt", table.getBytes(StandardCharsets.UTF_8));
        if (xlsx) {
            files.put(XlsxReport.FILE, XlsxReport.render(e));
        }
        Path dir = out != null ? out : caseDir.resolve("out");
        AtomicFiles.write(dir, files);
        StringBuilder wrote = new StringBuilder(table);
        for (String name : files.keySet()) {
            wrote.append("wrote ").append(dir.resolve(name)).append(System.lineSeparator());
        }
        return print(wrote.toString());
    }
}

package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.io.ocds.ImportedCase;
import org.wteval.io.ocds.OcdsPackageReader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte import-ocds FILE [--out DIR]}. */
@Command(name = "import-ocds", mixinStandardHelpOptions = true,
        description = "Build a case folder (tender.yaml, bids/) from an OCDS 1.1 release package, and list in "
                + ImportedCase.MISSING + " every field the evaluation needs that OCDS does not carry.")
final class ImportOcdsCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "OCDS release package (JSON) of one contracting "
            + "process.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Case folder to create (default: the tender's id, beside FILE); it must be new or empty, "
                    + "so that a case already being completed is never replaced.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        ImportedCase imported;
        try {
            imported = OcdsPackageReader.read(file);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            if (out != null) {
                OutputFolder.at(out, "--out", problems);
            }
            throw new InvalidInputException(problems);
        }
        Path dir = out != null ? out : file.toAbsolutePath().resolveSibling(imported.tenderId());
        OutputFolder folder = OutputFolder.at(dir, out != null ? "--out" : "FILE's folder/" + imported.tenderId(),
                problems);
        InvalidInputException.throwIfAny(problems);
        String name = file.getFileName().toString();
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        imported.files(name).forEach((path, bytes) -> files.put(path, OutputFolder.Content.of(bytes)));
        folder.write(files);
        return print(imported.missingText(name) + "wrote the incomplete case folder " + folder.path()
                + System.lineSeparator());
    }
}

package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.report.OutputFolder;
import org.wteval.report.ocds.OcdsOutcome;
import org.wteval.report.ocds.OcdsReleasePackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte export-ocds CASE [--out DIR] [--ocid-prefix P] [--publisher NAME] [--buyer NAME] ...}. */
@Command(name = "export-ocds", mixinStandardHelpOptions = true,
        description = "Evaluate a case (and award its lots) and publish it as open data: write "
                + OcdsReleasePackage.FILE + ", an OCDS 1.1 release package with the tender, its lots and award "
                + "criteria, every bid with its status, rank and scores, the awards and the PPP evaluation "
                + "indicators.")
final class ExportOcdsCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (tender.yaml and bids/).")
    Path caseDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/ocds), replaced as a whole and only if the export succeeds; "
                    + "it may hold only files the engine writes.")
    Path out;

    @Option(names = "--ocid-prefix", paramLabel = "PREFIX",
            description = "The publisher's ocid prefix, registered with the Open Contracting Partnership "
                    + "(default: ${DEFAULT-VALUE}, which is not registered). The ocid is PREFIX-TENDERID.")
    String ocidPrefix = OcdsReleasePackage.DEFAULT_OCID_PREFIX;

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publishing organisation "
            + "(default: ${DEFAULT-VALUE}).")
    String publisher = OcdsReleasePackage.Publication.defaults().publisher();

    @Option(names = "--buyer", paramLabel = "NAME", description = "The contracting authority, which the case does "
            + "not name (default: ${DEFAULT-VALUE}).")
    String buyer = OcdsReleasePackage.Publication.defaults().buyer();

    @Option(names = "--package-uri", paramLabel = "URI", description = "Where the package is published "
            + "(default: urn:ocid: and the ocid).")
    String packageUri;

    @Option(names = "--extension-url", paramLabel = "URL", description = "Where the publisher hosts the wte-eval "
            + "evaluation details extension's extension.json (default: ${DEFAULT-VALUE}).")
    String extensionUrl = OcdsReleasePackage.DEFAULT_EXTENSION_URL;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(caseDir.resolve("ocds"), "CASE/ocds", problems);
        OcdsReleasePackage.Publication publication = new OcdsReleasePackage.Publication(ocidPrefix, publisher,
                buyer, packageUri, extensionUrl);
        if (publication.prefixProblem() != null) {
            problems.add(new InputProblem("--ocid-prefix " + ocidPrefix, "", publication.prefixProblem()));
        }
        OcdsOutcome outcome;
        try {
            outcome = OcdsOutcome.of(engine(), CaseFolderReader.read(caseDir));
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidInputException(problems);
        }
        InvalidInputException.throwIfAny(problems);
        folder.write(Map.of(OcdsReleasePackage.FILE,
                OutputFolder.Content.of(OcdsReleasePackage.render(outcome, publication))));
        return print("wrote " + folder.path().resolve(OcdsReleasePackage.FILE) + System.lineSeparator());
    }
}

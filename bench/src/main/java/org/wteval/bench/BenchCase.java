package org.wteval.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.ValidatedCase;

/** Loads the case folder a benchmark measures. */
final class BenchCase {

    private BenchCase() {
    }

    /**
     * Reads and resolves {@code caseDir} against the repository root: system property {@code wte.root} if set, else
     * the working directory, which JMH's forked JVMs share with the launching one.
     */
    static ValidatedCase load(Engine engine, String caseDir) throws InvalidInputException {
        Path dir = Path.of(System.getProperty("wte.root", ".")).resolve(caseDir).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no case folder at " + dir
                    + "; run from the repository root or pass -Dwte.root=<repository root>");
        }
        return engine.validate(CaseFolderReader.read(dir));
    }
}

package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.model.InvalidInputException;
import org.wteval.model.PortfolioFile;

class PortfolioFileReaderTest {

    static final String SCREENING = """
            screening:
              yenPerCurrencyUnit: 150
              subsidyCap: {noSimilarProjects: 0.5, oneToThreeSimilarProjects: 0.4, fourOrMoreSimilarProjects: 0.3}
              costEffectivenessMaxJpyPerTco2: 4000
              minPaybackYears: 3
            """;

    static final String PROJECT = """
              - id: a
                name: A
                plant: a
                programme: JCM
                country: VN
                technology: grate
                grantRequested: %s
                japaneseTechnologyShare: 0.5
                tco2PerYear: 1000
                creditingYears: 10
                jcm: {initialInvestment: 100000, similarWteProjects: 0, legalDurableYears: 17}
                source: assumed
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("portfolio.yaml"), yaml);
    }

    @Test
    @DisplayName("a valid file is read into its records, absent lists empty")
    void readsAValidFile() throws Exception {
        PortfolioFile f = PortfolioFileReader.read(write("title: t\ncurrency: USD\nbudget: 5000\nobjective: tco2\n"
                + SCREENING + "countryCaps: [{country: VN, limit: 3000}]\nprojects:\n" + PROJECT.formatted("2000")));
        assertEquals(5000, f.budget());
        assertEquals(List.of(new PortfolioFile.CountryCap("VN", 3000)), f.countryCaps());
        assertEquals(List.of(), f.technologyMinimums());
        assertEquals(2000, f.projects().get(0).grantRequested());
        assertEquals(17, f.projects().get(0).jcm().legalDurableYears());
    }

    @Test
    @DisplayName("a negative budget, a cap of 0, a negative grant and a JCM request without its screening inputs "
            + "are all reported at once, with the file and the field")
    void reportsEveryProblem() throws Exception {
        Path file = write("title: t\ncurrency: USD\nbudget: -1\nobjective: tco2\n" + SCREENING
                + "countryCaps: [{country: VN, limit: 0}]\nprojects:\n" + PROJECT.formatted("-5")
                + PROJECT.formatted("10").replace("    jcm: {initialInvestment: 100000, "
                        + "similarWteProjects: 0, legalDurableYears: 17}\n", ""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PortfolioFileReader.read(file));
        assertEquals(List.of(
                "portfolio.yaml: budget: must have a minimum value of 1",
                "portfolio.yaml: countryCaps[0].limit: must have a minimum value of 1",
                "portfolio.yaml: projects[0].grantRequested: must have a minimum value of 1",
                "portfolio.yaml: projects[1]: required property 'jcm' not found"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    @DisplayName("a repeated project id and a missing score under the score objective are named")
    void checksWhatTheSchemaCannot() throws Exception {
        Path file = write("title: t\ncurrency: USD\nbudget: 5000\nobjective: score\n" + SCREENING + "projects:\n"
                + PROJECT.formatted("2000") + PROJECT.formatted("1000"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PortfolioFileReader.read(file));
        assertEquals(List.of(
                "portfolio.yaml: projects[0].score: is required: the objective is the reviewers' score",
                "portfolio.yaml: projects[1].id: 'a' is already the id of an earlier project",
                "portfolio.yaml: projects[1].score: is required: the objective is the reviewers' score"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    @DisplayName("figures the case folder gives are refused beside it rather than ignored")
    void aCaseFolderProjectCarriesNoFiguresOfItsOwn() throws Exception {
        Path file = write("title: t\ncurrency: USD\nbudget: 5000\nobjective: tco2\n" + SCREENING + "projects:\n"
                + "  - {id: c, caseFolder: ../case, bid: B1, programme: JCM, japaneseTechnologyShare: 1, "
                + "creditingYears: 10, source: s, country: VN, grantRequested: 900}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PortfolioFileReader.read(file));
        String why = "comes from the case folder's evaluation, so it would be ignored here: remove it, or list the "
                + "project as a summary without caseFolder";
        assertEquals(List.of("portfolio.yaml: projects[0].country: " + why,
                "portfolio.yaml: projects[0].grantRequested: " + why),
                e.problems().stream().map(Object::toString).toList());
    }
}

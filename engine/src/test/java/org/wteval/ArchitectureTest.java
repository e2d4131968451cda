package org.wteval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The package structure that docs/architecture.md draws: dependencies point one way along the data flow, so the
 * calculators and scoring can run without any reader, report or command line, and no two packages need each other.
 */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.wteval");
    }

    @Test
    @DisplayName("no two packages depend on each other, directly or through others")
    void packagesAreFreeOfCycles() {
        slices().matching("org.wteval.(*)..").should().beFreeOfCycles().check(engine);
    }

    @Test
    @DisplayName("resolve, calc, scoring, robust and optimise import nothing from the readers or the command line")
    void computationIsIndependentOfFormatsAndCommands() {
        noClasses().that().resideInAnyPackage("org.wteval.resolve..", "org.wteval.calc..", "org.wteval.scoring..",
                        "org.wteval.robust..", "org.wteval.optimise..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wteval.io..", "org.wteval.cli..")
                .check(engine);
    }

    @Test
    @DisplayName("the input model depends on no other package of the engine")
    void modelIsTheBottomLayer() {
        noClasses().that().resideInAPackage("org.wteval.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wteval.io..", "org.wteval.resolve..",
                        "org.wteval.calc..", "org.wteval.rules..", "org.wteval.scoring..", "org.wteval.pipeline..",
                        "org.wteval.explain..", "org.wteval.report..", "org.wteval.cli..")
                .check(engine);
    }

    @Test
    @DisplayName("the robust analysis reads no report: reports show its results, not the other way round")
    void robustAnalysisIsBelowTheReports() {
        noClasses().that().resideInAPackage("org.wteval.robust..")
                .should().dependOnClassesThat().resideInAnyPackage("org.wteval.report..", "org.wteval.explain..")
                .check(engine);
    }

    @Test
    @DisplayName("only the command line uses the command line")
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("org.wteval.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.wteval.cli..").check(engine);
    }
}

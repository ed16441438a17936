package org.dyad;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house plan's rules (shared/ARCHITECTURE.md), pinned so a change that breaks them fails the build. */
class ArchitectureTest {
    /**
     * Stage packages in the order data flows; a stage may use earlier ones, never later ones. Quotes
     * come before events: the event coder leaves alone the words the quote finder marks as quoted.
     */
    private static final List<String> FLOW = List.of("ingest", "language", "clean", "html", "annotate", "time",
            "actors", "quotes", "events", "stories", "record");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dyad");
    }

    @Test
    void coreKnowsNothingOfItsEdges() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "io.javalin..", "org.duckdb..", "org.apache.lucene..", "org.apache.spark..", "picocli..", "gg.jte..")
                .check(core);
    }

    @Test
    void onlyTheAnnotatorSeesCoreNlp() {
        noClasses().that().resideOutsideOfPackage("org.dyad.annotate..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..").check(core);
    }

    @Test
    void modelDependsOnNoStage() {
        noClasses().that().resideInAPackage("org.dyad.model..")
                .should().dependOnClassesThat().resideInAnyPackage(FLOW.stream().map(p -> "org.dyad." + p + "..").toArray(String[]::new))
                .check(core);
    }

    @Test
    void dataFlowsOneWay() {
        for (int i = 0; i < FLOW.size() - 1; i++) {
            String[] later = FLOW.subList(i + 1, FLOW.size()).stream().map(p -> "org.dyad." + p + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.dyad." + FLOW.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .allowEmptyShould(true).check(core);
        }
    }
}

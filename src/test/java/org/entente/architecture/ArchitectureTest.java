package org.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules that keep the house in order, checked on the compiled classes: the model and the
 * logic stay free of JavaFX, views never reach into one another (they meet only in the shared view
 * state), nothing depends on the app shell, and packages form no cycle.
 */
class ArchitectureTest {
    /** Packages of model and logic: everything here must work, and be testable, without a display. */
    private static final String[] UI_FREE = {"org.entente.model..", "org.entente.time..", "org.entente.io..",
            "org.entente.index..", "org.entente.network..", "org.entente.search..", "org.entente.convert..",
            "org.entente.export..", "org.entente.generate..", "org.entente.query..", "org.entente.lanes..",
            "org.entente.timescale..", "org.entente.codes..", "org.entente.strata..", "org.entente.order..", "org.entente.text..", "org.entente.files..",
            "org.entente.geo..", "org.entente.places..", "org.entente.store..", "org.entente.workspace..", "org.entente.notes..",
            "org.entente.claims..", "org.entente.briefing..", "org.entente.bytes.."};
    /** The linked views; each binds to the shared view state and to nothing of another view. */
    private static final String[] VIEWS = {"org.entente.timeline..", "org.entente.graph..", "org.entente.detail..",
            "org.entente.filter..", "org.entente.table..", "org.entente.map.."};
    /** The UI that views share, such as the event list; views may use it, and it may use no view. */
    private static final String[] SHARED_UI = {"org.entente.view..", "org.entente.canvas..", "org.entente.eventlist.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.entente");
    }

    @Test
    void modelAndLogicImportNoJavaFx() {
        noClasses().that().resideInAnyPackage(UI_FREE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..")
                .because("model and logic must run headless: in the command-line tools, importers and tests")
                .check(classes);
    }

    @Test
    void noViewImportsAnotherView() {
        for (String view : VIEWS) {
            String[] others = Arrays.stream(VIEWS).filter(v -> !v.equals(view)).toArray(String[]::new);
            noClasses().that().resideInAPackage(view)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("views never talk to each other; they bind to the shared view state")
                    .check(classes);
        }
    }

    @Test
    void sharedUiImportsNoView() {
        noClasses().that().resideInAnyPackage(SHARED_UI)
                .should().dependOnClassesThat().resideInAnyPackage(VIEWS)
                .because("what views share must not tie them to one of them")
                .check(classes);
    }

    @Test
    void nothingImportsTheApp() {
        noClasses().that().resideOutsideOfPackage("org.entente.app..")
                .should().dependOnClassesThat().resideInAPackage("org.entente.app..")
                .because("the app shell assembles the views; nothing else may depend on it")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.entente.(*)..").should().beFreeOfCycles().check(classes);
    }
}

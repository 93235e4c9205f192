package de.newsroom.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.newsroom.console");

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("de.newsroom.console.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void views_never_touch_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views talk to services, which guard themselves")
                .check(CLASSES);
    }

    @Test
    void the_shared_kernel_depends_on_no_feature() {
        noClasses().that().resideInAPackage("de.newsroom.console.base..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "de.newsroom.console.security..", "de.newsroom.console.article..",
                        "de.newsroom.console.category..", "de.newsroom.console.tag..",
                        "de.newsroom.console.comment..", "de.newsroom.console.audit..",
                        "de.newsroom.console.dashboard..", "de.newsroom.console.reader..",
                        "de.newsroom.console.media..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void domain_code_does_not_depend_on_views() {
        noClasses().that().resideInAPackage("de.newsroom.console..").and().resideOutsideOfPackage("de.newsroom.console..ui..")
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("de.newsroom.console..ui..")
                .check(CLASSES);
    }
}

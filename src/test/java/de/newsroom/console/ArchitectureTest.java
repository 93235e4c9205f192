package de.newsroom.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import de.newsroom.console.comment.live.CommentsChanged;
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
    void views_never_look_up_accounts_past_the_services() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("de.newsroom.console.security.UserDirectory")
                .because("UserDirectory serves other features' services, which guard themselves (decision 10)")
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

    private static final String TAG = "de.newsroom.console.tag";

    @Test
    void the_tag_feature_knows_nothing_of_the_keyword_engine() {
        noClasses().that().resideInAnyPackage(TAG, TAG + ".ui..")
                .should().dependOnClassesThat().resideInAPackage(TAG + ".keyword..")
                .because("the editor asks the engine for suggestions; naming, merging and assigning tags need none")
                .check(CLASSES);
    }

    @Test
    void the_keyword_engine_needs_only_a_tags_key_and_reference() {
        noClasses().that().resideInAPackage(TAG + ".keyword..")
                .should().dependOnClassesThat(resideInAPackage(TAG)
                        .and(not(equivalentTo(de.newsroom.console.tag.TagKeys.class)))
                        .and(not(equivalentTo(de.newsroom.console.tag.TagRef.class))))
                .because("the engine reads existing tags with its own statement and names them by TagKeys")
                .check(CLASSES);
    }

    private static final String COMMENT = "de.newsroom.console.comment";

    @Test
    void comment_rules_need_nothing_else_of_the_comment_feature() {
        noClasses().that().resideInAPackage(COMMENT + ".rules..")
                .should().dependOnClassesThat().resideInAnyPackage(COMMENT, COMMENT + ".intake..", COMMENT + ".live..",
                        COMMENT + ".ui..")
                .because("the intake and the queue both read the rules; the rules know neither")
                .check(CLASSES);
    }

    @Test
    void comment_live_updates_know_only_their_own_event() {
        noClasses().that().resideInAPackage(COMMENT + ".live..")
                .should().dependOnClassesThat().resideInAnyPackage(COMMENT, COMMENT + ".intake..", COMMENT + ".rules..",
                        COMMENT + ".ui..")
                .because("whoever changes comments publishes CommentsChanged; live hands it on, knowing nobody")
                .check(CLASSES);
    }

    @Test
    void comment_changes_are_announced_only_by_publishing_comments_changed() {
        noClasses().that().resideInAnyPackage(COMMENT, COMMENT + ".intake..", COMMENT + ".rules..")
                .should().dependOnClassesThat(resideInAPackage(COMMENT + ".live..")
                        .and(not(equivalentTo(CommentsChanged.class)))
                        .and(not(equivalentTo(CommentsChanged.Kind.class))))
                .because("one way of announcing changes: an event handled after the commit by comment.live")
                .check(CLASSES);
    }

    @Test
    void the_comment_intake_and_moderation_do_not_reach_into_each_other_or_the_views() {
        noClasses().that().resideInAPackage(COMMENT + ".intake..")
                .should().dependOnClassesThat().resideInAnyPackage(COMMENT + ".ui..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(COMMENT)
                .should().dependOnClassesThat().resideInAnyPackage(COMMENT + ".intake..", COMMENT + ".ui..")
                .because("moderation works on stored comments; how they came in is the intake's business")
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

package org.munacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.transaction.Transactional;

/**
 * The layer rules of STYLE.md habit 3, stated once. Each bounded context is a top-level package with
 * {@code boundary} (its public entry, the only place for transactions), {@code control}, {@code entity} and
 * {@code ui}; {@code shared} is the kernel every context may use.
 */
@AnalyzeClasses(packages = "org.munacademy",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.MainClassesOnly.class})
class ArchitectureTest {

    /** Test classes also when the build folder is not called "target" ({@code -DbuildDir=...}). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule entities_do_not_depend_on_boundaries_controls_or_views =
            noClasses().that().resideInAPackage("..entity..")
                    .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..ui..")
                    .because("entities are the innermost layer: the other layers use them, never the reverse");

    @ArchTest
    static final ArchRule views_do_not_reach_past_the_boundaries =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().resideInAPackage("..control..")
                    .because("views reach a context only through its boundary (and its entity records)")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule controls_do_not_depend_on_boundaries_or_views =
            noClasses().that().resideInAPackage("..control..")
                    .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..ui..")
                    .because("control logic is called by boundaries and must stay free of transactions and UI")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule boundaries_do_not_depend_on_views =
            noClasses().that().resideInAPackage("..boundary..")
                    .should().dependOnClassesThat().resideInAPackage("..ui..")
                    .because("REST resources and facades must work without a Vaadin session");

    @ArchTest
    static final ArchRule contexts_have_no_cycles =
            slices().matching("org.munacademy.(*)..").namingSlices("context $1")
                    .that(new DescribedPredicate<Slice>("are bounded contexts, not the shared kernel") {
                        @Override
                        public boolean test(Slice slice) {
                            return !"shared".equals(slice.getNamePart(1));
                        }
                    })
                    .should().beFreeOfCycles()
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_no_context =
            noClasses().that().resideInAPackage("org.munacademy.shared..")
                    .should().dependOnClassesThat(
                            DescribedPredicate.describe("belong to a bounded context",
                                    c -> c.getPackageName().startsWith("org.munacademy.")
                                            && !c.getPackageName().equals("org.munacademy")
                                            && !c.getPackageName().startsWith("org.munacademy.shared")))
                    .because("every context uses the shared kernel, so the kernel may use none of them");

    @ArchTest
    static final ArchRule transactions_are_declared_only_on_boundary_classes =
            noClasses().that().resideOutsideOfPackage("..boundary..")
                    .should().beAnnotatedWith(Transactional.class)
                    .because("transactions are opened by boundary facades only (STYLE.md habit 2)");

    @ArchTest
    static final ArchRule transactions_are_declared_only_on_boundary_methods =
            noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("..boundary..")
                    .should().beAnnotatedWith(Transactional.class)
                    .because("transactions are opened by boundary facades only (STYLE.md habit 2)")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule persistent_classes_live_in_entity_packages =
            classes().that().areAnnotatedWith(Entity.class)
                    .or().areAnnotatedWith(MappedSuperclass.class)
                    .or().areAnnotatedWith(Embeddable.class)
                    .should().resideInAPackage("..entity..")
                    .allowEmptyShould(true);

    /*
     * SystemEvidence trusts its caller (it records assessment, course and contest evidence without asking who calls),
     * so nothing a person can drive directly may reach it: no view and no REST resource, only other contexts'
     * boundaries that computed the evidence themselves.
     */
    @ArchTest
    static final ArchRule views_never_reach_the_system_evidence_path =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.competency.boundary.SystemEvidence.class)
                    .because("a form must not record evidence that only the system writes");

    @ArchTest
    static final ArchRule rest_resources_never_reach_the_system_evidence_path =
            noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                    .should().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.competency.boundary.SystemEvidence.class)
                    .because("the API must not record evidence that only the system writes");

    /*
     * Notifier writes notifications and mail without asking who calls, and Recipients hands out e-mail addresses
     * without a scope check: only boundaries that authorised the change they tell about may use them.
     */
    @ArchTest
    static final ArchRule views_never_notify_or_read_recipients_directly =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.shared.boundary.Notifier.class)
                    .orShould().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.identity.boundary.Recipients.class)
                    .because("a view must not send notifications nor read addresses past a boundary's checks");

    @ArchTest
    static final ArchRule rest_resources_never_notify_or_read_recipients_directly =
            noClasses().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                    .should().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.shared.boundary.Notifier.class)
                    .orShould().dependOnClassesThat()
                    .areAssignableTo(org.munacademy.identity.boundary.Recipients.class)
                    .because("the API must not send notifications nor read addresses past a boundary's checks");
}

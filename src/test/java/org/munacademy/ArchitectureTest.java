package org.munacademy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.BiPredicate;
import org.munacademy.shared.boundary.Clocks;
import org.munacademy.shared.boundary.TrustsItsCaller;

/**
 * The layer rules of STYLE.md, stated once. Each bounded context is a package with {@code boundary} (its public
 * entry, the only place for transactions), {@code control}, {@code entity} and {@code ui}; {@code shared} is the
 * kernel every context may use. A class's context is its package up to the layer ({@code org.munacademy.assessment}
 * for {@code org.munacademy.assessment.ui.TestsView}), so the same rules also judge the deliberately bad fixture
 * classes under {@code org.munacademy.archfixture} ({@code ArchitectureRulesFailTest} shows each rule failing on
 * them; they are test classes, which this test does not import). No rule may pass on an empty set.
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

    private static final String ROOT = "org.munacademy";
    private static final Set<String> LAYERS = Set.of("boundary", "control", "entity", "ui");

    /** The context of one of our classes: its package up to the layer segment; null for a library class. */
    static String contextOf(JavaClass type) {
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        String pkg = c.getPackageName();
        if (c.isPrimitive() || !(pkg.equals(ROOT) || pkg.startsWith(ROOT + "."))) {
            return null;
        }
        String[] parts = pkg.split("\\.");
        StringBuilder context = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length && !LAYERS.contains(parts[i]); i++) {
            context.append('.').append(parts[i]);
        }
        return context.toString();
    }

    /** The layer of one of our classes ({@code boundary}, {@code control}, {@code entity}, {@code ui}) or null. */
    static String layerOf(JavaClass type) {
        JavaClass c = type.isArray() ? type.getBaseComponentType() : type;
        for (String part : c.getPackageName().split("\\.")) {
            if (LAYERS.contains(part)) {
                return part;
            }
        }
        return null;
    }

    static boolean isShared(String context) {
        return context != null && context.endsWith(".shared");
    }

    /** Whether {@code target} lies in a bounded context other than {@code origin}'s (the kernel is no context). */
    static boolean inAnotherContext(JavaClass origin, JavaClass target) {
        String from = contextOf(origin);
        String to = contextOf(target);
        return from != null && to != null && !to.equals(from) && !isShared(to) && !to.equals(ROOT)
                && !from.startsWith(to + ".");
    }

    /** A condition on every dependency of a class on one of our classes. */
    private static ArchCondition<JavaClass> notDependOn(String description,
            BiPredicate<JavaClass, JavaClass> forbidden) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    if (forbidden.test(origin, d.getTargetClass())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule entities_do_not_depend_on_boundaries_controls_or_views =
            noClasses().that().resideInAPackage("..entity..")
                    .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..ui..")
                    .because("entities are the innermost layer: the other layers use them, never the reverse")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule views_do_not_reach_past_the_boundaries =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().resideInAPackage("..control..")
                    .because("views reach a context only through its boundary (and its entity records)")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule controls_do_not_depend_on_boundaries_or_views =
            noClasses().that().resideInAPackage("..control..")
                    .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..ui..")
                    .because("control logic is called by boundaries and must stay free of transactions and UI")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule boundaries_do_not_depend_on_views =
            noClasses().that().resideInAPackage("..boundary..")
                    .should().dependOnClassesThat().resideInAPackage("..ui..")
                    .because("REST resources and facades must work without a Vaadin session")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule other_contexts_are_reached_only_through_their_boundary_and_entities =
            classes().should(notDependOn("reach another context only through its boundary and entities",
                            (origin, target) -> inAnotherContext(origin, target)
                                    && !"boundary".equals(layerOf(target)) && !"entity".equals(layerOf(target))))
                    .because("a context's control and ui are its own business; its boundary is the contract "
                            + "(with its entity records and ids, as STYLE.md allows)")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule no_view_uses_another_contexts_views =
            classes().that().resideInAPackage("..ui..")
                    .should(notDependOn("use no other context's views",
                            (origin, target) -> inAnotherContext(origin, target) && "ui".equals(layerOf(target))))
                    .because("pieces views share (error lists, confirmations) live in shared.ui")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule views_never_use_persistence =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                    .because("views read and write through boundaries, which own transactions and queries")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule routes_live_in_ui_packages =
            classes().that().areAnnotatedWith(Route.class)
                    .should().resideInAPackage("..ui..")
                    .because("a route is a view")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule routes_say_who_may_open_them =
            classes().that().areAnnotatedWith(Route.class)
                    .should().beAnnotatedWith(PermitAll.class)
                    .orShould().beAnnotatedWith(RolesAllowed.class)
                    .orShould().beAnnotatedWith(AnonymousAllowed.class)
                    .orShould().beAnnotatedWith(DenyAll.class)
                    .because("every route states its access explicitly instead of relying on a default")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule contexts_have_no_cycles =
            slices().assignedFrom(new SliceAssignment() {
                        @Override
                        public SliceIdentifier getIdentifierOf(JavaClass c) {
                            String context = contextOf(c);
                            return context == null || isShared(context) || layerOf(c) == null
                                    ? SliceIdentifier.ignore() : SliceIdentifier.of("context " + context);
                        }

                        @Override
                        public String getDescription() {
                            return "bounded contexts (not the shared kernel)";
                        }
                    })
                    .should().beFreeOfCycles()
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_shared_kernel_depends_on_no_context =
            classes().that().resideInAPackage("..shared..")
                    .should(notDependOn("depend on no bounded context",
                            (origin, target) -> isShared(contextOf(origin)) && inAnotherContext(origin, target)))
                    .because("every context uses the shared kernel, so the kernel may use none of them")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule transactions_are_declared_only_on_boundary_classes =
            noClasses().that().resideOutsideOfPackage("..boundary..")
                    .should().beAnnotatedWith(Transactional.class)
                    .because("transactions are opened by boundary facades only (STYLE.md habit 2)")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule transactions_are_declared_only_on_boundary_methods =
            noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackage("..boundary..")
                    .should().beAnnotatedWith(Transactional.class)
                    .because("transactions are opened by boundary facades only (STYLE.md habit 2)")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule time_is_read_only_from_the_injected_clock =
            noClasses().that().doNotHaveFullyQualifiedName(Clocks.class.getName())
                    .should().callMethod(Instant.class, "now")
                    .orShould().callMethod(LocalDate.class, "now")
                    .orShould().callMethod(LocalDateTime.class, "now")
                    .orShould().callMethod(ZonedDateTime.class, "now")
                    .orShould().callMethod(OffsetDateTime.class, "now")
                    .orShould().callMethod(Clock.class, "systemUTC")
                    .orShould().callMethod(Clock.class, "systemDefaultZone")
                    .orShould().callMethod(System.class, "currentTimeMillis")
                    .because("boundaries, jobs and views inject the one Clock (shared.boundary.Clocks), controls and "
                            + "entities take \"now\" as a parameter, so tests can move time instead of sleeping")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule persistent_classes_live_in_entity_packages =
            classes().that().areAnnotatedWith(Entity.class)
                    .or().areAnnotatedWith(MappedSuperclass.class)
                    .or().areAnnotatedWith(Embeddable.class)
                    .should().resideInAPackage("..entity..")
                    .allowEmptyShould(false);

    /*
     * Some boundary methods trust their caller (closing an attempt, recording system evidence): they take no caller
     * and check no role, because the boundary that calls them has authorised the action. Nothing a person drives
     * directly may reach them: no view and no REST resource, only other boundaries and the server's own jobs.
     */
    @ArchTest
    static final ArchRule boundaries_that_trust_their_caller_are_boundaries =
            classes().that().areAnnotatedWith(TrustsItsCaller.class)
                    .should().resideInAPackage("..boundary..")
                    .because("only a boundary that other boundaries call may skip the caller's checks")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule views_never_reach_a_boundary_that_trusts_its_caller =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAnnotatedWith(TrustsItsCaller.class)
                    .because("a view must not close an attempt or record evidence that only the system writes")
                    .allowEmptyShould(false);

    @ArchTest
    static final ArchRule rest_resources_never_reach_a_boundary_that_trusts_its_caller =
            noClasses().that().areAnnotatedWith(Path.class)
                    .should().dependOnClassesThat().areAnnotatedWith(TrustsItsCaller.class)
                    .because("the API must not close an attempt or record evidence that only the system writes")
                    .allowEmptyShould(false);

    /**
     * A resource holds nothing of its own per request (its services are injected, the request's facts come as
     * parameters), so one instance serves every request: a resource Jersey builds per request costs Payara's resource
     * injection on every call (issue 14's profile found it in 6.6 % of the request threads' samples).
     */
    @ArchTest
    static final ArchRule rest_resources_are_application_scoped =
            classes().that().areAnnotatedWith(Path.class)
                    .should().beAnnotatedWith(ApplicationScoped.class)
                    .because("a stateless resource is built once, not on every request")
                    .allowEmptyShould(false);
}

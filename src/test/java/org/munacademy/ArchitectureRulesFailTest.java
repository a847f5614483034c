package org.munacademy;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.munacademy.archfixture.alpha.control.AlphaRules;
import org.munacademy.archfixture.alpha.ui.AlphaView;

/**
 * Every rule of {@link ArchitectureTest} fails on a deliberately bad fixture class under
 * {@code org.munacademy.archfixture} (a rule that cannot fail protects nothing), and each failure names the fixture
 * written to break that rule, not some other class. The rules themselves are defined only in ArchitectureTest.
 */
class ArchitectureRulesFailTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importPackages("org.munacademy.archfixture");

    /** Each rule (by its field in ArchitectureTest) and the fixture class its failure must name. */
    private static final Map<String, String> BROKEN_BY = Map.ofEntries(
            entry("entities_do_not_depend_on_boundaries_controls_or_views", ".alpha.entity.BadEntityUsingBoundary"),
            entry("views_do_not_reach_past_the_boundaries", ".alpha.ui.BadViewUsingControl"),
            entry("controls_do_not_depend_on_boundaries_or_views", ".alpha.control.BadControlUsingBoundary"),
            entry("boundaries_do_not_depend_on_views", ".alpha.boundary.BadFacadeUsingView"),
            entry("other_contexts_are_reached_only_through_their_boundary_and_entities",
                    ".beta.boundary.BadFacadeUsingOtherControl"),
            entry("no_view_uses_another_contexts_views", ".beta.ui.BadViewUsingOtherView"),
            entry("views_never_use_persistence", ".alpha.ui.BadViewUsingPersistence"),
            entry("routes_live_in_ui_packages", ".alpha.boundary.BadRouteInBoundary"),
            entry("routes_say_who_may_open_them", ".alpha.ui.BadRouteWithoutSecurity"),
            entry("contexts_have_no_cycles", ".beta.boundary.BetaFacade"),
            entry("the_shared_kernel_depends_on_no_context", ".shared.ui.BadSharedLayout"),
            entry("transactions_are_declared_only_on_boundary_classes", ".alpha.control.BadTransactionalControl>"),
            entry("transactions_are_declared_only_on_boundary_methods", ".alpha.control.BadTransactionalControl.run()"),
            entry("persistent_classes_live_in_entity_packages", ".alpha.ui.BadEntityInView"),
            entry("time_is_read_only_from_the_injected_clock", ".alpha.control.BadClockReader"),
            entry("boundaries_that_trust_their_caller_are_boundaries", ".alpha.ui.BadTrustingView"),
            entry("views_never_reach_a_boundary_that_trusts_its_caller", ".alpha.ui.BadViewUsingTrustingBoundary"),
            entry("rest_resources_never_reach_a_boundary_that_trusts_its_caller", ".alpha.boundary.BadResource"),
            entry("rest_resources_are_application_scoped", ".alpha.boundary.BadPerRequestResource"));

    static Stream<Arguments> rules() {
        return ruleFields().map(f -> Arguments.of(f.getName(), rule(f)));
    }

    private static Stream<Field> ruleFields() {
        return Arrays.stream(ArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class) && ArchRule.class.isAssignableFrom(f.getType())
                        && Modifier.isStatic(f.getModifiers()));
    }

    private static ArchRule rule(Field f) {
        try {
            f.setAccessible(true);
            return (ArchRule) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_rule_of_the_architecture_test_has_a_fixture_that_breaks_it() {
        assertThat(ruleFields().map(Field::getName).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(18).isEqualTo(BROKEN_BY.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_fails_on_the_fixture_written_to_break_it(String name, ArchRule rule) {
        assertThatThrownBy(() -> rule.check(FIXTURES)).as(name).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.munacademy.archfixture" + BROKEN_BY.get(name));
    }

    @Test
    void a_well_formed_view_and_a_well_formed_control_of_the_fixture_pass_the_rules_for_them() {
        JavaClasses view = new ClassFileImporter().importClasses(AlphaView.class);
        ArchitectureTest.routes_live_in_ui_packages.check(view);
        ArchitectureTest.routes_say_who_may_open_them.check(view);
        ArchitectureTest.views_do_not_reach_past_the_boundaries.check(view);
        JavaClasses control = new ClassFileImporter().importClasses(AlphaRules.class);
        ArchitectureTest.controls_do_not_depend_on_boundaries_or_views.check(control);
    }

    @Test
    void the_architecture_test_imports_no_fixture_class() {
        JavaClasses main = new ClassFileImporter()
                .withImportOptions(java.util.List.of(new ImportOption.DoNotIncludeTests(),
                        new ArchitectureTest.MainClassesOnly()))
                .importPackages("org.munacademy");
        assertThat(main).extracting(JavaClass::getPackageName).isNotEmpty()
                .noneMatch(p -> p.startsWith("org.munacademy.archfixture"));
    }
}

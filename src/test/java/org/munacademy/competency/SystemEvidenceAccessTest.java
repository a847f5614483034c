package org.munacademy.competency;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import org.munacademy.competency.boundary.SystemEvidence;

/**
 * {@link SystemEvidence} trusts its caller (it records assessment, course and contest evidence without asking who
 * calls), so nothing a person can drive directly may reach it: no view and no REST resource, only other
 * contexts' boundaries that computed the evidence themselves.
 */
@AnalyzeClasses(packages = "org.munacademy",
        importOptions = {ImportOption.DoNotIncludeTests.class, SystemEvidenceAccessTest.MainClassesOnly.class})
class SystemEvidenceAccessTest {

    /** Main classes only, also when the build folder is not called "target". */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule views_never_reach_the_system_evidence_path =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(SystemEvidence.class)
                    .because("a form must not record evidence that only the system writes");

    @ArchTest
    static final ArchRule rest_resources_never_reach_the_system_evidence_path =
            noClasses().that().areAnnotatedWith(Path.class)
                    .should().dependOnClassesThat().areAssignableTo(SystemEvidence.class)
                    .because("the API must not record evidence that only the system writes");
}

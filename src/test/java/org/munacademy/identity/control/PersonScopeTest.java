package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.munacademy.identity.entity.Grant;
import org.munacademy.identity.entity.Role;

class PersonScopeTest {

    private static final long VOLOGDA_REGION = 35;
    private static final long TVER_REGION = 69;
    private static final long CHEREPOVETS_DISTRICT = 1901;
    private static final long SETTLEMENT_IN_CHEREPOVETS_DISTRICT = 1902;
    private static final long SOKOL_DISTRICT = 1903;
    private static final long SETTLEMENT_IN_SOKOL_DISTRICT = 1904;
    private static final long TVER_CITY = 6901;
    private static final Long OWN_PERSON = 7L;

    @Test
    void a_national_administrator_covers_everybody() {
        PersonScope scope = PersonScope.of(List.of(Grant.national(Role.ADMIN)), OWN_PERSON);

        assertThat(scope.national()).isTrue();
        assertThat(scope.managesOthers()).isTrue();
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isTrue();
        assertThat(scope.covers(TVER_CITY, TVER_REGION, null)).isTrue();
        assertThat(scope.covers(SETTLEMENT_IN_SOKOL_DISTRICT, VOLOGDA_REGION, SOKOL_DISTRICT)).isTrue();
    }

    @Test
    void a_regional_hr_officer_covers_that_region_only() {
        PersonScope scope = PersonScope.of(List.of(Grant.region(Role.HR_OFFICER, VOLOGDA_REGION)), OWN_PERSON);

        assertThat(scope.managesOthers()).isTrue();
        assertThat(scope.national()).isFalse();
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isTrue();
        assertThat(scope.covers(SETTLEMENT_IN_SOKOL_DISTRICT, VOLOGDA_REGION, SOKOL_DISTRICT)).isTrue();
        assertThat(scope.covers(TVER_CITY, TVER_REGION, null)).isFalse();
    }

    @Test
    void a_municipal_hr_officer_covers_the_municipality_and_its_settlements_but_no_other() {
        PersonScope scope = PersonScope.of(
                List.of(Grant.municipality(Role.HR_OFFICER, CHEREPOVETS_DISTRICT)), OWN_PERSON);

        assertThat(scope.managesOthers()).isTrue();
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isTrue();
        assertThat(scope.covers(SETTLEMENT_IN_CHEREPOVETS_DISTRICT, VOLOGDA_REGION, CHEREPOVETS_DISTRICT)).isTrue();
        assertThat(scope.covers(SOKOL_DISTRICT, VOLOGDA_REGION, null)).isFalse();
        assertThat(scope.covers(SETTLEMENT_IN_SOKOL_DISTRICT, VOLOGDA_REGION, SOKOL_DISTRICT)).isFalse();
        assertThat(scope.covers(TVER_CITY, TVER_REGION, null)).isFalse();
    }

    @Test
    void grants_in_several_places_add_up() {
        PersonScope scope = PersonScope.of(List.of(
                Grant.municipality(Role.HR_OFFICER, CHEREPOVETS_DISTRICT),
                Grant.region(Role.ADMIN, TVER_REGION)), OWN_PERSON);

        assertThat(scope.municipalityIds()).containsExactly(CHEREPOVETS_DISTRICT);
        assertThat(scope.regionIds()).containsExactly(TVER_REGION);
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isTrue();
        assertThat(scope.covers(TVER_CITY, TVER_REGION, null)).isTrue();
        assertThat(scope.covers(SOKOL_DISTRICT, VOLOGDA_REGION, null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EMPLOYEE", "JUROR", "METHODOLOGIST", "CONTEST_ADMIN"})
    void roles_that_do_not_manage_people_open_no_one_else_even_nationally(Role role) {
        PersonScope scope = PersonScope.of(List.of(
                Grant.national(role),
                Grant.region(role, VOLOGDA_REGION),
                Grant.municipality(role, CHEREPOVETS_DISTRICT)), OWN_PERSON);

        assertThat(scope.managesOthers()).isFalse();
        assertThat(scope.national()).isFalse();
        assertThat(scope.regionIds()).isEmpty();
        assertThat(scope.municipalityIds()).isEmpty();
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isFalse();
        assertThat(scope.isOwn(OWN_PERSON)).isTrue();
    }

    @Test
    void a_caller_without_grants_manages_nobody() {
        PersonScope scope = PersonScope.of(List.of(), null);

        assertThat(scope.managesOthers()).isFalse();
        assertThat(scope.covers(CHEREPOVETS_DISTRICT, VOLOGDA_REGION, null)).isFalse();
    }

    @Test
    void own_person_is_recognised_by_id() {
        PersonScope scope = PersonScope.of(List.of(Grant.national(Role.EMPLOYEE)), OWN_PERSON);

        assertThat(scope.isOwn(7L)).isTrue();
        assertThat(scope.isOwn(8L)).isFalse();
        assertThat(scope.isOwn(null)).isFalse();
    }

    @Test
    void a_caller_without_a_person_owns_no_person() {
        PersonScope scope = PersonScope.of(List.of(Grant.national(Role.ADMIN)), null);

        assertThat(scope.isOwn(null)).isFalse();
        assertThat(scope.isOwn(7L)).isFalse();
    }
}

package org.munacademy.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityContentTest {

    @Test
    void a_new_name_with_a_long_enough_password_becomes_the_first_administrator() {
        assertThat(IdentityContent.firstAdministratorRefusal("chief", "chief-secret-42", false)).isEmpty();
    }

    @Test
    void naming_an_existing_account_as_first_administrator_is_refused_with_a_clear_message() {
        assertThat(IdentityContent.firstAdministratorRefusal("hr", "chief-secret-42", true))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("existing account 'hr'")
                        .contains("not promoted"));
    }

    @Test
    void a_missing_name_or_a_short_password_is_refused() {
        assertThat(IdentityContent.firstAdministratorRefusal("", "chief-secret-42", false)).isPresent();
        assertThat(IdentityContent.firstAdministratorRefusal("chief", "short", false)).isPresent();
        assertThat(IdentityContent.firstAdministratorRefusal("chief", null, false)).isPresent();
    }

    @Test
    void a_name_outside_the_safe_set_is_refused() {
        assertThat(IdentityContent.firstAdministratorRefusal("ádmin", "chief-secret-42", false))
                .hasValueSatisfying(message -> assertThat(message).contains("not a valid user name"));
    }
}

package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void a_password_in_a_mysql_url_is_hidden() {
        String redacted = Bootstrap.redact("jdbc:mysql://db:3306/academy?user=academy&password=s3cret&useSSL=true");

        assertThat(redacted)
                .doesNotContain("s3cret")
                .isEqualTo("jdbc:mysql://db:3306/academy?user=academy&password=***&useSSL=true");
    }

    @Test
    void a_password_at_the_end_of_the_url_is_hidden() {
        assertThat(Bootstrap.redact("jdbc:mysql://db/academy?password=s3cret"))
                .isEqualTo("jdbc:mysql://db/academy?password=***");
    }

    @Test
    void a_password_in_h2_style_settings_is_hidden_whatever_its_case() {
        String redacted = Bootstrap.redact("jdbc:h2:file:./data/academy;PASSWORD=s3cret;MODE=MySQL");

        assertThat(redacted)
                .doesNotContain("s3cret")
                .isEqualTo("jdbc:h2:file:./data/academy;PASSWORD=***;MODE=MySQL");
    }

    @Test
    void a_url_without_a_password_is_left_alone() {
        String url = "jdbc:mysql://db:3306/academy?useUnicode=true&characterEncoding=utf8";

        assertThat(Bootstrap.redact(url)).isEqualTo(url);
    }

    @Test
    void a_missing_url_gives_an_empty_string() {
        assertThat(Bootstrap.redact(null)).isEmpty();
    }

    @Test
    void a_database_other_than_the_embedded_h2_refuses_the_built_in_password() {
        assertThat(Bootstrap.unsafeDatabasePassword("jdbc:mysql://db:3306/academy", false))
                .hasValueSatisfying(message -> assertThat(message).contains("ACADEMY_DB_PASSWORD")
                        .contains("jdbc:mysql://db:3306/academy"));
        assertThat(Bootstrap.unsafeDatabasePassword(null, false)).isPresent();
    }

    @Test
    void an_explicit_password_or_the_embedded_h2_database_may_start() {
        assertThat(Bootstrap.unsafeDatabasePassword("jdbc:mysql://db:3306/academy", true)).isEmpty();
        assertThat(Bootstrap.unsafeDatabasePassword("jdbc:h2:file:./data/academy;MODE=MySQL", false)).isEmpty();
        assertThat(Bootstrap.unsafeDatabasePassword("jdbc:h2:mem:academy", false)).isEmpty();
    }

    @Test
    void the_refusal_does_not_print_a_password_from_the_url() {
        assertThat(Bootstrap.unsafeDatabasePassword("jdbc:mysql://db/academy?password=s3cret", false))
                .hasValueSatisfying(message -> assertThat(message).doesNotContain("s3cret"));
    }
}

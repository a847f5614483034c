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
}

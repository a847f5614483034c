package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BundleTextsTest {

    @Test
    void a_file_the_boundary_writes_speaks_the_askers_language_russian_or_english() {
        assertThat(BundleTexts.of("competency", Locale.forLanguageTag("ru-RU"))
                .text("competency.export.heatmap.share", 75, 12)).isEqualTo("75% из 12");
        assertThat(BundleTexts.of("competency", Locale.GERMAN).text("competency.export.heatmap.share", 75, 12))
                .isEqualTo("75% of 12");
        assertThat(BundleTexts.of("assessment-admin", null).text("admin.export.results.closedBy.TIMER"))
                .isEqualTo("the timer");
    }

    @Test
    void accept_language_picks_the_first_language_we_speak_and_english_when_none() {
        assertThat(BundleTexts.accepting("competency", List.of(Locale.FRENCH, Locale.forLanguageTag("ru"),
                Locale.ENGLISH)).text("competency.export.heatmap.person")).isEqualTo("Сотрудник");
        assertThat(BundleTexts.accepting("competency", List.of(Locale.FRENCH)).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(BundleTexts.accepting("competency", null).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void a_missing_key_shows_as_itself_instead_of_falling_back_to_the_other_language() {
        assertThat(BundleTexts.of("competency", Locale.ENGLISH).text("competency.export.nothing"))
                .isEqualTo("!competency.export.nothing!");
    }
}

package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentNotice;
import org.munacademy.identity.entity.IdentityNotice;
import org.munacademy.shared.entity.NoticeTemplate;

class NoticeTextsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static List<NoticeTemplate> templates() {
        List<NoticeTemplate> all = new ArrayList<>();
        all.addAll(List.of(IdentityNotice.values()));
        all.addAll(List.of(AssessmentNotice.values()));
        all.addAll(List.of(org.munacademy.reserve.entity.ReserveNotice.values()));
        return all;
    }

    @Test
    void every_template_has_a_title_a_text_and_a_mail_body_in_russian_and_english() {
        assertThat(templates()).allSatisfy(t -> assertThat(NoticeTexts.complete(t.key())).as(t.key()).isTrue());
    }

    @Test
    void the_russian_and_english_notification_bundles_have_the_same_keys() throws IOException {
        assertThat(load("ru").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void the_assignment_mail_is_written_in_the_recipients_language_with_its_arguments_and_link() {
        List<String> args = List.of("Оценка для ведущей группы", "05.12.2026", "TEST-LEADING", "https://academy/tests");
        String key = AssessmentNotice.TEST_ASSIGNED.key();
        assertThat(NoticeTexts.title(key, RUSSIAN, args)).isEqualTo("Вам назначен тест «Оценка для ведущей группы»");
        assertThat(NoticeTexts.body(key, RUSSIAN, args)).contains("Срок прохождения: 05.12.2026")
                .contains("(TEST-LEADING)").contains("https://academy/tests");
        assertThat(NoticeTexts.title(key, Locale.ENGLISH, args))
                .isEqualTo("You have been assigned the test \"Оценка для ведущей группы\"");
        assertThat(NoticeTexts.body(key, Locale.UK, args)).startsWith("Hello,").contains("Deadline: 05.12.2026");
    }

    @Test
    void a_language_other_than_english_gets_the_russian_text() {
        String key = IdentityNotice.ACCOUNT_CREATED.key();
        assertThat(NoticeTexts.title(key, Locale.GERMAN, List.of("ivanov", "x")))
                .isEqualTo(NoticeTexts.title(key, RUSSIAN, List.of("ivanov", "x")));
        assertThat(NoticeTexts.language(null)).isEqualTo(RUSSIAN);
    }

    @Test
    void arguments_with_quotes_braces_and_cyrillic_survive_storage_as_json() {
        List<String> args = List.of("«Тест» \"1\"", "{0} '—'", "");
        assertThat(NoticeTexts.decodeArgs(NoticeTexts.encodeArgs(args))).isEqualTo(args);
        assertThat(NoticeTexts.encodeArgs(List.of())).isNull();
        assertThat(NoticeTexts.decodeArgs(null)).isEmpty();
    }

    @Test
    void an_argument_that_looks_like_a_placeholder_is_shown_literally() {
        String title = NoticeTexts.title(AssessmentNotice.TEST_ASSIGNED.key(), RUSSIAN, List.of("{1}", "", ""));
        assertThat(title).isEqualTo("Вам назначен тест «{1}»");
    }

    @Test
    void a_reset_link_and_an_invitation_are_mail_only_and_secret_while_other_notices_appear_in_the_list() {
        assertThat(IdentityNotice.PASSWORD_RESET_LINK.inApp()).isFalse();
        assertThat(IdentityNotice.PASSWORD_RESET_LINK.sensitive()).isTrue();
        assertThat(IdentityNotice.ACCOUNT_INVITATION.inApp()).isFalse();
        assertThat(IdentityNotice.ACCOUNT_INVITATION.sensitive()).isTrue();
        assertThat(IdentityNotice.ACCOUNT_CREATED.inApp()).isTrue();
        assertThat(IdentityNotice.ACCOUNT_CREATED.sensitive()).isFalse();
        assertThat(Stream.of(AssessmentNotice.values())).allMatch(t -> t.inApp() && !t.sensitive());
        assertThat(AssessmentNotice.RESULT_AVAILABLE.key()).isEqualTo("notice.assessment.RESULT_AVAILABLE");
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = NoticeTextsTest.class.getResourceAsStream("/i18n/notify_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

package org.munacademy.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.InvalidInputException;

/** A video lesson links to https only, with a host the page shows. */
class VideoLinkTest {

    @Test
    void an_https_link_with_a_host_is_kept_and_its_host_shown() {
        assertThat(VideoLink.require(" https://www.video.example.ru/watch?v=42 "))
                .isEqualTo("https://www.video.example.ru/watch?v=42");
        assertThat(VideoLink.host("https://www.video.example.ru/watch?v=42")).isEqualTo("video.example.ru");
        assertThat(VideoLink.host("https://Rutube.example/video/1/")).isEqualTo("rutube.example");
    }

    @Test
    void other_schemes_credentials_and_malformed_links_are_refused() {
        for (String url : new String[] {"http://video.example.ru/1", "javascript:alert(1)", "JAVASCRIPT:alert(1)",
                "data:text/html,<script>alert(1)</script>", "ftp://video.example.ru/1", "//video.example.ru/1",
                "https:///path-only", "https://user:secret@video.example.ru/1", "https://video.example.ru/a b",
                "https://video.example.ru/\"onmouseover=alert(1)", "видео", "", "   ", null}) {
            assertThat(VideoLink.check(url)).as(String.valueOf(url)).isEmpty();
        }
        assertThatThrownBy(() -> VideoLink.require("http://video.example.ru/1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("videoUrl");
                            assertThat(v.code()).isEqualTo(LearningError.VIDEO_URL_INVALID);
                        }));
    }
}

package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void a_page_within_bounds_keeps_its_offset_and_limit() {
        Page page = new Page(100, 25);

        assertThat(page.offset()).isEqualTo(100);
        assertThat(page.limit()).isEqualTo(25);
        assertThat(new Page(0, 1).limit()).isEqualTo(1);
        assertThat(new Page(0, Page.MAX_LIMIT).limit()).isEqualTo(500);
    }

    @Test
    void a_negative_offset_is_refused() {
        assertThatThrownBy(() -> new Page(-1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
    }

    @Test
    void a_limit_outside_one_to_the_maximum_is_refused() {
        assertThatThrownBy(() -> new Page(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> new Page(0, Page.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void missing_values_default_to_the_first_fifty() {
        assertThat(Page.of(null, null)).isEqualTo(new Page(0, 50));
        assertThat(Page.of(20, null)).isEqualTo(new Page(20, 50));
        assertThat(Page.of(null, 10)).isEqualTo(new Page(0, 10));
    }

    @Test
    void out_of_range_requests_are_clamped_instead_of_refused() {
        assertThat(Page.of(-5, 10)).isEqualTo(new Page(0, 10));
        assertThat(Page.of(0, 10_000)).isEqualTo(new Page(0, Page.MAX_LIMIT));
        assertThat(Page.of(0, 0)).isEqualTo(new Page(0, 1));
        assertThat(Page.of(0, -3)).isEqualTo(new Page(0, 1));
    }
}

package org.munacademy.shared.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.munacademy.shared.entity.InvalidInputException;
import org.munacademy.shared.entity.SharedError;

class QueryParamsTest {

    @Test
    void a_date_is_read_blank_is_absent_and_anything_else_names_the_field() {
        assertThat(QueryParams.date("from", " 2026-12-03 ")).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(QueryParams.date("from", " ")).isNull();
        assertThatThrownBy(() -> QueryParams.date("from", "03.12.2026")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("from");
                    assertThat(v.code()).isEqualTo(SharedError.EXPECTED_DATE);
                }));
    }

    @Test
    void repeated_constants_are_read_as_a_set_and_an_unknown_one_names_the_field_and_the_constants() {
        assertThat(QueryParams.constants("month", List.of("MAY", " JUNE", "MAY"), Month.class))
                .containsExactly(Month.MAY, Month.JUNE);
        assertThat(QueryParams.constants("month", null, Month.class)).isEmpty();
        assertThatThrownBy(() -> QueryParams.constants("month", List.of("MAY", "MAI"), Month.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("month");
                            assertThat(v.code()).isEqualTo(SharedError.JSON_EXPECTED_ONE_OF);
                            assertThat(v.args()).containsExactly(java.util.Arrays.toString(Month.values()));
                        }));
    }
}

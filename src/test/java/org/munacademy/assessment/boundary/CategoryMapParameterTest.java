package org.munacademy.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.AssessmentError;
import org.munacademy.shared.entity.InvalidInputException;

class CategoryMapParameterTest {

    @Test
    void repeated_category_parameters_become_a_map_split_at_the_last_arrow() {
        assertThat(AssessmentResource.categoryMap(List.of("Тема 1=>DIG-01", " Бюджет => BUD-01 ", "a=>b=>COM-02")))
                .containsExactly(Map.entry("Тема 1", "DIG-01"), Map.entry("Бюджет", "BUD-01"),
                        Map.entry("a=>b", "COM-02"));
        assertThat(AssessmentResource.categoryMap(null)).isEmpty();
    }

    @Test
    void a_parameter_without_an_arrow_or_category_is_a_400_naming_it() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentResource.categoryMap(List.of("Тема 1 DIG-01")));
        assertThat(e.violations()).extracting(InvalidInputException.Violation::field,
                InvalidInputException.Violation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("category", AssessmentError.CATEGORY_MAP_MALFORMED));
        assertThat(e.violations().get(0).args()).containsExactly("Тема 1 DIG-01");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> AssessmentResource.categoryMap(List.of("=>DIG-01")))).isNotNull();
    }
}

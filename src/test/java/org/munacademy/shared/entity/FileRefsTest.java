package org.munacademy.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileRefsTest {

    private static final String A = "a".repeat(64);
    private static final String B = "0123456789abcdef".repeat(4);

    @Test
    void a_reference_is_markdown_image_syntax_with_the_content_address_and_a_cleaned_alternative_text() {
        assertThat(FileRefs.reference(A, " Схема [1]\nбюджета ")).isEqualTo("![Схема 1 бюджета](file:" + A + ")");
        assertThatThrownBy(() -> FileRefs.reference("../etc/passwd", "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_is_cut_into_plain_pieces_and_references_in_order() {
        String text = "До " + FileRefs.reference(A, "раз") + " между " + FileRefs.reference(B, "") + " после";

        assertThat(FileRefs.parts(text)).containsExactly(new FileRefs.Text("До "), new FileRefs.Ref(A, "раз"),
                new FileRefs.Text(" между "), new FileRefs.Ref(B, ""), new FileRefs.Text(" после"));
        assertThat(FileRefs.files(text + FileRefs.reference(A, "снова"))).containsExactly(A, B);
        assertThat(FileRefs.plain(text)).isEqualTo("До раз между 🖼 после");
    }

    @Test
    void look_alikes_are_plain_text() {
        String text = "![x](file:" + A.toUpperCase() + ") ![x](http://e.org/" + A + ")"
                + " ![x](file:" + A.substring(1) + ")";

        assertThat(FileRefs.files(text)).isEmpty();
        assertThat(FileRefs.parts(text)).containsExactly(new FileRefs.Text(text));
        assertThat(FileRefs.parts("")).isEmpty();
    }
}

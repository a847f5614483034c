package org.munacademy.shared.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Table.Row> read(String text) {
        return Csv.read(new StringReader(text));
    }

    @Test
    void rows_are_keyed_by_the_header_and_numbered_from_line_two() {
        List<Table.Row> rows = read("code,name\n01,Adygea\n02,Bashkortostan\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get("code")).isEqualTo("01");
        assertThat(rows.get(0).get("name")).isEqualTo("Adygea");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).get("name")).isEqualTo("Bashkortostan");
        assertThat(rows.get(0).values()).containsOnlyKeys("code", "name");
    }

    @Test
    void header_names_are_trimmed_and_values_are_read_trimmed() {
        List<Table.Row> rows = read(" code , name \n 01 ,  Adygea  \n");

        assertThat(rows.get(0).get("code")).isEqualTo("01");
        assertThat(rows.get(0).get("name")).isEqualTo("Adygea");
        assertThat(rows.get(0).values().get("name")).isEqualTo("  Adygea  ");
    }

    @Test
    void a_quoted_field_may_contain_commas() {
        List<Table.Row> rows = read("oktmo,name\n19701000,\"Vologda, city district\"\n");

        assertThat(rows.get(0).get("name")).isEqualTo("Vologda, city district");
        assertThat(rows.get(0).get("oktmo")).isEqualTo("19701000");
    }

    @Test
    void doubled_quotes_inside_a_quoted_field_stand_for_one_quote() {
        List<Table.Row> rows = read("name,note\n\"Administration \"\"Vologda\"\"\",\"\"\"\"\n");

        assertThat(rows.get(0).get("name")).isEqualTo("Administration \"Vologda\"");
        assertThat(rows.get(0).get("note")).isEqualTo("\"");
    }

    @Test
    void an_empty_quoted_field_is_an_empty_value() {
        List<Table.Row> rows = read("a,b,c\n\"\",x,\"\"\n");

        assertThat(rows.get(0).get("a")).isEmpty();
        assertThat(rows.get(0).get("b")).isEqualTo("x");
        assertThat(rows.get(0).get("c")).isEmpty();
    }

    @Test
    void a_quoted_field_may_span_lines_and_later_rows_keep_their_line_numbers() {
        List<Table.Row> rows = read("code,description\n"
                + "A,\"first line\nsecond line\nthird line\"\n"
                + "B,plain\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).get("description")).isEqualTo("first line\nsecond line\nthird line");
        assertThat(rows.get(1).line()).isEqualTo(5);
        assertThat(rows.get(1).get("code")).isEqualTo("B");
    }

    @Test
    void crlf_line_endings_are_read_like_lf() {
        List<Table.Row> rows = read("code,name\r\n01,Adygea\r\n02,Bashkortostan\r\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values().get("name")).isEqualTo("Adygea");
        assertThat(rows.get(1).values().get("name")).isEqualTo("Bashkortostan");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void a_utf8_byte_order_mark_does_not_become_part_of_the_first_column_name() {
        byte[] bytes = "\uFEFFcode,name\n01,Адыгея\n".getBytes(StandardCharsets.UTF_8);
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);

        List<Table.Row> rows = Csv.read(new ByteArrayInputStream(bytes));

        assertThat(rows.get(0).values()).containsOnlyKeys("code", "name");
        assertThat(rows.get(0).get("code")).isEqualTo("01");
        assertThat(rows.get(0).get("name")).isEqualTo("Адыгея");
    }

    @Test
    void a_utf8_byte_order_mark_before_a_quoted_first_column_name_is_dropped() {
        byte[] bytes = "\uFEFF\"code\",\"name\"\n01,Adygea\n".getBytes(StandardCharsets.UTF_8);

        List<Table.Row> rows = Csv.read(new ByteArrayInputStream(bytes));

        assertThat(rows.get(0).values()).containsOnlyKeys("code", "name");
        assertThat(rows.get(0).get("code")).isEqualTo("01");
    }

    @Test
    void blank_trailing_lines_give_no_rows() {
        List<Table.Row> rows = read("code,name\n01,Adygea\n\n\n");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("name")).isEqualTo("Adygea");
    }

    @Test
    void a_last_row_without_a_final_line_break_is_read() {
        List<Table.Row> rows = read("code,name\n01,Adygea\n02,Bashkortostan");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("name")).isEqualTo("Bashkortostan");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    @Test
    void a_blank_line_between_rows_is_skipped_but_counted() {
        List<Table.Row> rows = read("code,name\n01,Adygea\n\n02,Bashkortostan\n");

        assertThat(rows).extracting(Table.Row::line).containsExactly(2, 4);
    }

    @Test
    void missing_trailing_columns_read_as_empty_strings() {
        List<Table.Row> rows = read("code,name,parent\n01\n02,Bashkortostan\n");

        Table.Row first = rows.get(0);
        assertThat(first.get("code")).isEqualTo("01");
        assertThat(first.values().get("name")).isEqualTo("");
        assertThat(first.values().get("parent")).isEqualTo("");
        assertThat(first.isBlank("name")).isTrue();
        assertThat(rows.get(1).isBlank("parent")).isTrue();
        assertThat(rows.get(1).isBlank("name")).isFalse();
    }

    @Test
    void a_column_the_header_does_not_name_reads_as_empty() {
        List<Table.Row> rows = read("code\n01\n");

        assertThat(rows.get(0).get("no-such-column")).isEmpty();
        assertThat(rows.get(0).isBlank("no-such-column")).isTrue();
    }

    @Test
    void an_empty_input_or_a_header_alone_gives_no_rows() {
        assertThat(read("")).isEmpty();
        assertThat(read("code,name\n")).isEmpty();
        assertThat(read("code,name")).isEmpty();
    }

    @Test
    void the_delimiter_is_the_one_the_header_line_uses_outside_quotes() {
        assertThat(Csv.delimiter("ФИО;СНИЛС;Должность\r\nИванов И. И.;112-233-445 95;Специалист")).isEqualTo(';');
        assertThat(Csv.delimiter("code,name\n01,Adygea")).isEqualTo(',');
        assertThat(Csv.delimiter("a\tb\tc\n")).isEqualTo('\t');
        assertThat(Csv.delimiter("\"a;b;c\",d,e\n")).isEqualTo(',');
        assertThat(Csv.delimiter("single\n")).isEqualTo(',');
    }

    @Test
    void a_semicolon_file_as_excel_in_russian_saves_it_is_read_with_its_line_numbers() {
        Table table = Csv.table("\uFEFFФИО;Табельный номер\r\nИванова Мария Петровна;00012\r\n;\r\n"
                + "\"Петров\r\nОлег\";7\r\nСидоров;8\r\n");

        assertThat(table.header()).containsExactly("ФИО", "Табельный номер");
        assertThat(table.rows()).extracting(Table.Row::line).containsExactly(2, 4, 6);
        assertThat(table.rows().get(0).get("Табельный номер")).isEqualTo("00012");
        assertThat(table.rows().get(1).get("ФИО")).isEqualTo("Петров\r\nОлег");
    }

    @Test
    void an_unclosed_quote_is_refused_as_invalid_input() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.table("a;b\n\"open;x\n"))
                .isInstanceOf(org.munacademy.shared.entity.InvalidInputException.class);
    }

    @Test
    void written_text_that_looks_like_a_formula_is_prefixed_with_an_apostrophe() {
        String csv = Csv.write(List.of("ФИО", "Балл"), List.of(
                List.of("=HYPERLINK(\"http://evil.example/\",\"Нажмите\")", 3),
                List.of("=cmd|' /C calc'!A0", -2),
                List.of("@SUM(1+1)", 1.5),
                Arrays.asList("Иванов, Иван", null)));

        List<Table.Row> back = Csv.read(new StringReader(csv));
        assertThat(back).extracting(r -> r.get("ФИО")).containsExactly(
                "'=HYPERLINK(\"http://evil.example/\",\"Нажмите\")",
                "'=cmd|' /C calc'!A0", "'@SUM(1+1)", "Иванов, Иван");
        assertThat(back).extracting(r -> r.get("Балл")).containsExactly("3", "-2", "1.5", "");
    }

    @Test
    void plus_minus_tab_and_carriage_return_at_the_start_are_neutralised_too() {
        assertThat(CellText.neutralise("+7 495")).isEqualTo("'+7 495");
        assertThat(CellText.neutralise("-1")).isEqualTo("'-1");
        assertThat(CellText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CellText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CellText.neutralise("Иванов")).isEqualTo("Иванов");
        assertThat(CellText.neutralise("")).isEmpty();
        assertThat(CellText.neutralise(null)).isNull();
    }
}

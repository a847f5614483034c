package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.Response;

class ItemJsonTest {

    static final List<ItemContent> EVERY_TYPE = List.of(
            new ItemContent(QuestionType.SINGLE_CHOICE, "Кто утверждает бюджет?\nВыберите один ответ.", List.of(
                    Option.choice("Дума", 100, "Верно: ст. 52 131-ФЗ."), Option.choice("Глава", 0, null),
                    Option.choice("Администрация «города»", -33.333333333333336, "\"Нет\"")), null, null,
                    "Бюджет принимает представительный орган."),
            new ItemContent(QuestionType.MULTIPLE_CHOICE, "Что входит?", List.of(
                    Option.choice("a", 100 / 3.0, null), Option.choice("b", 200 / 3.0, null),
                    Option.choice("c", -0.1, null), Option.choice("", 0.1 + 0.2, null)), null, null, null),
            new ItemContent(QuestionType.TRUE_FALSE, "Глава избирается.", List.of(
                    Option.choice(ItemContent.TRUE_TEXT, 0, null), Option.choice(ItemContent.FALSE_TEXT, 100, "Да")),
                    null, null, null),
            new ItemContent(QuestionType.SHORT_TEXT, "Назовите орган.", List.of(
                    Option.choice("Дума", 100, null), Option.choice("Совет депутатов", 50, "Почти")), null, null, null),
            new ItemContent(QuestionType.NUMERIC, "Сколько?", List.of(
                    Option.number(Math.PI, 1e-7, 100, null), Option.number(-1234567.891, 0, 50, "Около"),
                    Option.number(Double.MIN_VALUE, Double.MAX_VALUE, 12.5, null),
                    new Option("", 0, null, null, null)), null, null, null),
            new ItemContent(QuestionType.MATCHING, "Сопоставьте", null, List.of(
                    new Pair("Дума", "принимает"), new Pair("Глава", "подписывает"), new Pair("Суд\t", " 🏛 ")),
                    null, null),
            new ItemContent(QuestionType.ORDERING, "Упорядочьте", null, null,
                    List.of("первое", "второе", "третье \\ \"в кавычках\""), "Закон о порядке"));

    @Test
    void content_of_every_type_round_trips_exactly() {
        for (ItemContent item : EVERY_TYPE) {
            String json = ItemJson.write(item);
            assertThat(ItemJson.readContent(json)).as(json).isEqualTo(item);
            assertThat(ItemJson.write(ItemJson.readContent(json))).isEqualTo(json);
        }
    }

    @Test
    void doubles_round_trip_bit_for_bit_also_the_special_ones() {
        double[] values = {0.1 + 0.2, 1 / 3.0, -0.0, 0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL,
                1e21, 123456789.123456789, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 100};
        for (double v : values) {
            ItemContent item = new ItemContent(QuestionType.NUMERIC, "?",
                    List.of(new Option("", v, v, v, null)), null, null, null);
            Option read = ItemJson.readContent(ItemJson.write(item)).options().get(0);
            assertThat(Double.doubleToRawLongBits(read.weight())).as("%s", v).isEqualTo(Double.doubleToRawLongBits(v));
            assertThat(Double.doubleToRawLongBits(read.value())).isEqualTo(Double.doubleToRawLongBits(v));
            assertThat(Double.doubleToRawLongBits(read.tolerance())).isEqualTo(Double.doubleToRawLongBits(v));
        }
    }

    @Test
    void the_json_is_compact_and_leaves_out_what_is_empty() {
        ItemContent item = new ItemContent(QuestionType.SINGLE_CHOICE, "Да?", List.of(
                Option.choice("да", 100, null), Option.choice("нет", 0, " ")), null, null, " ");
        assertThat(ItemJson.write(item)).isEqualTo("{\"type\":\"SINGLE_CHOICE\",\"stem\":\"Да?\",\"options\":"
                + "[{\"text\":\"да\",\"weight\":100.0},{\"text\":\"нет\",\"weight\":0.0}]}");
        assertThat(ItemJson.readContent("{\"type\":\"ORDERING\"}"))
                .isEqualTo(new ItemContent(QuestionType.ORDERING, "", null, null, null, null));
    }

    @Test
    void responses_round_trip_exactly() {
        List<Response> responses = List.of(Response.choice(2), Response.choice(0, 3, 1), Response.text("  «Дума».  "),
                Response.text(""), Response.text("1 234,5"), Response.order(2, 0, -1, 1),
                new Response(List.of(), null, List.of()), new Response(null, null, null),
                new Response(List.of(1), "и текст", List.of(0, 1)));
        for (Response r : responses) {
            assertThat(ItemJson.readResponse(ItemJson.write(r))).isEqualTo(r);
        }
        assertThat(ItemJson.write(Response.choice(0, 2))).isEqualTo("{\"choices\":[0,2]}");
        assertThat(ItemJson.write(Response.text(null))).isEqualTo("{}");
        assertThat(ItemJson.readResponse("{}").text()).isNull();
        assertThat(ItemJson.readResponse("{\"text\":\"\"}").text()).isEmpty();
    }

    @Test
    void orders_are_compact_text() {
        assertThat(ItemJson.writeOrder(List.of(2, 0, 1))).isEqualTo("2,0,1");
        assertThat(ItemJson.writeOrder(List.of())).isEmpty();
        assertThat(ItemJson.readOrder("2,0,1")).containsExactly(2, 0, 1);
        assertThat(ItemJson.readOrder(" 3, -1 ,0 ")).containsExactly(3, -1, 0);
        assertThat(ItemJson.readOrder("")).isEmpty();
        assertThat(ItemJson.readOrder(null)).isEmpty();
        List<Integer> fifty = IntStream.range(0, 50).boxed().toList();
        assertThat(ItemJson.readOrder(ItemJson.writeOrder(fifty))).isEqualTo(fifty);
        assertThatThrownBy(() -> ItemJson.readOrder("1,,2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemJson.readOrder("1;2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void what_is_not_stored_json_is_refused_with_an_illegal_argument() {
        for (String bad : new String[] {"", "[]", "{", "{\"type\":\"POEM\"}", "{\"stem\":\"?\"}",
                "{\"type\":\"SINGLE_CHOICE\",\"options\":[1]}",
                "{\"type\":\"SINGLE_CHOICE\",\"options\":[{\"text\":\"a\",\"weight\":\"много\"}]}"}) {
            assertThatThrownBy(() -> ItemJson.readContent(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : new String[] {"{\"choices\":[1.5]}", "{\"choices\":\"1\"}", "{\"order\":[\"a\"]}", "null"}) {
            assertThatThrownBy(() -> ItemJson.readResponse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ItemJson.readContent(null)).isInstanceOf(IllegalArgumentException.class);
    }
}

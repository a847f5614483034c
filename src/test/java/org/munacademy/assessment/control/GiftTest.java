package org.munacademy.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.munacademy.assessment.entity.AssessmentImportError;
import org.munacademy.assessment.entity.AssessmentPlace;
import org.munacademy.assessment.entity.BankItem;
import org.munacademy.assessment.entity.Difficulty;
import org.munacademy.assessment.entity.ItemContent;
import org.munacademy.assessment.entity.ItemContent.Option;
import org.munacademy.assessment.entity.ItemContent.Pair;
import org.munacademy.assessment.entity.QuestionType;
import org.munacademy.assessment.entity.RichText;
import org.munacademy.assessment.entity.SourcedItem;
import org.munacademy.shared.boundary.ErrorTexts;
import org.munacademy.shared.entity.ImportRejectedException;
import org.munacademy.shared.entity.ImportRejectedException.ImportError;
import org.munacademy.shared.entity.Location;
import org.munacademy.shared.entity.SharedPlace;

class GiftTest {

    // ------------------------------------------------------------------------------------------ question types

    @Test
    void single_choice_with_per_answer_feedback() {
        ItemContent c = content("""
                Кто утверждает бюджет муниципального образования? {
                  =Представительный орган#Верно: это его исключительная компетенция.
                  ~Глава администрации#Глава вносит проект, но не утверждает.
                  ~Финансовый орган
                }
                """);

        assertThat(c).isEqualTo(new ItemContent(QuestionType.SINGLE_CHOICE,
                "Кто утверждает бюджет муниципального образования?", List.of(
                        Option.choice("Представительный орган", 100, "Верно: это его исключительная компетенция."),
                        Option.choice("Глава администрации", 0, "Глава вносит проект, но не утверждает."),
                        Option.choice("Финансовый орган", 0, null)),
                null, null, null));
    }

    @Test
    void multiple_choice_with_per_cent_weights_decimal_and_negative() {
        ItemContent c = content("""
                Какие документы входят в проект бюджета? {
                  ~%33.33333%Прогноз социально-экономического развития
                  ~%33.33333%Основные направления бюджетной политики
                  ~%33.33334%Пояснительная записка#Да
                  ~%-100%Трудовой договор главы#Нет: это кадровый документ
                  ~%-12.5%Устав
                }
                """);

        assertThat(c.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(c.options()).containsExactly(
                Option.choice("Прогноз социально-экономического развития", 33.33333, null),
                Option.choice("Основные направления бюджетной политики", 33.33333, null),
                Option.choice("Пояснительная записка", 33.33334, "Да"),
                Option.choice("Трудовой договор главы", -100, "Нет: это кадровый документ"),
                Option.choice("Устав", -12.5, null));
    }

    @Test
    void a_choice_is_multiple_only_with_several_right_answers_or_a_weight_other_than_0_and_100() {
        assertThat(content("Q {~%100%a ~%0%b ~c}").type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(content("Q {~%100%a ~%0%b ~c}").options()).extracting(Option::weight)
                .containsExactly(100.0, 0.0, 0.0);
        assertThat(content("Q {=a =b ~c}").type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(content("Q {=a =b ~c}").options()).extracting(Option::weight).containsExactly(100.0, 100.0, 0.0);
        assertThat(content("Q {=a ~%-50%b ~c}").type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(content("Q {~%50%a ~%50%b ~%-100%c}").type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(content("// [multiple]\nQ {~%100%a ~%0%b}").type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    }

    @Test
    void true_false_in_every_spelling() {
        List<Option> yes = List.of(Option.choice(ItemContent.TRUE_TEXT, 100, null),
                Option.choice(ItemContent.FALSE_TEXT, 0, null));
        List<Option> no = List.of(Option.choice(ItemContent.TRUE_TEXT, 0, null),
                Option.choice(ItemContent.FALSE_TEXT, 100, null));
        for (String t : List.of("{T}", "{TRUE}", "{ true }", "{t}")) {
            assertThat(content("Устав принимает представительный орган. " + t))
                    .isEqualTo(new ItemContent(QuestionType.TRUE_FALSE, "Устав принимает представительный орган.",
                            yes, null, null, null));
        }
        for (String f : List.of("{F}", "{FALSE}", "{\n  False\n}")) {
            assertThat(content("Устав утверждает глава. " + f).options()).isEqualTo(no);
        }
    }

    @Test
    void true_false_feedback_first_for_a_wrong_answer_then_for_a_right_one() {
        assertThat(content("Утверждение верно. {T#Подумайте ещё#Правильно!}").options()).containsExactly(
                Option.choice(ItemContent.TRUE_TEXT, 100, "Правильно!"),
                Option.choice(ItemContent.FALSE_TEXT, 0, "Подумайте ещё"));
        assertThat(content("Утверждение ложно. {FALSE#Подумайте ещё#Правильно!}").options()).containsExactly(
                Option.choice(ItemContent.TRUE_TEXT, 0, "Подумайте ещё"),
                Option.choice(ItemContent.FALSE_TEXT, 100, "Правильно!"));
        assertThat(content("Утверждение ложно. {F##Правильно!}").options()).containsExactly(
                Option.choice(ItemContent.TRUE_TEXT, 0, null),
                Option.choice(ItemContent.FALSE_TEXT, 100, "Правильно!"));
    }

    @Test
    void short_answer_with_accepted_alternatives_and_a_partial_one() {
        ItemContent c = content("Столица России? {=Москва =г. Москва =%50%Мск#Сокращение засчитано наполовину}");

        assertThat(c).isEqualTo(new ItemContent(QuestionType.SHORT_TEXT, "Столица России?", List.of(
                Option.choice("Москва", 100, null), Option.choice("г. Москва", 100, null),
                Option.choice("Мск", 50, "Сокращение засчитано наполовину")), null, null, null));
    }

    @Test
    void numeric_with_tolerance_range_exact_value_and_several_answers() {
        assertThat(content("Пи? {#3.14:0.01}").options()).containsExactly(Option.number(3.14, 0.01, 100, null));
        assertThat(content("От 1 до 5? {#1..5}").options()).containsExactly(Option.number(3, 2, 100, null));
        assertThat(content("Отрицательный диапазон {#-2.5..-0.5}").options())
                .containsExactly(Option.number(-1.5, 1, 100, null));
        assertThat(content("Сколько? {#5}").options()).containsExactly(Option.number(5, 0, 100, null));
        assertThat(content("Сколько? {#5#Пять}").options()).containsExactly(Option.number(5, 0, 100, "Пять"));
        assertThat(content("Экспонента {#1.5e3:2E-1}").options()).containsExactly(Option.number(1500, 0.2, 100, null));

        ItemContent several = content("""
                Сколько депутатов? {#
                  =3:0
                  =%50%3:1 #Почти
                  =%25%10..20#Далеко
                }
                """);
        assertThat(several.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(several.options()).containsExactly(Option.number(3, 0, 100, null),
                Option.number(3, 1, 50, "Почти"), Option.number(15, 5, 25, "Далеко"));
        assertThat(several.options()).allSatisfy(o -> assertThat(o.text()).isEmpty());
    }

    @Test
    void matching_pairs_in_order() {
        ItemContent c = content("""
                Сопоставьте орган и полномочие. {
                  =Совет депутатов -> принимает устав
                  =Глава -> подписывает нормативные акты
                  =Контрольно-счётная палата -> проверяет исполнение бюджета
                }
                """);

        assertThat(c).isEqualTo(new ItemContent(QuestionType.MATCHING, "Сопоставьте орган и полномочие.", null,
                List.of(new Pair("Совет депутатов", "принимает устав"),
                        new Pair("Глава", "подписывает нормативные акты"),
                        new Pair("Контрольно-счётная палата", "проверяет исполнение бюджета")),
                null, null));
    }

    @Test
    void ordering_extension_with_an_escaped_greater_than() {
        ItemContent c = content("""
                Расположите этапы бюджетного процесса по порядку. {
                  >Составление проекта
                  >Рассмотрение и утверждение
                  >Исполнение (доходы \\> расходы?)
                  >Отчёт об исполнении
                }
                """);

        assertThat(c).isEqualTo(new ItemContent(QuestionType.ORDERING,
                "Расположите этапы бюджетного процесса по порядку.", null, null,
                List.of("Составление проекта", "Рассмотрение и утверждение", "Исполнение (доходы > расходы?)",
                        "Отчёт об исполнении"),
                null));
        assertThat(content("Порядок {>a >b}").sequence()).containsExactly("a", "b");
    }

    @Test
    void general_feedback_after_four_hashes() {
        assertThat(content("Q {=a#верно ~b ####Общий отзыв: см. 131-ФЗ}").generalFeedback())
                .isEqualTo("Общий отзыв: см. 131-ФЗ");
        ItemContent tf = content("Q {T#нет#да####Статья 35}");
        assertThat(tf.generalFeedback()).isEqualTo("Статья 35");
        assertThat(tf.options()).extracting(Option::feedback).containsExactly("да", "нет");
        assertThat(content("Q {#5:1####Пять}").generalFeedback()).isEqualTo("Пять");
        assertThat(content("Q {=a =b ####   }").generalFeedback()).isNull();
        assertThat(content("Q {>a >b####Порядок}").generalFeedback()).isEqualTo("Порядок");
    }

    // ----------------------------------------------------------------------------------------- syntax details

    @Test
    void escapes_and_new_lines_inside_texts() {
        ItemContent c = content("Что значат \\{x\\}, \\~, \\=, \\#, \\: и \\\\ в GIFT?\\nВторая строка, C:\\dir "
                + "{=a\\=b\\#c#отзыв \\~ \\{\\} ~\\%d\\\\}");

        assertThat(c.stem()).isEqualTo("Что значат {x}, ~, =, #, : и \\ в GIFT?\nВторая строка, C:\\dir");
        assertThat(c.options()).containsExactly(Option.choice("a=b#c", 100, "отзыв ~ {}"),
                Option.choice("\\%d\\", 0, null));
    }

    @Test
    void text_after_the_answer_block_makes_a_missing_word_stem() {
        assertThat(content("Устав принимает {=совет депутатов ~глава} муниципального образования.").stem())
                .isEqualTo("Устав принимает _____ муниципального образования.");
        assertThat(content("{=Совет ~Глава} принимает устав.").stem()).isEqualTo("_____ принимает устав.");
    }

    @Test
    void a_question_runs_over_several_lines_until_a_blank_line_and_comments_inside_are_ignored() {
        List<SourcedItem> items = Gift.read("""
                // файл для проверки

                ::ЛЭ-001::
                Первая строка вопроса
                вторая строка {
                // комментарий внутри вопроса
                  =да
                  ~нет
                }

                ::ЛЭ-002:: Второй вопрос {T}
                """);

        assertThat(items).hasSize(2);
        assertThat(items.get(0).location()).isEqualTo(titled(3, "ЛЭ-001"));
        assertThat(items.get(0).location().field()).isEqualTo("line 3");
        assertThat(items.get(0).item().code()).as("a Cyrillic name is no code").isNull();
        assertThat(items.get(0).item().title()).isEqualTo("ЛЭ-001");
        assertThat(items.get(0).item().content().stem()).isEqualTo("Первая строка вопроса\nвторая строка");
        assertThat(items.get(0).item().content().options()).extracting(Option::text).containsExactly("да", "нет");
        assertThat(items.get(1).location()).isEqualTo(titled(11, "ЛЭ-002"));
        assertThat(items.get(1).item().title()).isEqualTo("ЛЭ-002");
        assertThat(items.get(1).item().content().stem()).isEqualTo("Второй вопрос");
    }

    @Test
    void without_a_title_the_code_is_null_and_windows_line_ends_and_a_bom_are_accepted() {
        List<SourcedItem> items = Gift.read(
                "\uFEFF// c\r\nВопрос без названия {T}\r\n\r\n::  ::Пустое название {F}\r\n");

        assertThat(items).extracting(s -> s.item().code()).containsExactly(null, null);
        assertThat(items).extracting(SourcedItem::location).containsExactly(line(2), line(4));
        assertThat(items.get(0).item().content().stem()).isEqualTo("Вопрос без названия");
    }

    @Test
    void category_gives_competency_and_level_and_the_comment_before_a_question_its_difficulty() {
        List<BankItem> items = Gift.read("""
                $CATEGORY: $course$/top/MUN-COMP/ЛЭ.1/2

                // [difficulty: hard]
                ::a::Q {T}

                // просто комментарий
                // [Difficulty: Лёгкий]
                ::b::Q {T}

                ::c::Q {T}

                // [difficulty: easy]

                ::d::Отметка отделена пустой строкой и не действует {T}

                $CATEGORY: top/Общие вопросы
                // [difficulty: сложный]
                ::e::Q {T}

                $CATEGORY: MUN-COMP/УП.2/3
                // [ difficulty : легкий ]
                ::f::Q {T}

                $CATEGORY: $system$/MUN-COMP/A/B/1
                // [difficulty:средний]
                ::g::Q {T}
                """).stream().map(SourcedItem::item).toList();

        assertThat(items).extracting(BankItem::code, BankItem::competencyCode, BankItem::level, BankItem::difficulty)
                .containsExactly(
                        tuple("a", "ЛЭ.1", 2, Difficulty.HARD),
                        tuple("b", "ЛЭ.1", 2, Difficulty.EASY),
                        tuple("c", "ЛЭ.1", 2, Difficulty.MEDIUM),
                        tuple("d", "ЛЭ.1", 2, Difficulty.MEDIUM),
                        tuple("e", null, 0, Difficulty.HARD),
                        tuple("f", "УП.2", 3, Difficulty.EASY),
                        tuple("g", "A/B", 1, Difficulty.MEDIUM));
    }

    @Test
    void questions_before_any_category_have_no_competency() {
        BankItem item = Gift.read("Q {T}").get(0).item();

        assertThat(item.competencyCode()).isNull();
        assertThat(item.level()).isZero();
        assertThat(item.difficulty()).isEqualTo(Difficulty.MEDIUM);
    }

    @Test
    void format_markers_are_removed_and_html_becomes_plain_text_or_rich_text() {
        ItemContent c = content("::q1::[html]<p>Что такое <b>бюджет</b>&nbsp;&laquo;МО&raquo;?</p><p>A &lt; B"
                + " &amp;&amp; C&#33; &#x41;</p>{\n=[plain]<b>как есть</b>#<i>отзыв</i>\n~<span>Смета</span>"
                + "\n####<p>Общий<br/>отзыв</p>}");

        assertThat(c.stem()).isEqualTo(RichText.of("<p>Что такое <b>бюджет</b>&nbsp;«МО»?</p><p>A &lt; B &amp;&amp; C! "
                + "A</p>"));
        assertThat(RichText.plain(c.stem())).isEqualTo("Что такое бюджет «МО»?\nA < B && C! A");
        assertThat(content("::q2::[html]<p>Что такое бюджет?</p> {T}").stem()).isEqualTo("Что такое бюджет?");
        assertThat(c.options()).containsExactly(Option.choice("<b>как есть</b>", 100, "отзыв"),
                Option.choice("Смета", 0, null));
        assertThat(c.generalFeedback()).isEqualTo("Общий\nотзыв");
        assertThat(content("[markdown]Текст *markdown* {T}").stem()).isEqualTo(RichText.of("<p>Текст <em>markdown</em>"
                + "</p>"));
        assertThat(content("[markdown]Текст markdown {T}").stem()).isEqualTo("Текст markdown");
        assertThat(content("[moodle]Текст {=[html]<b>a</b> ~b}").options()).extracting(Option::text)
                .containsExactly("a", "b");
        assertThat(content("[plain][html]буквально {T}").stem()).isEqualTo("[html]буквально");
    }

    @Test
    void markdown_is_rendered_with_its_lists_links_and_code_blocks_kept_as_rich_text() {
        ItemContent c = content("::md::[markdown]Что выведет **код**? См. [документацию](https\\://docs.example.org/a)"
                + "\\n\\n```\\nif (a > 1) \\{\\n    print(\"  два пробела\")\\n\\}\\n```\\n\\n- первый\\n- второй"
                + "\\n\\n1. раз\\n2. два {=ничего ~ошибку}");

        assertThat(c.stem()).isEqualTo(RichText.of("<p>Что выведет <strong>код</strong>? См. <a href=\"https://"
                + "docs.example.org/a\" rel=\"nofollow noopener\" target=\"_blank\">документацию</a></p> <pre><code>if "
                + "(a &gt; 1) {\n    print(\"  два пробела\")\n}\n</code></pre> <ul> <li>первый</li> <li>второй</li> "
                + "</ul> <ol> "
                + "<li>раз</li> <li>два</li> </ol>"));
    }

    @Test
    void html_is_cleaned_before_it_becomes_text_scripts_handlers_and_javascript_links_never_get_through() {
        ItemContent c = content("::x::[html]<p onclick\\=\"alert(1)\">Ответ<script>alert(2)</script>"
                + "<style>p\\{color\\:red\\}</style> <a href\\=\"javascript\\:alert(3)\">здесь</a>,"
                + " <a href\\=\"mailto\\:hr@example.org\">hr@example.org</a></p><pre>  a\\n    b</pre> {T}");

        assertThat(c.stem()).isEqualTo(RichText.of("<p>Ответ здесь, <a href=\"mailto:hr@example.org\" rel=\"nofollow "
                + "noopener\" target=\"_blank\">hr@example.org</a></p><pre>  a\n    b</pre>"));
        assertThat(RichText.plain(c.stem())).isEqualTo("Ответ здесь, hr@example.org\na\nb");
    }

    @Test
    void a_data_uri_image_in_markdown_is_stored_like_a_qti_image_and_an_outside_image_is_refused() {
        String png = java.util.Base64.getEncoder().encodeToString(ItemMediaTest.PNG).replace("=", "\\=");
        ItemMedia media = new ItemMedia();
        List<SourcedItem> items = Gift.read("::img::[markdown]Схема\\: ![сеть](data\\:image/png;base64," + png
                + ") {T}", media);

        assertThat(media.images()).hasSize(1);
        assertThat(items.get(0).item().content().stem()).isEqualTo("Схема: ![сеть](file:"
                + media.images().get(0).sha256() + ")");
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> Gift.read(
                "::img::[markdown]Схема ![сеть](https\\://example.org/a.png) {T}", new ItemMedia()));
        assertThat(e.errors()).extracting(ImportError::code).containsExactly(
                AssessmentImportError.GIFT_IMAGE_EXTERNAL);
    }

    @Test
    void rich_texts_round_trip_export_then_import_gives_the_same_question() {
        List<SourcedItem> first = Gift.read("$CATEGORY: MUN-COMP/DIG-01/2\n\n::RT-1::[markdown]Прочтите "
                + "[закон](https\\://example.org/131-fz)\\:\\n\\n```\\n  отступ\\n```\\n\\n- пункт {=да ~нет}\n\n"
                + "::RT-2::[html]<p>Строка<br>вторая</p><pre>x  \\= 1</pre>{T}\n");
        List<BankItem> items = first.stream().map(SourcedItem::item).toList();
        List<SourcedItem> again = Gift.read(Gift.write(items));

        assertThat(again).extracting(SourcedItem::item).containsExactlyElementsOf(items);
        assertThat(items.get(0).content().stem()).contains("<a href=\"https://example.org/131-fz\" rel=\"nofollow "
                + "noopener\" target=\"_blank\">закон</a>:</p> <pre><code>  отступ\n</code></pre> <ul> <li>пункт</li>");
        assertThat(items.get(1).content().stem()).isEqualTo(RichText.of("<p>Строка<br>вторая</p><pre>x  = 1</pre>"));
    }

    @Test
    void a_moodle_export_reads() {
        List<SourcedItem> items = Gift.read("""
                // question: 0  name: Switch category to $course$/top/Default for Academy
                $CATEGORY: $course$/top/Default for Academy


                // question: 101  name: Q1
                ::Q1::[html]<p>Выберите верное</p>{
                \t~%50%[html]<p>Первое</p>#[html]<p>да</p>
                \t~%50%[html]Второе#
                \t~%-100%[html]Третье#нет
                }

                // question: 102  name: Q2
                ::Q2::[html]Сколько?{#
                \t=%100%3:0.5#
                \t=%50%4:0#
                }

                // question: 103  name: Q3
                ::Q3::[html]Город?{
                \t=%100%Москва#
                }
                """);

        assertThat(items).extracting(s -> s.item().content().type()).containsExactly(QuestionType.MULTIPLE_CHOICE,
                QuestionType.NUMERIC, QuestionType.SHORT_TEXT);
        assertThat(items.get(0).item().content().options()).containsExactly(Option.choice("Первое", 50, "да"),
                Option.choice("Второе", 50, null), Option.choice("Третье", -100, "нет"));
        assertThat(items.get(1).item().content().options()).containsExactly(Option.number(3, 0.5, 100, null),
                Option.number(4, 0, 50, null));
        assertThat(items.get(2).item().content().options()).containsExactly(Option.choice("Москва", 100, null));
        assertThat(items).extracting(SourcedItem::location).containsExactly(line(6), line(13), line(19));
    }

    @Test
    void an_empty_file_has_no_questions() {
        assertThat(Gift.read("")).isEmpty();
        assertThat(Gift.read("// только комментарий\n\n$CATEGORY: MUN-COMP/A/1\n")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- errors

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the question text on line 2     | expected line | code                       | Russian text contains
            Q {=a ~b                          | 2  | GIFT_BLOCK_UNCLOSED        | не закрыта фигурная скобка
            Q {=a ~b} и ещё {=c ~d}           | 2  | GIFT_SECOND_BLOCK          | второй блок ответа
            Q =a ~b}                          | 2  | GIFT_STRAY_CLOSE           | без открывающей
            Q {=a {~b}                        | 2  | GIFT_NESTED_OPEN           | внутри блока ответа
            Q {foo}                           | 2  | GIFT_BLOCK_UNKNOWN         | неизвестный блок ответа
            Q {T#a#b#c}                       | 2  | GIFT_TRUE_FALSE_FEEDBACKS  | не больше двух отзывов
            Q {~a ~b}                         | 2  | GIFT_NO_RIGHT_ANSWER       | нет правильного ответа
            Q {~%0%a ~%-50%b}                 | 2  | GIFT_NO_RIGHT_ANSWER       | нет правильного ответа
            Q {=%0%a}                         | 2  | GIFT_NO_RIGHT_ANSWER       | нет правильного ответа
            Q {~%100%a}                       | 2  | GIFT_TOO_FEW_CHOICES       | не меньше двух вариантов
            Q {~%150%a ~b}                    | 2  | GIFT_WEIGHT_RANGE          | вне диапазона от -100 до 100
            Q {~%-100.5%a =b}                 | 2  | GIFT_WEIGHT_RANGE          | вне диапазона от -100 до 100
            Q {~%abc%a =b}                    | 2  | GIFT_WEIGHT_NOT_NUMBER     | «abc» — не число
            Q {~%33,3%a =b}                   | 2  | GIFT_WEIGHT_COMMA          | отделяйте точкой
            Q {~%50 a =b}                     | 2  | GIFT_WEIGHT_UNCLOSED       | не закрыт вес
            Q {= ~b}                          | 2  | GIFT_EMPTY_OPTION          | пустой вариант ответа
            Q {#abc}                          | 2  | GIFT_NOT_NUMBER            | «abc» — не число
            Q {#3,14:0.01}                    | 2  | GIFT_NUMBER_COMMA          | отделяйте точкой
            Q {#5:-1}                         | 2  | GIFT_TOLERANCE_NEGATIVE    | отрицательный
            Q {#5..1}                         | 2  | GIFT_RANGE_REVERSED        | начало больше конца
            Q {#}                             | 2  | GIFT_NUMERIC_EMPTY         | нет ответа
            Q {#=%0%5}                        | 2  | GIFT_NO_RIGHT_ANSWER       | нет правильного ответа
            Q {=a -> 1 =b 2 =c -> 3}          | 2  | GIFT_MATCH_NO_ARROW        | без «->»: «b 2»
            Q {=a -> 1 ~b -> 2}               | 2  | GIFT_MATCH_TILDE           | начинается с «=»
            Q {=a -> 1 =b -> 2#отзыв}         | 2  | GIFT_MATCH_FEEDBACK        | не бывает отзыва
            Q {=a -> 1 =b -> }                | 2  | GIFT_MATCH_EMPTY_SIDE      | пустая правая часть
            Q {=a -> 1}                       | 2  | GIFT_MATCH_TOO_FEW         | не меньше двух пар
            Q {>a}                            | 2  | GIFT_ORDER_TOO_FEW         | не меньше двух элементов
            Q {>a > >c}                       | 2  | GIFT_ORDER_EMPTY           | пустой элемент
            Q {>a =b}                         | 2  | GIFT_ORDER_MARKER          | начинается с «>»
            ::title Q {T}                     | 2  | GIFT_TITLE_UNCLOSED        | название вопроса не закрыто
            Просто текст без блока            | 2  | GIFT_NO_ANSWER_BLOCK       | описание
            ::title::{T}                      | 2  | GIFT_NO_STEM               | нет текста
            ::title::                         | 2  | GIFT_NOTHING               | ни текста, ни блока
            """)
    void every_kind_of_mistake_is_reported_with_its_line(String question, int line, AssessmentImportError code,
            String russian) {
        List<ImportError> errors = errors("// комментарий\n" + question + "\n");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).location().field()).isEqualTo("line " + line);
        assertThat(errors.get(0).code()).isEqualTo(code);
        assertThat(errors.get(0).text(RUSSIAN)).containsIgnoringCase(russian);
        assertThat(errors.get(0).text(ErrorTexts.IN_ENGLISH)).as("an English text too").doesNotStartWith("!")
                .doesNotContain("{0}");
    }

    @Test
    void metadata_mistakes_are_reported_on_their_own_line() {
        assertThat(errors("// [difficulty: очень сложный]\nQ {T}")).containsExactly(ImportError.of(line(1),
                AssessmentImportError.GIFT_DIFFICULTY_UNKNOWN, "очень сложный"));
        for (String category : List.of("MUN-COMP/STR-01/x", "MUN-COMP/STR-01", "MUN-COMP//2", "MUN-COMP",
                "$course$/top/MUN-COMP/A/-1", "MUN-COMP/A/12345")) {
            assertThat(errors("$CATEGORY: " + category + "\n\nQ {T}"))
                    .as(category).singleElement().satisfies(e -> {
                        assertThat(e.location()).isEqualTo(line(1));
                        assertThat(e.code()).isEqualTo(AssessmentImportError.GIFT_CATEGORY_INVALID);
                        assertThat(e.text(RUSSIAN)).contains("ожидается MUN-COMP/<код компетенции>/<уровень>");
                    });
        }
    }

    @Test
    void errors_inside_a_multi_line_question_name_the_exact_line() {
        List<ImportError> errors = errors("""
                ::q::Вопрос {
                  =a
                  ~%200%b
                  ~%abc%c
                }
                """);

        assertThat(errors).containsExactly(
                ImportError.of(titled(3, "q"), AssessmentImportError.GIFT_WEIGHT_RANGE, "200"),
                ImportError.of(titled(4, "q"), AssessmentImportError.GIFT_WEIGHT_NOT_NUMBER, "abc"));
    }

    @Test
    void a_file_with_three_malformed_questions_is_refused_with_exactly_those_three_lines() {
        String file = """
                $CATEGORY: MUN-COMP/ЛЭ.1/1

                // [difficulty: easy]
                ::ok-1::Правильный вопрос {=да ~нет}

                ::bad-1::Незакрытая скобка {=да ~нет

                ::ok-2::Ещё правильный {T}

                ::bad-2::Нет правильного ответа {~да ~нет}

                ::bad-3::Соответствие без стрелки {
                  =a -> 1
                  =b -> 2
                  =c 3
                }

                ::ok-3::Правильный числовой {#42}
                """;

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> Gift.read(file));

        assertThat(e).isNotNull();
        assertThat(e.errors()).containsExactly(
                ImportError.of(titled(6, "bad-1"), AssessmentImportError.GIFT_BLOCK_UNCLOSED, "{"),
                ImportError.of(titled(10, "bad-2"), AssessmentImportError.GIFT_NO_RIGHT_ANSWER),
                ImportError.of(titled(15, "bad-3"), AssessmentImportError.GIFT_MATCH_NO_ARROW, "c 3"));
        assertThat(e.errors()).extracting(err -> err.text(RUSSIAN)).containsExactly(
                "Не закрыта фигурная скобка ответа «{»",
                "Нет правильного ответа: ни у одного ответа нет положительного веса",
                "Пара соответствия без «->»: «c 3»");
        assertThat(e.errors().get(0).location().text(RUSSIAN) + ": " + e.errors().get(0).text(ErrorTexts.IN_ENGLISH))
                .isEqualTo("строка 6 (вопрос «bad-1»): The brace \"{\" of the answer block is not closed");
        assertThat(e.errors().get(0).location().field()).as("the machine form stays the line").isEqualTo("line 6");
    }

    @Test
    void a_text_longer_than_the_limit_is_refused_without_reading() {
        String tooLong = "Q {T}\n\n" + " ".repeat(Gift.MAX_CHARS);

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> Gift.read(tooLong));

        assertThat(e.errors()).containsExactly(ImportError.of(Location.of(SharedPlace.FILE),
                AssessmentImportError.GIFT_TOO_LONG, Gift.MAX_CHARS, tooLong.length()));
        assertThat(Gift.read("Q {T}\n\n" + " ".repeat(Gift.MAX_CHARS - 7))).hasSize(1);
    }

    @Test
    void more_questions_than_the_limit_are_refused() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < Gift.MAX_QUESTIONS; i++) {
            file.append("Q").append(i).append(" {T}\n\n");
        }
        assertThat(Gift.read(file.toString())).hasSize(Gift.MAX_QUESTIONS);

        file.append("Лишний {T}\n");
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> Gift.read(file.toString()));
        assertThat(e.errors()).containsExactly(ImportError.of(line(2 * Gift.MAX_QUESTIONS + 1),
                AssessmentImportError.GIFT_TOO_MANY_QUESTIONS, Gift.MAX_QUESTIONS));
        assertThat(e.errors().get(0).text(RUSSIAN)).contains("больше 5\u00a0000 вопросов");
    }

    @Test
    void at_most_a_thousand_errors_are_listed_then_the_file_is_no_longer_checked() {
        String file = "Q {~a ~b}\n\n".repeat(1500);

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> Gift.read(file));

        assertThat(e.errors()).hasSize(1001);
        assertThat(e.errors().get(999).location()).isEqualTo(line(1999));
        assertThat(e.errors().get(1000)).isEqualTo(ImportError.of(Location.of(SharedPlace.FILE),
                AssessmentImportError.GIFT_TOO_MANY_ERRORS, 1000));
    }

    // -------------------------------------------------------------------------------------------- writing

    static final String SPECIAL = "~ = # { } : \\ > -> % [html] // \\n";

    static List<BankItem> everyType() {
        return List.of(
                new BankItem("ЛЭ-001", "ЛЭ.1", 2, Difficulty.EASY, new ItemContent(QuestionType.SINGLE_CHOICE,
                        "Кто утверждает бюджет? " + SPECIAL + "\nВторая строка", List.of(
                                Option.choice("Совет депутатов " + SPECIAL, 100, "Верно: " + SPECIAL),
                                Option.choice("Глава", 0, null),
                                Option.choice("%Процент в начале", 0, "Нет")),
                        null, null, "Общий отзыв " + SPECIAL)),
                new BankItem("ЛЭ-002", "ЛЭ.1", 2, Difficulty.MEDIUM, new ItemContent(QuestionType.MULTIPLE_CHOICE,
                        "Выберите все верные", List.of(
                                Option.choice("a", 100.0 / 3, "треть"),
                                Option.choice("b", 33.33333, null),
                                Option.choice("c", 100.0 / 3 + 0.00001, null),
                                Option.choice("d -> e", -12.5, "минус"),
                                Option.choice("%f", -0.0, null),
                                Option.choice("g", 1e-7, null)),
                        null, null, null)),
                new BankItem("ЛЭ-003", "ЛЭ.1", 2, Difficulty.HARD, new ItemContent(QuestionType.MULTIPLE_CHOICE,
                        "Отметьте все верные (верный один)", List.of(
                                Option.choice("да", 100, null), Option.choice("нет", 0, null)),
                        null, null, null)),
                new BankItem("УП-001", "УП.1", 3, Difficulty.HARD, new ItemContent(QuestionType.TRUE_FALSE,
                        "Устав принимает глава. " + SPECIAL, List.of(
                                Option.choice(ItemContent.TRUE_TEXT, 0, "Нет: " + SPECIAL),
                                Option.choice(ItemContent.FALSE_TEXT, 100, "Да#")),
                        null, null, "См. статью 44")),
                new BankItem("УП-002", "УП.1", 3, Difficulty.MEDIUM, new ItemContent(QuestionType.TRUE_FALSE,
                        "Утверждение верно", List.of(
                                Option.choice(ItemContent.TRUE_TEXT, 100, null),
                                Option.choice(ItemContent.FALSE_TEXT, 0, "Неправильно")),
                        null, null, "####")),
                new BankItem("УП-003", "УП.1", 3, Difficulty.MEDIUM, new ItemContent(QuestionType.TRUE_FALSE,
                        "Только отзыв за верный", List.of(
                                Option.choice(ItemContent.TRUE_TEXT, 100, "#верно"),
                                Option.choice(ItemContent.FALSE_TEXT, 0, null)),
                        null, null, null)),
                new BankItem("ЛЭ-004", "ЛЭ.1", 2, Difficulty.EASY, new ItemContent(QuestionType.SHORT_TEXT,
                        "Столица? " + SPECIAL, List.of(
                                Option.choice("Москва " + SPECIAL, 100, "да " + SPECIAL),
                                Option.choice("Мск", 33.5, null),
                                Option.choice("%50%", 100, null)),
                        null, null, null)),
                new BankItem(null, null, 0, Difficulty.MEDIUM, new ItemContent(QuestionType.NUMERIC,
                        "// Сколько? " + SPECIAL, List.of(
                                Option.number(3.14, 0.01, 100, "Точно " + SPECIAL),
                                Option.number(-0.0, 1e-9, 50, null),
                                Option.number(1e20, 0.5, 12.34567, null),
                                Option.number(-2.5, 0, -100, "совсем нет")),
                        null, null, SPECIAL)),
                new BankItem("УП-004", "УП.1", 3, Difficulty.EASY, new ItemContent(QuestionType.MATCHING,
                        "Сопоставьте " + SPECIAL, null, List.of(
                                new Pair("Совет -> депутатов " + SPECIAL, "устав " + SPECIAL),
                                new Pair("Глава-", ">подпись"),
                                new Pair("%x", "[plain]y")),
                        null, null)),
                new BankItem("УП-005", "УП.1", 3, Difficulty.HARD, new ItemContent(QuestionType.ORDERING,
                        "Упорядочите " + SPECIAL, null, null,
                        List.of("Первый > " + SPECIAL, ">Второй", "Третий\nстрока", "=четвёртый"),
                        "Порядок: " + SPECIAL)),
                new BankItem("::код:: " + SPECIAL, null, 0, Difficulty.EASY, new ItemContent(
                        QuestionType.SINGLE_CHOICE, "[html]<b>не html</b>", List.of(
                                Option.choice("[markdown]a", 100, "[moodle]b"),
                                Option.choice("c", 0, null)),
                        null, null, "[plain]d")));
    }

    @Test
    void round_trip_of_every_type_with_feedbacks_special_characters_and_decimal_weights() {
        List<BankItem> items = everyType();

        String gift = Gift.write(items);
        List<BankItem> back = Gift.read(gift).stream().map(SourcedItem::item).toList();

        // the writer groups by category: ЛЭ.1/2, then УП.1/3, then the unknown competency
        List<BankItem> grouped = new ArrayList<>();
        grouped.addAll(items.stream().filter(i -> "ЛЭ.1".equals(i.competencyCode())).toList());
        grouped.addAll(items.stream().filter(i -> "УП.1".equals(i.competencyCode())).toList());
        grouped.addAll(items.stream().filter(i -> i.competencyCode() == null).toList());
        assertThat(back).containsExactlyElementsOf(grouped.stream().map(GiftTest::asRead).toList());
        assertThat(Gift.write(back)).isEqualTo(gift);
    }

    @Test
    void round_trip_keeps_each_weight_and_number_exactly() {
        double[] weights = {100, 0, -0.0, 50, -100, 33.33333, 100.0 / 3, -100.0 / 3, 0.1 + 0.2, 1e-7, 12.5,
                Math.nextUp(50.0), 99.999999999, -0.00001};
        List<Option> options = new ArrayList<>();
        List<Option> numbers = new ArrayList<>();
        for (double w : weights) {
            options.add(Option.choice("w" + w, w, null));
            numbers.add(Option.number(w * 1e10, Math.abs(w) / 7, w == 0 ? 1 : w, null));
        }
        options.add(Option.choice("right", 100, null));
        List<BankItem> items = List.of(
                new BankItem("m", "A", 1, Difficulty.MEDIUM,
                        new ItemContent(QuestionType.MULTIPLE_CHOICE, "Q", options, null, null, null)),
                new BankItem("n", "A", 1, Difficulty.MEDIUM,
                        new ItemContent(QuestionType.NUMERIC, "Q", numbers, null, null, null)));

        assertThat(Gift.read(Gift.write(items)).stream().map(SourcedItem::item)).containsExactlyElementsOf(items);
    }

    @Test
    void the_writer_emits_categories_difficulty_comments_and_compact_weights() {
        List<BankItem> items = List.of(
                new BankItem("a", "ЛЭ.1", 2, Difficulty.EASY, new ItemContent(QuestionType.MULTIPLE_CHOICE,
                        "Q: {1}", List.of(Option.choice("x", 50, "ok"), Option.choice("y", 50, null),
                                Option.choice("z", -33.33333, null)),
                        null, null, null)),
                new BankItem(null, null, 0, null, new ItemContent(QuestionType.SINGLE_CHOICE, "R",
                        List.of(Option.choice("x", 100, null), Option.choice("y", 0, null)), null, null, null)),
                new BankItem("c", "ЛЭ.1", 2, Difficulty.HARD, new ItemContent(QuestionType.NUMERIC, "N",
                        List.of(Option.number(3.5, 0.25, 100, null)), null, null, "g")));

        assertThat(Gift.write(items)).isEqualTo("""
                $CATEGORY: MUN-COMP/ЛЭ.1/2

                // [difficulty: easy]
                ::a::Q\\: \\{1\\} {
                \t~%50%x#ok
                \t~%50%y
                \t~%-33.33333%z
                }

                // [difficulty: hard]
                ::c::N {#
                \t=3.5:0.25
                \t####g
                }

                $CATEGORY: imported

                // [difficulty: medium]
                R {
                \t=x
                \t~y
                }

                """);
    }

    @Test
    void a_multiple_choice_with_one_right_answer_is_marked_so_it_stays_multiple() {
        BankItem item = new BankItem("m", "A", 1, Difficulty.EASY, new ItemContent(QuestionType.MULTIPLE_CHOICE,
                "Q", List.of(Option.choice("a", 100, null), Option.choice("b", 0, null)), null, null, null));

        String gift = Gift.write(List.of(item));

        assertThat(gift).contains("// [difficulty: easy] [multiple]\n");
        assertThat(Gift.read(gift).get(0).item()).isEqualTo(item);
    }

    @Test
    void items_without_a_competency_read_back_without_one() {
        BankItem item = new BankItem("x", null, 0, Difficulty.HARD, new ItemContent(QuestionType.TRUE_FALSE, "Q",
                List.of(Option.choice(ItemContent.TRUE_TEXT, 0, null), Option.choice(ItemContent.FALSE_TEXT, 100,
                        null)), null, null, null));

        assertThat(Gift.write(List.of(item))).startsWith("$CATEGORY: imported\n\n");
        assertThat(Gift.read(Gift.write(List.of(item)))).containsExactly(new SourcedItem(line(4), item));
    }

    @Test
    void the_writer_refuses_what_gift_cannot_carry() {
        BankItem noValue = new BankItem("n", null, 0, null, new ItemContent(QuestionType.NUMERIC, "Q",
                List.of(new Option("", 100, null, null, null)), null, null, null));
        BankItem badCompetency = new BankItem("b", "A\nB", 1, null, new ItemContent(QuestionType.TRUE_FALSE, "Q",
                List.of(Option.choice(ItemContent.TRUE_TEXT, 100, null), Option.choice(ItemContent.FALSE_TEXT, 0,
                        null)), null, null, null));

        assertThatThrownBy(() -> Gift.write(List.of(noValue))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gift.write(List.of(badCompetency))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Gift.write(List.of())).isEmpty();
    }

    // -------------------------------------------------------------------------------------------- helpers

    private static ItemContent content(String gift) {
        List<SourcedItem> items = Gift.read(gift);
        assertThat(items).hasSize(1);
        return items.get(0).item().content();
    }

    private static final ErrorTexts RUSSIAN = ErrorTexts.in(ErrorTexts.RUSSIAN);

    private static Location line(int number) {
        return Location.of(SharedPlace.LINE, number);
    }

    private static Location titled(int number, String title) {
        return Location.of(AssessmentPlace.GIFT_QUESTION, number, title);
    }

    /** An item as GIFT gives it back: a name that is no code is the title, and the bank makes the code. */
    static BankItem asRead(BankItem item) {
        return item.code() == null || item.code().matches("[A-Za-z0-9._-]{1,60}") ? item
                : new BankItem(null, item.competencyCode(), item.level(), item.difficulty(), item.content(),
                        item.code().strip(), item.category());
    }

    private static List<ImportError> errors(String gift) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> Gift.read(gift));
        assertThat(e).as("the file is refused").isNotNull();
        return e.errors();
    }
}

package org.munacademy.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.munacademy.identity.entity.UserName;

class UserNamesTest {

    @Test
    void a_russian_name_becomes_the_transliterated_surname_a_dot_and_the_initials() {
        assertThat(UserNames.base("Смирнова", "Анна", "Викторовна", "smirnova.av@vologda-city.ru"))
                .isEqualTo("smirnova.av");
        assertThat(UserNames.base("Фёдорова", "Алина", "Игоревна", null)).isEqualTo("fedorova.ai");
        assertThat(UserNames.base("Тихонов", "Кирилл", null, "t@x.ru")).isEqualTo("tikhonov.k");
    }

    @Test
    void transliteration_follows_the_passport_table_letter_by_letter() {
        assertThat(UserNames.transliterate("Щукин")).isEqualTo("shchukin");
        assertThat(UserNames.transliterate("Жуковская")).isEqualTo("zhukovskaia");
        assertThat(UserNames.transliterate("Хрущёв")).isEqualTo("khrushchev");
        assertThat(UserNames.transliterate("Цой")).isEqualTo("tsoi");
        assertThat(UserNames.transliterate("Юрьев")).isEqualTo("iurev");
        assertThat(UserNames.transliterate("Подъячев")).isEqualTo("podieiachev");
        assertThat(UserNames.transliterate("Эрдэнэ")).isEqualTo("erdene");
        assertThat(UserNames.transliterate("Чайковский")).isEqualTo("chaikovskii");
        assertThat(UserNames.transliterate("Мыльникова")).isEqualTo("mylnikova");
    }

    @Test
    void double_surnames_keep_one_dash_and_other_signs_and_accents_are_dropped() {
        assertThat(UserNames.transliterate("Петрова-Водкина")).isEqualTo("petrova-vodkina");
        assertThat(UserNames.transliterate("  Римский -  Корсаков ")).isEqualTo("rimskii-korsakov");
        assertThat(UserNames.transliterate("Д’Артаньян")).isEqualTo("dartanian");
        assertThat(UserNames.transliterate("Müller-Lüdenscheidt")).isEqualTo("muller-ludenscheidt");
        assertThat(UserNames.transliterate("O'Brien")).isEqualTo("obrien");
        assertThat(UserNames.transliterate("Ли 李")).isEqualTo("li");
    }

    @Test
    void an_initial_is_the_first_latin_letter_of_a_name_that_begins_with_a_two_letter_sound() {
        assertThat(UserNames.base("Иванова", "Юлия", "Эдуардовна", null)).isEqualTo("ivanova.ie");
        assertThat(UserNames.base("Орлов", "Щерба", "Жанович", null)).isEqualTo("orlov.sz");
    }

    @Test
    void without_a_surname_in_any_writable_script_the_email_local_part_is_used_then_a_fixed_word() {
        assertThat(UserNames.base("李", "明", null, "Li.Ming+hr@example.org")).isEqualTo("li.minghr");
        assertThat(UserNames.base("李", "明", null, "_x@example.org")).as("one letter is too short")
                .isEqualTo("employee");
        assertThat(UserNames.base("李", null, null, null)).isEqualTo("employee");
    }

    @Test
    void a_taken_name_gets_the_smallest_free_number() {
        Set<String> taken = Set.of("smirnova.av", "smirnova.av2", "smirnova.av4");
        assertThat(UserNames.unique("smirnova.av", taken::contains)).isEqualTo("smirnova.av3");
        assertThat(UserNames.unique("kuznetsov.do", taken::contains)).isEqualTo("kuznetsov.do");
    }

    @Test
    void namesakes_in_one_list_get_distinct_names_in_file_order_and_the_same_list_gives_the_same_names() {
        List<String[]> people = List.of(new String[] {"Смирнова", "Анна", "Викторовна"},
                new String[] {"Смирнова", "Алла", "Владимировна"}, new String[] {"Смирнова", "Ася", "Васильевна"});
        assertThat(assign(people, Set.of("smirnova.av"))).containsExactly("smirnova.av2", "smirnova.av3",
                "smirnova.av4");
        assertThat(assign(people, Set.of("smirnova.av"))).as("deterministic")
                .containsExactly("smirnova.av2", "smirnova.av3", "smirnova.av4");
        assertThat(assign(people, Set.of())).containsExactly("smirnova.av", "smirnova.av2", "smirnova.av3");
    }

    @Test
    void every_derived_name_is_a_well_formed_user_name_of_at_most_60_characters_even_with_a_number() {
        String longSurname = "Константинопольская-Верхнеднепровская-Новоалександровская";
        String base = UserNames.base(longSurname, "Анна", "Викторовна", null);
        assertThat(base).hasSizeLessThanOrEqualTo(60);
        assertThat(UserName.isWellFormed(base)).as(base).isTrue();
        String numbered = UserNames.unique(base, n -> n.equals(base));
        assertThat(numbered).hasSizeLessThanOrEqualTo(60).endsWith("2");
        assertThat(UserName.isWellFormed(numbered)).as(numbered).isTrue();
        for (String odd : List.of("-Иванов", "Ъ", "'", "Ёж", "42")) {
            String name = UserNames.base(odd, "А", null, "a@b.ru");
            assertThat(UserName.isWellFormed(name)).as(odd + " → " + name).isTrue();
        }
    }

    private static List<String> assign(List<String[]> people, Set<String> existing) {
        Set<String> given = new HashSet<>();
        return people.stream().map(p -> {
            String name = UserNames.unique(UserNames.base(p[0], p[1], p[2], "x@y.ru"),
                    n -> existing.contains(n) || given.contains(n));
            given.add(name);
            return name;
        }).toList();
    }
}

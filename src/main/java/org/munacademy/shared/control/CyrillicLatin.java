package org.munacademy.shared.control;

import java.util.Map;

/**
 * Cyrillic letters in Latin by ICAO Doc 9303, the table Russian international passports use (Приказ МВД № 851 /
 * ГОСТ Р 52535.1-2006): one spelling per letter, so that people recognise their name as their passport writes it.
 * Shared by account user names (identity) and question codes made from titles (assessment).
 */
public final class CyrillicLatin {

    private static final Map<Character, String> LATIN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"),
            // Ukrainian and Belarusian letters that occur in Russian staff lists
            Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('є', "ie"), Map.entry('ў', "u"), Map.entry('ґ', "g"));

    private CyrillicLatin() {
    }

    /** The Latin spelling of a lower-case Cyrillic letter ({@code ь} is ""), or null for any other character. */
    public static String of(char c) {
        return LATIN.get(c);
    }
}

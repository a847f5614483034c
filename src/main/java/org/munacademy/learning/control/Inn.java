package org.munacademy.learning.control;

/**
 * ИНН, the taxpayer identification number (идентификационный номер налогоплательщика), of an organisation: ten
 * digits — the tax office's code (four), the organisation's number (five) and a check digit. The check digit (ФНС
 * rules): the first nine digits times the weights 2, 4, 10, 3, 5, 9, 4, 6, 8, summed, the sum modulo 11, then modulo
 * 10. A person's twelve-digit ИНН is not a provider's and is refused.
 */
public final class Inn {

    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {
    }

    /** Whether the text (surrounding spaces aside) is an organisation's ИНН with the right check digit. */
    public static boolean validOrganisation(String text) {
        if (text == null) {
            return false;
        }
        String digits = text.strip();
        return digits.matches("\\d{10}") && checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0';
    }

    /** The check digit of an organisation's first nine digits. */
    static int checkDigit(String nine) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (nine.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum % 11 % 10;
    }
}

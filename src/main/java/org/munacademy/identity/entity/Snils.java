package org.munacademy.identity.entity;

import java.util.Optional;

/**
 * СНИЛС, the individual insurance account number (страховой номер индивидуального лицевого счёта): nine digits and
 * a two-digit checksum, written {@code 112-233-445 95}. The checksum (Pension Fund rules): each of the nine digits
 * times its weight 9…1, summed; a sum below 100 is the checksum, 100 and 101 give 00, a larger sum is taken modulo
 * 101 (and a remainder of 100 gives 00). Numbers up to 001-001-998 were issued before the checksum and carry none.
 */
public final class Snils {

    private Snils() {
    }

    /** The eleven digits of a СНИЛС written with or without dashes and spaces; empty when it is not eleven digits. */
    public static Optional<String> digits(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String d = text.replaceAll("[\\s\\-]", "");
        return d.matches("\\d{11}") ? Optional.of(d) : Optional.empty();
    }

    /** Whether eleven digits are a СНИЛС with the right checksum. */
    public static boolean valid(String digits) {
        if (digits == null || !digits.matches("\\d{11}")) {
            return false;
        }
        long number = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        if (number <= 1_001_998L) {
            return true;
        }
        return checksum(digits.substring(0, 9)) == check;
    }

    /** The checksum of the nine-digit number. */
    static int checksum(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        if (sum < 100) {
            return sum;
        }
        if (sum <= 101) {
            return 0;
        }
        int r = sum % 101;
        return r == 100 ? 0 : r;
    }

    /** The usual way of writing it: {@code 112-233-445 95}. */
    public static String format(String digits) {
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6, 9) + " "
                + digits.substring(9);
    }
}

package org.strowger.core.internal.dialplan.function;

import org.strowger.api.channel.CallerId;

/**
 * Caller-ID text as main/callerid.c reads it: {@code ast_callerid_split} over
 * {@code ast_callerid_parse} and {@code ast_shrink_phone_number}. A bare text is a number only when
 * it is a phone number once shrunk ({@code 555-1234}), otherwise it is a name.
 */
final class CallerIdText {

    private CallerIdText() {
    }

    /** {@code ast_callerid_split}. */
    static CallerId split(String text) {
        String name;
        String number = null;
        int open = text.lastIndexOf('<');
        int close = open < 0 ? -1 : text.lastIndexOf('>');
        if (open >= 0 && close > open) {
            number = text.substring(open + 1, close);
            String before = text.substring(0, open);
            int quote = before.indexOf('"');
            int endQuote = quote < 0 ? -1 : before.indexOf('"', quote + 1);
            if (quote >= 0 && endQuote >= 0) {
                name = before.substring(quote + 1, endQuote);
            } else if (quote >= 0) {
                // An opening quote whose closing one comes after the number.
                name = text.indexOf('"', close + 1) >= 0 ? trimTrailing(before.substring(quote + 1)) : null;
            } else {
                name = FunctionArguments.strip(before);
            }
        } else {
            String shrunk = shrinkPhoneNumber(text);
            if (isPhoneNumber(shrunk)) {
                return new CallerId(shrunk, "");
            }
            int quote = text.indexOf('"');
            int endQuote = quote < 0 ? -1 : text.indexOf('"', quote + 1);
            name = quote >= 0 && endQuote >= 0 ? text.substring(quote + 1, endQuote) : FunctionArguments.strip(text);
        }
        return new CallerId(number == null ? "" : shrinkPhoneNumber(number), name == null ? "" : name);
    }

    /** {@code ast_shrink_phone_number}: no dashes outside brackets, no dots but a last one, no parentheses or blanks. */
    static String shrinkPhoneNumber(String number) {
        StringBuilder out = new StringBuilder();
        int bracketed = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            switch (c) {
                case '[' -> {
                    bracketed++;
                    out.append(c);
                }
                case ']' -> {
                    bracketed--;
                    out.append(c);
                }
                case '-' -> {
                    if (bracketed != 0) {
                        out.append(c);
                    }
                }
                case '.' -> {
                    if (i == number.length() - 1) {
                        out.append(c);
                    }
                }
                case '(', ' ', ')' -> {
                    // dropped
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code ast_isphonenumber}: non-empty, only digits, {@code *}, {@code #} and {@code +}. */
    static boolean isPhoneNumber(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> "0123456789*#+".indexOf(c) >= 0);
    }

    private static String trimTrailing(String text) {
        int end = text.length();
        while (end > 0 && FunctionArguments.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}

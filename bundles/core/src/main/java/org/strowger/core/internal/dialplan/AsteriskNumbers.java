package org.strowger.core.internal.dialplan;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers read from dialplan text the way Asterisk's C code reads them with {@code sscanf}: leading
 * blanks skipped, the number at the start taken, whatever follows ignored ({@code 2abc} is 2).
 */
public final class AsteriskNumbers {

    private static final Pattern INT = Pattern.compile("^\\s*([-+]?\\d+)");
    private static final Pattern DOUBLE = Pattern.compile("^\\s*([-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?)");

    private AsteriskNumbers() {
    }

    /** {@code sscanf(text, "%d")}; empty when the text does not start with an int that fits. */
    public static OptionalInt leadingInt(String text) {
        Matcher m = INT.matcher(text);
        if (!m.find()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** {@code sscanf(text, "%lg")}; empty when the text does not start with a number. */
    public static OptionalDouble leadingDouble(String text) {
        Matcher m = DOUBLE.matcher(text);
        return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
    }
}

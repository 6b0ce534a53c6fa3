package org.strowger.community.directory;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * SkypeOut prices: number prefix (starting with '+') to cents per started minute in {@code currency}; the
 * longest matching prefix wins ({@code [tariffs]} of community.conf).
 */
public record Tariffs(String currency, Map<String, Integer> centsPerMinute) {

    public static final Tariffs NONE = new Tariffs("EUR", Map.of());

    public Tariffs {
        Objects.requireNonNull(currency, "currency");
        centsPerMinute = Map.copyOf(centsPerMinute);
    }

    /** The price per started minute for calls to {@code number}, empty when no prefix matches. */
    public OptionalInt rateFor(String number) {
        for (int length = number.length(); length > 0; length--) {
            Integer rate = centsPerMinute.get(number.substring(0, length));
            if (rate != null) {
                return OptionalInt.of(rate);
            }
        }
        return OptionalInt.empty();
    }

    /** Sorted by prefix, for display. */
    public Map<String, Integer> sorted() {
        return new TreeMap<>(centsPerMinute);
    }
}

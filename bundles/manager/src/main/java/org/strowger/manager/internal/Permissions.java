package org.strowger.manager.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.strowger.api.event.EventCategory;

/**
 * Asterisk's permission masks and their text (perms[], get_perm, strings_to_mask and
 * authority_to_str in main/manager.c), quirks included.
 */
public final class Permissions {

    /** Asterisk's {@code all}: every bit that fits in an int. */
    public static final int ALL = Integer.MAX_VALUE;

    private record Label(int bit, String label) {
    }

    // perms[] order: the classes, then all and none; authority_to_str lists them in this order
    private static final List<Label> LABELS;

    static {
        List<Label> labels = new ArrayList<>();
        for (EventCategory category : EventCategory.values()) {
            labels.add(new Label(category.bit(), category.label()));
        }
        labels.add(new Label(ALL, "all"));
        labels.add(new Label(0, "none"));
        LABELS = List.copyOf(labels);
    }

    private Permissions() {
    }

    /**
     * A {@code read=}/{@code write=} value as a mask (get_perm). Case-sensitive; the last token
     * must equal a label, earlier tokens need only be a prefix of one, so an empty token
     * ({@code a,,b}) grants everything.
     */
    public static int parse(String list) {
        if (list == null) {
            return 0;
        }
        int mask = 0;
        for (Label label : LABELS) {
            if (inList(list, label.label())) {
                mask |= label.bit();
            }
        }
        return mask;
    }

    // ast_instring: a token before a comma matches as a prefix (strncmp over the token's length)
    private static boolean inList(String list, String label) {
        int start = 0;
        while (true) {
            int comma = list.indexOf(',', start);
            if (comma < 0) {
                return list.substring(start).equals(label);
            }
            String token = list.substring(start, comma);
            if (label.startsWith(token)) {
                return true;
            }
            start = comma + 1;
            if (start >= list.length()) {
                return false;
            }
        }
    }

    /**
     * An {@code Events:}/{@code EventMask:} value as a mask (strings_to_mask): -1 when empty,
     * digits as a number, false words 0, true words everything, else a class list.
     */
    public static int parseEventMask(String value) {
        if (value == null || value.isEmpty()) {
            return -1;
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException tooLarge) {
                // atoi overflows to something unpredictable; every class is the kindest reading
                return ALL;
            }
        }
        String word = value.toLowerCase(Locale.ROOT);
        if (isFalse(word)) {
            return 0;
        }
        if (isTrue(word)) {
            return ALL;
        }
        return parse(value);
    }

    /** ast_true. */
    public static boolean isTrue(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            default -> false;
        };
    }

    /** ast_false. */
    public static boolean isFalse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "no", "false", "n", "f", "0", "off" -> true;
            default -> false;
        };
    }

    /**
     * The {@code Privilege:} text of a mask (authority_to_str): every label whose bit is set, so
     * any non-zero mask ends in {@code all}; {@code <none>} for 0.
     */
    public static String toText(int mask) {
        StringBuilder text = new StringBuilder();
        for (Label label : LABELS) {
            if ((mask & label.bit()) != 0) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(label.label());
            }
        }
        return text.length() == 0 ? "<none>" : text.toString();
    }

    /**
     * A user's read or write mask as {@code manager show user} prints it (user_authority_to_str):
     * only the labels whose bits are all set, so {@code all} appears only for the full mask.
     */
    public static String toUserText(int mask) {
        StringBuilder text = new StringBuilder();
        for (Label label : LABELS) {
            // "none" (bit 0) would always match; Asterisk leaves the last perms[] entry out
            if (label.bit() != 0 && (mask & label.bit()) == label.bit()) {
                if (text.length() > 0) {
                    text.append(',');
                }
                text.append(label.label());
            }
        }
        return text.length() == 0 ? "<none>" : text.toString();
    }
}

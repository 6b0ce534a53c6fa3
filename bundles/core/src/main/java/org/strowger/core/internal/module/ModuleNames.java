package org.strowger.core.internal.module;

import java.util.Locale;

/** Asterisk's module name matching: case-insensitive, with or without the {@code .so} suffix. */
final class ModuleNames {

    private static final String SUFFIX = ".so";

    private ModuleNames() {
    }

    /** The key two names share when Asterisk would treat them as the same module. */
    static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(SUFFIX) ? lower.substring(0, lower.length() - SUFFIX.length()) : lower;
    }

    static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** The display name: always with {@code .so}, as {@code module show} prints it. */
    static String withSuffix(String name) {
        String stripped = name.strip();
        return stripped.toLowerCase(Locale.ROOT).endsWith(SUFFIX) ? stripped : stripped + SUFFIX;
    }
}

package org.strowger.community.phone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Minimal {@code --name value} / {@code --flag} parsing with clear errors for the phone and load tools. */
final class Args {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    Args(String[] args, Set<String> withValue, Set<String> flags) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (withValue.contains(name)) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("option --" + name + " needs a value");
                    }
                    values.put(name, args[++i]);
                } else if (flags.contains(name)) {
                    values.put(name, "true");
                } else {
                    throw new IllegalArgumentException("unknown option --" + name);
                }
            } else {
                positional.add(a);
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("option --" + name + " is required");
        }
        return v;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    int intValue(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new IllegalArgumentException("--" + name + " " + v + " outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " needs a number, got '" + v + "'");
        }
    }

    List<String> positional() {
        return positional;
    }
}

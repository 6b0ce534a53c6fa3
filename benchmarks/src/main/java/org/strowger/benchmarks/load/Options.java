package org.strowger.benchmarks.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options of a harness, each with a default. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    /**
     * @param known the option names the harness accepts (without {@code --})
     * @throws IllegalArgumentException on an unknown option or one without a value
     */
    Options(String[] args, Set<String> known) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !known.contains(arg.substring(2))) {
                throw new IllegalArgumentException("unknown option " + arg + "; known: --" + String.join(" --", known));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            values.put(arg.substring(2), args[++i]);
        }
    }

    String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    /** A comma-separated list of numbers, e.g. {@code 100,250,500}. */
    List<Integer> integers(String name, String fallback) {
        List<Integer> list = new ArrayList<>();
        for (String item : string(name, fallback).split(",")) {
            list.add(Integer.parseInt(item.strip().replace("_", "")));
        }
        return list;
    }
}

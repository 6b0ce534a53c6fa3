package org.strowger.benchmarks.community;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options of the community harnesses; unknown names are refused with the known ones. */
final class CommunityOptions {

    private CommunityOptions() {
    }

    static Map<String, String> parse(String[] args, String... known) {
        Set<String> names = Set.of(known);
        Map<String, String> result = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !names.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + a + "'; known: --" + String.join(" --", known));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            result.put(a.substring(2), args[++i]);
        }
        return result;
    }

    static int integer(Map<String, String> o, String name, int dflt) {
        String v = o.get(name);
        try {
            return v == null ? dflt : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number, not '" + v + "'");
        }
    }
}

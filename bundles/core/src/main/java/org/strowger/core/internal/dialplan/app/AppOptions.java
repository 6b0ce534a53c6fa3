package org.strowger.core.internal.dialplan.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's option letters as Asterisk's {@code ast_app_parse_options} reads them: each
 * letter is a flag, and a letter that takes an argument may be followed by {@code (arg)} (nested
 * parentheses and quotes kept). Letters the application does not know are warned about and skipped.
 */
final class AppOptions {

    private static final Logger LOG = LoggerFactory.getLogger(AppOptions.class);

    /** Letter to argument; an empty argument for a flag given without one. */
    private final Map<Character, String> given;

    private AppOptions(Map<Character, String> given) {
        this.given = given;
    }

    /**
     * @param text the options as written, e.g. {@code gm(jazz)L(60000:30000)}
     * @param known the letters the application knows
     * @param withArgument the letters that take an argument
     */
    static AppOptions parse(String text, String known, String withArgument) {
        Map<Character, String> given = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            char letter = text.charAt(i++);
            String argument = "";
            if (i < text.length() && text.charAt(i) == '(' && withArgument.indexOf(letter) >= 0) {
                int depth = 1;
                boolean quoted = false;
                StringBuilder value = new StringBuilder();
                i++;
                while (i < text.length()) {
                    char c = text.charAt(i++);
                    if (c == '\\' && i < text.length()) {
                        value.append(text.charAt(i++));
                        continue;
                    }
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && c == '(') {
                        depth++;
                    } else if (!quoted && c == ')' && --depth == 0) {
                        break;
                    }
                    value.append(c);
                }
                if (depth > 0) {
                    LOG.warn("Missing closing parenthesis for argument '{}' in string '{}'", letter, text);
                }
                argument = value.toString();
            }
            if (known.indexOf(letter) < 0) {
                LOG.warn("Don't know how to handle option '{}' in '{}'", letter, text);
                continue;
            }
            given.put(letter, argument);
        }
        return new AppOptions(given);
    }

    boolean has(char letter) {
        return given.containsKey(letter);
    }

    /** The argument given with the letter; empty when the letter is absent or has none. */
    Optional<String> argument(char letter) {
        String value = given.get(letter);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}

package org.strowger.core.internal.dialplan.function;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.osgi.service.component.annotations.Component;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * {@code REGEX("regular expression" string)} (func_strings.c {@code regex}): {@code 1} if the
 * extended regular expression matches anywhere in the string, else {@code 0}. One blank after the
 * closing quote is skipped. POSIX classes such as {@code [[:digit:]]} are understood.
 */
@Component(service = DialplanFunction.class, property = DialplanFunction.NAME + "=REGEX")
public final class RegexFunction implements DialplanFunction {

    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("[:alnum:]", "\\p{Alnum}"), Map.entry("[:alpha:]", "\\p{Alpha}"),
            Map.entry("[:blank:]", "\\p{Blank}"), Map.entry("[:cntrl:]", "\\p{Cntrl}"),
            Map.entry("[:digit:]", "\\p{Digit}"), Map.entry("[:graph:]", "\\p{Graph}"),
            Map.entry("[:lower:]", "\\p{Lower}"), Map.entry("[:print:]", "\\p{Print}"),
            Map.entry("[:punct:]", "\\p{Punct}"), Map.entry("[:space:]", "\\p{Space}"),
            Map.entry("[:upper:]", "\\p{Upper}"), Map.entry("[:xdigit:]", "\\p{XDigit}"));

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        // Split on the quotes: nothing, the expression, then the rest as it stands.
        List<String> parts = FunctionArguments.nonstandard(arguments, '"', 3);
        if (parts.size() != 3) {
            throw new DialplanFunctionException(
                    "Unexpected arguments: should have been in the form '\"<regex>\" <string>'");
        }
        String expression = parts.get(1);
        String string = parts.get(2);
        if (!string.isEmpty() && (string.charAt(0) == ' ' || string.charAt(0) == '\t')) {
            string = string.substring(1);
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(posixToJava(expression));
        } catch (PatternSyntaxException e) {
            throw new DialplanFunctionException("Malformed input REGEX(" + arguments + "): " + e.getDescription());
        }
        return pattern.matcher(string).find() ? "1" : "0";
    }

    private static String posixToJava(String expression) {
        String java = expression;
        for (Map.Entry<String, String> posix : POSIX_CLASSES.entrySet()) {
            java = java.replace(posix.getKey(), posix.getValue());
        }
        return java;
    }

    @Override
    public String synopsis() {
        return "Check string against a regular expression.";
    }

    @Override
    public String syntax() {
        return "REGEX(\"regular expression\" string)";
    }
}

package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

/**
 * Builds a {@link DialplanSnapshot} from a parsed {@code extensions.conf}, line by line as Asterisk's
 * {@code pbx_load_config} (pbx/pbx_config.c) does: {@code [general]} settings, {@code [globals]}
 * variables, and every other section a context of {@code exten =>}, {@code same =>} and
 * {@code include =>} lines.
 *
 * <p>A line the PBX cannot use is reported with its file and line and skipped, and the rest of the
 * dialplan still loads, as in Asterisk: one typo must not take every extension down.
 */
public final class ExtensionsConfReader {

    /** Asterisk's file name for the dialplan. */
    public static final String FILE_NAME = "extensions.conf";

    private final ExtensionMatcher matcher;

    public ExtensionsConfReader(ExtensionMatcher matcher) {
        this.matcher = matcher;
    }

    public DialplanSnapshot read(ConfigFile file) {
        Run run = new Run();
        for (ConfigSection section : file.sections()) {
            String name = section.name();
            if (name.equalsIgnoreCase("general")) {
                run.general(section);
            } else if (name.equalsIgnoreCase("globals")) {
                run.globals(section);
            }
        }
        for (ConfigSection section : file.sections()) {
            if (!section.name().equalsIgnoreCase("general") && !section.name().equalsIgnoreCase("globals")) {
                run.context(section);
            }
        }
        return run.snapshot();
    }

    /** Asterisk's {@code ast_true}. */
    static boolean isTrue(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("yes") || v.equals("true") || v.equals("y") || v.equals("t") || v.equals("1") || v.equals("on");
    }

    /** The state of one read: contexts are merged by name, since a context may be opened more than once. */
    private final class Run {

        private final Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
        private final Map<String, String> globals = new LinkedHashMap<>();
        private final List<String> problems = new ArrayList<>();
        private boolean autoFallthrough = true;
        private boolean clearGlobalVars;

        void general(ConfigSection section) {
            section.entry("autofallthrough").ifPresent(entry -> autoFallthrough = isTrue(entry.value()));
            section.entry("clearglobalvars").ifPresent(entry -> clearGlobalVars = isTrue(entry.value()));
        }

        void globals(ConfigSection section) {
            // Each value may use the globals set before it, as pbx_load_config substitutes them in order.
            for (ConfigEntry entry : section.entries()) {
                globals.put(entry.key(), Substitution.substitute(entry.value(), this::global));
            }
        }

        private Optional<String> global(String name) {
            return Optional.ofNullable(globals.get(name));
        }

        void context(ConfigSection section) {
            ContextBuilder context = contexts.computeIfAbsent(section.name(),
                    name -> new ContextBuilder(name, section.location()));
            // 'n' and 'same =>' continue from the previous line of this section only (a fresh
            // [ctx] block starts over even when it adds to an existing context).
            LineState state = new LineState();
            for (ConfigEntry entry : section.entries()) {
                String key = entry.key().toLowerCase(Locale.ROOT);
                switch (key) {
                    case "exten", "same" -> extension(context, entry, key.equals("same"), state);
                    case "include" -> include(context, entry);
                    case "ignorepat" -> ignorePattern(context, entry);
                    case "switch", "lswitch", "eswitch" -> problem(entry, "Unable to include switch '" + entry.value()
                            + "' in context '" + context.name + "': no switch module is loaded");
                    default -> problem(entry, "==!!== Unknown directive: " + entry.key() + " -- IGNORING!!!");
                }
            }
        }

        /** {@code ast_context_add_include2}: the same include twice (ignoring case) is refused. */
        private void include(ContextBuilder context, ConfigEntry entry) {
            String value = Substitution.substitute(entry.value(), this::global);
            Include include = Include.parse(value);
            if (include.context().isBlank()) {
                problem(entry, "include => needs a context name");
                return;
            }
            for (Include existing : context.includes) {
                if (existing.name().equalsIgnoreCase(include.name())) {
                    problem(entry, "Context '" + entry.value() + "' already included in '" + context.name + "' context");
                    return;
                }
            }
            context.includes.add(include);
            context.includeLines.add(entry);
        }

        /** {@code ast_context_add_ignorepat2}: kept for {@code dialplan show}; the same one twice is refused. */
        private void ignorePattern(ContextBuilder context, ConfigEntry entry) {
            String value = Substitution.substitute(entry.value(), this::global);
            for (String existing : context.ignorePatterns) {
                if (existing.equalsIgnoreCase(value)) {
                    problem(entry, "Unable to include ignorepat '" + entry.value() + "' in context '" + context.name + "'");
                    return;
                }
            }
            context.ignorePatterns.add(value);
        }

        private void extension(ContextBuilder context, ConfigEntry entry, boolean same, LineState state) {
            String rest = entry.value();
            String extensionText;
            if (same) {
                if (state.lastExtension == null) {
                    problem(entry, "No previous pattern in the first entry of context '" + context.name
                            + "' to match 'same =>'");
                    return;
                }
                extensionText = state.lastExtension;
            } else {
                int comma = firstCommaOutsideBrackets(rest);
                if (comma < 0) {
                    problem(entry, "'exten => " + rest.strip() + "' has no priority (exten => EXT,PRIORITY,App(args))");
                    return;
                }
                extensionText = rest.substring(0, comma).strip();
                rest = rest.substring(comma + 1);
            }
            String expanded = Substitution.substitute(extensionText, this::global);
            String callerIdMatch = null;
            int slash = expanded.indexOf('/');
            if (slash >= 0) {
                callerIdMatch = ExtensionPattern.clean(shrinkPhoneNumber(expanded.substring(slash + 1)), true);
                expanded = expanded.substring(0, slash);
            }
            String displayName = ExtensionPattern.clean(expanded.strip(), false);
            String extensionName = ExtensionPattern.clean(displayName, true);
            if (extensionName.isEmpty()) {
                problem(entry, "empty extension in 'exten => " + entry.value().strip() + "'");
                return;
            }
            ExtensionBuilder extension = context.extension(displayName, callerIdMatch);

            int comma = rest.indexOf(',');
            String priorityText = (comma < 0 ? rest : rest.substring(0, comma)).strip();
            String applicationText = comma < 0 ? "" : rest.substring(comma + 1);

            String label = "";
            int open = priorityText.indexOf('(');
            if (open >= 0) {
                int close = priorityText.indexOf(')', open);
                if (close < 0) {
                    problem(entry, "Label missing trailing ')'");
                    label = priorityText.substring(open + 1).strip();
                } else {
                    label = priorityText.substring(open + 1, close).strip();
                }
                priorityText = priorityText.substring(0, open).strip();
            }
            int offset = 0;
            int plus = priorityText.indexOf('+');
            if (plus >= 0) {
                offset = AsteriskNumbers.leadingInt(priorityText.substring(plus + 1)).orElse(0);
                priorityText = priorityText.substring(0, plus).strip();
            }

            if (priorityText.equals("hint")) {
                if (extension.hint != null) {
                    problem(entry, "Unable to register extension '" + extensionName + "' hint in '" + context.name
                            + "', already in use");
                    return;
                }
                String devices = applicationText.strip();
                if (devices.contains("${") && !ExtensionPattern.isPattern(extensionName)) {
                    // ast_add_extension2 substitutes a hint of a plain extension once, when it is added.
                    devices = Substitution.substitute(devices, this::global);
                }
                extension.hint = new Priority(-1, "", "", devices, entry.file(), entry.line());
                state.lastExtension = extensionText;
                return;
            }

            int number;
            if (priorityText.equals("n") || priorityText.equals("next")) {
                if (state.lastPriority < 1) {
                    problem(entry, "Can't use 'next' priority on the first entry");
                    return;
                }
                number = state.lastPriority + 1;
            } else if (priorityText.equals("s") || priorityText.equals("same")) {
                if (state.lastPriority < 1) {
                    problem(entry, "Can't use 'same' priority on the first entry");
                    return;
                }
                number = state.lastPriority;
            } else {
                OptionalInt parsed = AsteriskNumbers.leadingInt(priorityText);
                if (parsed.isEmpty()) {
                    Integer labelled = extension.labels.get(priorityText);
                    if (labelled == null) {
                        problem(entry, "Invalid priority/label '" + priorityText + "'");
                        return;
                    }
                    number = labelled;
                } else if (parsed.getAsInt() < 1) {
                    problem(entry, "Invalid priority '" + priorityText + "'");
                    return;
                } else {
                    number = parsed.getAsInt();
                }
            }
            number += offset;
            if (number < 1) {
                problem(entry, "Invalid priority '" + priorityText + "+" + offset + "'");
                return;
            }

            String application = applicationText.strip();
            String data = "";
            int paren = application.indexOf('(');
            if (paren >= 0) {
                String args = application.substring(paren + 1);
                int last = args.lastIndexOf(')');
                data = last >= 0 ? args.substring(0, last) : args;
                application = application.substring(0, paren).strip();
            }

            state.lastPriority = number;
            state.lastExtension = extensionText;
            if (extensionName.equals("_.") || extensionName.equals("_!")) {
                problem(entry, "The use of '" + extensionName + "' for an extension is strongly discouraged and can have"
                        + " unexpected behavior.  Please use '_X" + extensionName.charAt(1) + "' instead");
            }
            if (extension.priorities.containsKey(number)) {
                problem(entry, "Unable to register extension '" + extensionName + "' priority " + number + " in '"
                        + context.name + "', already in use");
                return;
            }
            if (!label.isEmpty() && extension.labels.containsKey(label)) {
                // add_priority: the priority is kept, its repeated label is not.
                problem(entry, "Extension '" + extensionName + "' priority " + number + " in '" + context.name
                        + "', label '" + label + "' already in use at priority " + extension.labels.get(label));
                label = "";
            }
            extension.priorities.put(number,
                    new Priority(number, label, application, data, entry.file(), entry.line()));
            if (!label.isEmpty()) {
                extension.labels.put(label, number);
            }
        }

        private void problem(ConfigEntry entry, String reason) {
            problems.add(entry.location() + ": " + reason);
        }

        DialplanSnapshot snapshot() {
            verifyIncludes();
            List<DialplanContext> built = contexts.values().stream().map(ContextBuilder::build).toList();
            return new DialplanSnapshot(built, globals, autoFallthrough, clearGlobalVars, problems, matcher);
        }

        /** {@code ast_context_verify_includes}: the first include of a context naming no context is reported. */
        private void verifyIncludes() {
            for (ContextBuilder context : contexts.values()) {
                for (int i = 0; i < context.includes.size(); i++) {
                    String included = context.includes.get(i).context();
                    if (!contexts.containsKey(included)) {
                        problem(context.includeLines.get(i), "Context '" + context.name
                                + "' tries to include nonexistent context '" + included + "'");
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@code pbx_strsep}: the first comma that is not inside {@code [...]}, so that a pattern such as
     * {@code _[1,5]XX} keeps its set; a backslash escapes the next character.
     */
    static int firstCommaOutsideBrackets(String text) {
        int square = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                square++;
            } else if (c == ']') {
                if (square > 0) {
                    square--;
                }
            } else if (c == '\\') {
                i++;
            } else if (c == ',' && square == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code ast_shrink_phone_number}: a caller-ID match loses the punctuation people write in numbers
     * ({@code (}, {@code )}, blanks, dashes and dots outside a set), except a trailing {@code .} that
     * makes it a pattern.
     */
    static String shrinkPhoneNumber(String number) {
        StringBuilder out = new StringBuilder(number.length());
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
                    if (bracketed > 0) {
                        out.append(c);
                    }
                }
                case '.' -> {
                    if (i + 1 == number.length()) {
                        out.append(c);
                    }
                }
                case '(', ')', ' ' -> {
                    // dropped
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Where the previous line of a section left off. */
    private static final class LineState {
        String lastExtension;
        int lastPriority;
    }

    private static final class ContextBuilder {

        private final String name;
        private final String location;
        private final Map<String, ExtensionBuilder> extensions = new LinkedHashMap<>();
        private final List<Include> includes = new ArrayList<>();
        private final List<ConfigEntry> includeLines = new ArrayList<>();
        private final List<String> ignorePatterns = new ArrayList<>();

        ContextBuilder(String name, String location) {
            this.name = name;
            this.location = location;
        }

        /** Extensions equal but for dashes are one (ext_cmp ignores them); the first spelling is kept. */
        ExtensionBuilder extension(String displayName, String callerIdMatch) {
            String key = ExtensionPattern.clean(displayName, true) + (callerIdMatch == null ? "" : "/" + callerIdMatch);
            return extensions.computeIfAbsent(key, k -> new ExtensionBuilder(displayName, callerIdMatch));
        }

        DialplanContext build() {
            List<Extension> built = extensions.values().stream()
                    .filter(e -> !e.priorities.isEmpty() || e.hint != null)
                    .map(ExtensionBuilder::build)
                    .toList();
            return new DialplanContext(name, built, includes, ignorePatterns, location);
        }
    }

    private static final class ExtensionBuilder {

        private final String name;
        private final String callerIdMatch;
        private final TreeMap<Integer, Priority> priorities = new TreeMap<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private Priority hint;

        ExtensionBuilder(String name, String callerIdMatch) {
            this.name = name;
            this.callerIdMatch = callerIdMatch;
        }

        Extension build() {
            return new Extension(name, callerIdMatch, priorities, labels, hint);
        }
    }
}

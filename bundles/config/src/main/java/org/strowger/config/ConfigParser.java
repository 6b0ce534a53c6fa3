package org.strowger.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

/**
 * Reads configuration files in the dialect of Asterisk's {@code main/config.c}: {@code [section]}
 * headers with {@code (!)}, {@code (+)} and template options, {@code key = value} and {@code key =>
 * value} lines, {@code ;} and {@code ;-- --;} comments, {@code #include}, {@code #tryinclude}.
 *
 * <p>Where Asterisk only logs a malformed line and carries on with a partly read file, this parser
 * fails with a {@link ConfigException} naming file and line, so that a module keeps its previous
 * configuration instead of running on a silently truncated one. Only what Asterisk itself treats as
 * harmless ends up in {@link ConfigFile#warnings()}.
 *
 * <p>Thread-safe: everything a parse needs lives in a {@link Run} created for that call.
 */
public final class ConfigParser {

    /** Deep enough for any real layout, shallow enough to stop a runaway inclusion early. */
    static final int MAX_INCLUDE_DEPTH = 32;

    private final Path configDirectory;

    /** @param configDirectory the directory that file names and relative {@code #include} paths are resolved against */
    public ConfigParser(Path configDirectory) {
        this.configDirectory = Objects.requireNonNull(configDirectory, "configDirectory").toAbsolutePath().normalize();
    }

    /**
     * Parses a file of the configuration directory together with everything it includes.
     *
     * @param fileName a name relative to the configuration directory, such as {@code modules.conf}
     * @throws ConfigException if the file or an included one is missing or malformed
     */
    public ConfigFile parse(String fileName) throws ConfigException {
        Objects.requireNonNull(fileName, "fileName");
        Path path = configDirectory.resolve(fileName).normalize();
        if (!Files.isRegularFile(path)) {
            String problem = Files.exists(path) ? "not a regular file in " : "no such file in ";
            throw new ConfigException(fileName, 0, problem + configDirectory);
        }
        Run run = new Run();
        run.parseFile(path);
        return run.result(fileName);
    }

    /** How files are named in entries, sections and messages: relative to the directory, with '/'. */
    private String displayName(Path path) {
        if (path.startsWith(configDirectory)) {
            return configDirectory.relativize(path).toString().replace(File.separatorChar, '/');
        }
        return path.toString();
    }

    /** Two spellings of one file ({@code a.conf}, {@code ./a.conf}, a symlink) must count as the same for cycles. */
    private static String identity(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toString();
        }
    }

    /** One non-blank line, with comments removed and whitespace trimmed, and where it was written. */
    private record Line(String file, int number, String text) {

        ConfigException error(String reason) {
            return new ConfigException(file, number, reason);
        }

        String location() {
            return file + ":" + number;
        }
    }

    /** A file on the include stack. */
    private record OpenFile(String identity, String name) {
    }

    /** The options in parentheses after a section name. */
    private record SectionOptions(boolean template, boolean append, List<String> inherited) {

        static final SectionOptions NONE = new SectionOptions(false, false, List.of());
    }

    /** The mutable state of one {@link #parse} call. */
    private final class Run {

        private final List<SectionBuilder> sections = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<OpenFile> includeStack = new ArrayList<>();
        /**
         * The section opened last, in whichever file: an included file starts adding to it, as with
         * Asterisk's {@code cfg->current}. The including file itself resumes its own section afterwards.
         */
        private SectionBuilder lastOpened;

        ConfigFile result(String fileName) {
            List<ConfigSection> visible = sections.stream()
                    .filter(section -> !section.isTemplate())
                    .map(SectionBuilder::build)
                    .toList();
            return new ConfigFile(fileName, visible, warnings);
        }

        void parseFile(Path path) throws ConfigException {
            String name = displayName(path);
            includeStack.add(new OpenFile(identity(path), name));
            List<String> lines = SourceFiles.readLines(path, name);
            // Block comments do not run on into an including or included file, as in Asterisk.
            CommentStripper comments = new CommentStripper();
            SectionBuilder current = lastOpened;
            for (int index = 0; index < lines.size(); index++) {
                int number = index + 1;
                String text = comments.strip(lines.get(index), number).strip();
                if (text.isEmpty()) {
                    continue;
                }
                Line line = new Line(name, number, text);
                switch (text.charAt(0)) {
                    case '[' -> current = openSection(line);
                    case '#' -> directive(line);
                    default -> addEntry(line, current);
                }
            }
            if (comments.unclosedSince() > 0) {
                throw new ConfigException(name, comments.unclosedSince(), "block comment ';--' is never closed with '--;'");
            }
            includeStack.remove(includeStack.size() - 1);
        }

        private SectionBuilder openSection(Line line) throws ConfigException {
            String text = line.text();
            int close = text.indexOf(']');
            if (close < 0) {
                throw line.error("no closing ']' in '" + text + "'");
            }
            String name = text.substring(1, close).strip();
            if (name.isEmpty()) {
                throw line.error("empty section name in '" + text + "'");
            }
            SectionOptions options = sectionOptions(line, text.substring(close + 1));
            List<SectionBuilder> bases = new ArrayList<>();
            for (String baseName : options.inherited()) {
                // Asterisk takes the first section of that name, template or not.
                bases.add(sections.stream()
                        .filter(section -> section.name().equalsIgnoreCase(baseName))
                        .findFirst()
                        .orElseThrow(() -> line.error("section '" + name + "' inherits from '" + baseName
                                + "', which is not defined above")));
            }
            SectionBuilder section;
            if (options.append()) {
                section = appendTarget(line, name);
            } else {
                section = new SectionBuilder(name, options.template(), line.file(), line.number());
                sections.add(section);
            }
            for (SectionBuilder base : bases) {
                section.inheritFrom(base);
            }
            lastOpened = section;
            return section;
        }

        private SectionOptions sectionOptions(Line line, String afterName) throws ConfigException {
            if (afterName.isEmpty()) {
                return SectionOptions.NONE;
            }
            String text = line.text();
            if (afterName.charAt(0) != '(') {
                // Asterisk silently ignores this, so "[s] (!)" would quietly not be a template.
                throw line.error("unexpected text '" + afterName.strip() + "' after ']' in '" + text + "'");
            }
            int close = afterName.indexOf(')');
            if (close < 0) {
                throw line.error("no closing ')' in '" + text + "'");
            }
            String trailing = afterName.substring(close + 1).strip();
            if (!trailing.isEmpty()) {
                throw line.error("unexpected text '" + trailing + "' after ')' in '" + text + "'");
            }
            boolean template = false;
            boolean append = false;
            List<String> inherited = new ArrayList<>();
            for (String option : afterName.substring(1, close).split(",", -1)) {
                String trimmed = option.strip();
                switch (trimmed) {
                    case "" -> throw line.error("empty option in '" + text + "'");
                    case "!" -> template = true;
                    case "+" -> append = true;
                    default -> inherited.add(trimmed);
                }
            }
            if (template && append) {
                throw line.error("(+) cannot be combined with (!) in '" + text + "'");
            }
            return new SectionOptions(template, append, inherited);
        }

        private SectionBuilder appendTarget(Line line, String name) throws ConfigException {
            for (int i = sections.size() - 1; i >= 0; i--) {
                SectionBuilder candidate = sections.get(i);
                // As in Asterisk, (+) never reaches a template: templates are hidden from lookups by name.
                if (!candidate.isTemplate() && candidate.name().equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
            boolean onlyTemplate = sections.stream().anyMatch(section -> section.name().equalsIgnoreCase(name));
            throw line.error("section '" + name + "' is marked (+), but "
                    + (onlyTemplate ? "'" + name + "' above is a template (!), which (+) cannot extend"
                            : "no section '" + name + "' is defined above"));
        }

        private void addEntry(Line line, SectionBuilder current) throws ConfigException {
            String text = line.text();
            if (current == null) {
                throw line.error("'" + text + "' is outside any [section]");
            }
            int equals = text.indexOf('=');
            if (equals < 0) {
                throw line.error("no '=' in '" + text + "' (expected 'key = value', '[section]' or '#directive')");
            }
            String key = text.substring(0, equals).strip();
            if (key.isEmpty()) {
                throw line.error("no key before '=' in '" + text + "'");
            }
            boolean object = text.startsWith(">", equals + 1);
            String value = text.substring(equals + (object ? 2 : 1)).strip();
            current.add(new ConfigEntry(key, value, object, line.file(), line.number()));
        }

        private void directive(Line line) throws ConfigException {
            String text = line.text();
            int end = 1;
            while (end < text.length() && text.charAt(end) > ' ') {
                end++;
            }
            String word = text.substring(1, end);
            if (word.equalsIgnoreCase("exec")) {
                warn(line, "#exec is not supported, line ignored");
                return;
            }
            boolean optional = word.equalsIgnoreCase("tryinclude");
            if (!optional && !word.equalsIgnoreCase("include")) {
                throw line.error("unknown directive '#" + word + "'");
            }
            String argument = unquote(text.substring(end).strip());
            if (argument.isEmpty()) {
                throw line.error("#" + word + " needs a file name");
            }
            include(line, "#" + word, argument, optional);
        }

        private void include(Line line, String directive, String argument, boolean optional) throws ConfigException {
            if (includeStack.size() > MAX_INCLUDE_DEPTH) {
                throw line.error("#include nested more than " + MAX_INCLUDE_DEPTH + " levels deep");
            }
            // Relative to the configuration directory, not to the including file: that is what Asterisk does.
            Path target = configDirectory.resolve(argument).normalize();
            if (SourceFiles.isGlob(argument)) {
                List<Path> matches = expandGlob(line, target);
                if (matches.isEmpty()) {
                    warn(line, directive + " '" + argument + "' matched no files");
                }
                for (Path match : matches) {
                    includeFile(line, match);
                }
            } else if (Files.isRegularFile(target)) {
                includeFile(line, target);
            } else {
                String problem = (Files.exists(target) ? "not a regular file" : "no such file")
                        + " (looked for " + target + ")";
                if (!optional) {
                    throw line.error("cannot #include '" + argument + "': " + problem);
                }
                warn(line, directive + " '" + argument + "' skipped: " + problem);
            }
        }

        private List<Path> expandGlob(Line line, Path pattern) throws ConfigException {
            try {
                return SourceFiles.expandGlob(pattern);
            } catch (IOException | IllegalArgumentException e) {
                // IllegalArgumentException: a malformed pattern such as "a[*.conf"
                throw line.error("cannot expand the pattern '" + pattern + "': " + e.getMessage());
            }
        }

        private void includeFile(Line line, Path path) throws ConfigException {
            String identity = identity(path);
            if (includeStack.stream().anyMatch(open -> open.identity().equals(identity))) {
                String chain = Stream.concat(includeStack.stream().map(OpenFile::name), Stream.of(displayName(path)))
                        .collect(Collectors.joining(" -> "));
                throw line.error("#include cycle: " + chain);
            }
            parseFile(path);
        }

        private void warn(Line line, String text) {
            warnings.add(line.location() + ": " + text);
        }
    }

    /** Asterisk accepts {@code #include "file"} and {@code #include <file>}; the marks go only when both ends match. */
    private static String unquote(String argument) {
        if (argument.length() >= 2
                && (argument.startsWith("\"") && argument.endsWith("\"")
                        || argument.startsWith("<") && argument.endsWith(">"))) {
            return argument.substring(1, argument.length() - 1).strip();
        }
        return argument;
    }
}

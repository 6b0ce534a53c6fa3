package org.strowger.community.directory.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.strowger.community.directory.CommunityConfigException;

/**
 * A small reader of the Asterisk configuration dialect, enough for community.conf and free of OSGi so that the
 * stand-alone server can use it: {@code [section]}, {@code [section](!)} templates, {@code [section](tmpl,...)}
 * inheritance, {@code (+)} appending, {@code key = value} and {@code key => value}, {@code ;} comments with
 * {@code \;} for a literal semicolon, {@code ;-- ... --;} block comments, {@code #include} and
 * {@code #tryinclude} (relative to the main file's directory, as Asterisk resolves them against its config
 * directory). Unlike Asterisk, a malformed line is an error naming file and line instead of a log line and a
 * silently shorter configuration.
 */
final class ConfFile {

    private static final int MAX_INCLUDE_DEPTH = 16;

    /** One {@code key = value} line. */
    record Entry(String key, String value, String file, int line) {
        String location() {
            return file + ":" + line;
        }

        CommunityConfigException error(String reason) {
            return new CommunityConfigException(file, line, reason);
        }
    }

    /** One section with its entries (inherited ones first). */
    record Section(String name, boolean template, String file, int line, List<Entry> entries) {
        String location() {
            return file + ":" + line;
        }

        CommunityConfigException error(String reason) {
            return new CommunityConfigException(file, line, reason);
        }
    }

    private final Path directory;
    private final List<Section> sections = new ArrayList<>();
    private final List<String> includeStack = new ArrayList<>();
    private Section current;

    private ConfFile(Path directory) {
        this.directory = directory;
    }

    /** The sections that are not templates, in file order. */
    static List<Section> read(Path file) throws CommunityConfigException {
        Path absolute = file.toAbsolutePath().normalize();
        ConfFile conf = new ConfFile(absolute.getParent());
        String name = String.valueOf(absolute.getFileName());
        if (!Files.isRegularFile(absolute)) {
            throw new CommunityConfigException(name, 0, (Files.exists(absolute) ? "not a regular file: " : "no such file: ") + absolute);
        }
        conf.parse(absolute, name);
        return conf.sections.stream().filter(s -> !s.template()).toList();
    }

    private void parse(Path path, String name) throws CommunityConfigException {
        includeStack.add(path.toString());
        List<String> lines;
        try {
            lines = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString().lines().toList();
        } catch (CharacterCodingException e) {
            throw new CommunityConfigException(name, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new CommunityConfigException(name, 0, "cannot read: " + e.getMessage());
        }
        int blockStart = 0;
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            StringBuilder kept = new StringBuilder();
            String raw = lines.get(i);
            int j = 0;
            while (j < raw.length()) {
                char c = raw.charAt(j);
                if (depth > 0) {
                    if (raw.startsWith("--;", j)) {
                        depth--;
                        j += 3;
                    } else if (raw.startsWith(";--", j)) {
                        depth++;
                        j += 3;
                    } else {
                        j++;
                    }
                } else if (c == '\\' && raw.startsWith(";", j + 1)) {
                    kept.append(';');
                    j += 2;
                } else if (raw.startsWith(";--", j) && !raw.startsWith(";---", j)) {
                    depth++;
                    blockStart = number;
                    j += 3;
                } else if (c == ';') {
                    break;
                } else {
                    kept.append(c);
                    j++;
                }
            }
            String text = kept.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            switch (text.charAt(0)) {
                case '[' -> openSection(text, name, number);
                case '#' -> directive(text, name, number);
                default -> addEntry(text, name, number);
            }
        }
        if (depth > 0) {
            throw new CommunityConfigException(name, blockStart, "block comment ';--' is never closed with '--;'");
        }
        includeStack.remove(includeStack.size() - 1);
    }

    private void openSection(String text, String file, int line) throws CommunityConfigException {
        int close = text.indexOf(']');
        if (close < 0) {
            throw new CommunityConfigException(file, line, "no closing ']' in '" + text + "'");
        }
        String name = text.substring(1, close).strip();
        if (name.isEmpty()) {
            throw new CommunityConfigException(file, line, "empty section name");
        }
        String rest = text.substring(close + 1).strip();
        boolean template = false;
        boolean append = false;
        List<Entry> entries = new ArrayList<>();
        if (!rest.isEmpty()) {
            if (!rest.startsWith("(") || !rest.endsWith(")")) {
                throw new CommunityConfigException(file, line, "unexpected text '" + rest + "' after ']'");
            }
            for (String option : rest.substring(1, rest.length() - 1).split(",")) {
                String o = option.strip();
                if (o.equals("!")) {
                    template = true;
                } else if (o.equals("+")) {
                    append = true;
                } else if (o.isEmpty()) {
                    throw new CommunityConfigException(file, line, "empty option in '" + text + "'");
                } else {
                    Section base = sections.stream().filter(s -> s.name().equalsIgnoreCase(o)).findFirst()
                            .orElseThrow(() -> new CommunityConfigException(file, line, "section '" + name
                                    + "' inherits from '" + o + "', which is not defined above"));
                    entries.addAll(base.entries());
                }
            }
        }
        if (append) {
            for (int i = sections.size() - 1; i >= 0; i--) {
                if (!sections.get(i).template() && sections.get(i).name().equalsIgnoreCase(name)) {
                    current = sections.get(i);
                    return;
                }
            }
            throw new CommunityConfigException(file, line, "section '" + name + "' is marked (+), but no section '" + name + "' is defined above");
        }
        current = new Section(name, template, file, line, entries);
        sections.add(current);
    }

    private void addEntry(String text, String file, int line) throws CommunityConfigException {
        if (current == null) {
            throw new CommunityConfigException(file, line, "'" + text + "' is outside any [section]");
        }
        int equals = text.indexOf('=');
        if (equals < 0) {
            throw new CommunityConfigException(file, line, "no '=' in '" + text + "' (expected 'key = value')");
        }
        String key = text.substring(0, equals).strip();
        if (key.isEmpty()) {
            throw new CommunityConfigException(file, line, "no key before '=' in '" + text + "'");
        }
        String value = text.substring(equals + (text.startsWith(">", equals + 1) ? 2 : 1)).strip();
        current.entries().add(new Entry(key, value, file, line));
    }

    private void directive(String text, String file, int line) throws CommunityConfigException {
        String[] parts = text.substring(1).split("\\s+", 2);
        String word = parts[0];
        boolean optional = word.equalsIgnoreCase("tryinclude");
        if (!optional && !word.equalsIgnoreCase("include")) {
            throw new CommunityConfigException(file, line, "unknown directive '#" + word + "'");
        }
        String argument = parts.length > 1 ? parts[1].strip() : "";
        if (argument.length() >= 2 && (argument.startsWith("\"") && argument.endsWith("\"")
                || argument.startsWith("<") && argument.endsWith(">"))) {
            argument = argument.substring(1, argument.length() - 1).strip();
        }
        if (argument.isEmpty()) {
            throw new CommunityConfigException(file, line, "#" + word + " needs a file name");
        }
        Path target = directory.resolve(argument).normalize();
        if (!Files.isRegularFile(target)) {
            if (optional) {
                return;
            }
            throw new CommunityConfigException(file, line, "cannot #include '" + argument + "': no such file (looked for " + target + ")");
        }
        if (includeStack.contains(target.toString())) {
            throw new CommunityConfigException(file, line, "#include cycle through '" + argument + "'");
        }
        if (includeStack.size() > MAX_INCLUDE_DEPTH) {
            throw new CommunityConfigException(file, line, "#include nested more than " + MAX_INCLUDE_DEPTH + " levels deep");
        }
        parse(target, argument);
    }
}

package org.strowger.api.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code [name]} section. Entries inherited from templates ({@code [name](tmpl)}) come first, in
 * the template's order, followed by the section's own entries. Template sections ({@code [name](!)})
 * are never returned as sections of a {@link ConfigFile}.
 *
 * @param name the section name
 * @param templates the templates this section inherits from, in the order given
 * @param entries every entry, in file order
 * @param file the file holding the {@code [name]} line
 * @param line its line number
 */
public record ConfigSection(String name, List<String> templates, List<ConfigEntry> entries, String file, int line) {

    public ConfigSection {
        Objects.requireNonNull(name, "name");
        templates = List.copyOf(templates);
        entries = List.copyOf(entries);
    }

    /** The value of the last entry named {@code key} (later lines override earlier and inherited ones). */
    public Optional<String> get(String key) {
        return entry(key).map(ConfigEntry::value);
    }

    /** The last entry named {@code key}, matched case-insensitively as Asterisk does. */
    public Optional<ConfigEntry> entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).key().equalsIgnoreCase(key)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** Every entry named {@code key}, in file order (for repeatable keys such as {@code load} or {@code allow}). */
    public List<ConfigEntry> entries(String key) {
        return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).toList();
    }

    /** Where the section header was written, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}

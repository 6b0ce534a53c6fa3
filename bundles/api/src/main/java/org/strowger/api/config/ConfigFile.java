package org.strowger.api.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed configuration file with everything it includes: an immutable snapshot, safe to share.
 *
 * @param name the file name as asked for, e.g. {@code modules.conf}
 * @param sections the sections in file order; a name may occur more than once (several {@code [globals]})
 * @param warnings problems that Asterisk also only warns about (an ignored {@code #exec}, a missing
 *     {@code #tryinclude}); each names file and line
 */
public record ConfigFile(String name, List<ConfigSection> sections, List<String> warnings) {

    public ConfigFile {
        Objects.requireNonNull(name, "name");
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    /** The first section with this name; names match ignoring case, as Asterisk's category lookup does. */
    public Optional<ConfigSection> section(String sectionName) {
        return sections.stream().filter(s -> s.name().equalsIgnoreCase(sectionName)).findFirst();
    }

    /** Every section with this name, in file order. */
    public List<ConfigSection> sections(String sectionName) {
        return sections.stream().filter(s -> s.name().equalsIgnoreCase(sectionName)).toList();
    }
}

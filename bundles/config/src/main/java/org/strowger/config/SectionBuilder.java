package org.strowger.config;

import java.util.ArrayList;
import java.util.List;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigSection;

/** A section while its file is being read: {@code (+)} and includes may still add entries to it. */
final class SectionBuilder {

    private final String name;
    private final boolean template;
    private final String file;
    private final int line;
    private final List<String> templates = new ArrayList<>();
    private final List<ConfigEntry> entries = new ArrayList<>();

    SectionBuilder(String name, boolean template, String file, int line) {
        this.name = name;
        this.template = template;
        this.file = file;
        this.line = line;
    }

    String name() {
        return name;
    }

    boolean isTemplate() {
        return template;
    }

    /**
     * Copies the entries {@code base} has now; entries it gets later are not inherited, as in Asterisk.
     * The copies keep their own file and line, so messages point at where a value was really written.
     */
    void inheritFrom(SectionBuilder base) {
        templates.add(base.name);
        entries.addAll(List.copyOf(base.entries));
    }

    void add(ConfigEntry entry) {
        entries.add(entry);
    }

    ConfigSection build() {
        return new ConfigSection(name, templates, entries, file, line);
    }
}

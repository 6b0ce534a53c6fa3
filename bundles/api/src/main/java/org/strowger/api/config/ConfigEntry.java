package org.strowger.api.config;

import java.util.Objects;

/**
 * One {@code key = value} or {@code key => value} line of a configuration file.
 *
 * @param key the text before the {@code =}, trimmed
 * @param value the text after it, trimmed, with comments removed and {@code \;} turned into {@code ;}
 * @param object {@code true} when the line used {@code =>} (Asterisk's "object" form, e.g. {@code exten =>})
 * @param file the file the line came from, relative to the configuration directory
 * @param line the line number in that file, from 1
 */
public record ConfigEntry(String key, String value, boolean object, String file, int line) {

    public ConfigEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
    }

    /** Where this entry was written, as {@code file:line}, for operator messages. */
    public String location() {
        return file + ":" + line;
    }
}

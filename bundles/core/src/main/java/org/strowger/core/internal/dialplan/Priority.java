package org.strowger.core.internal.dialplan;

import java.util.Objects;

/**
 * One priority of an extension: {@code exten => 100,2(label),Dial(Skype/bob,20)}.
 *
 * @param number the priority, from 1
 * @param label the label given with {@code n(label)} or {@code 2(label)}, empty if none
 * @param application the application name as written ({@code Dial}), possibly empty
 * @param data the application's arguments before variable substitution
 * @param file the file the line was written in
 * @param line its line number
 */
public record Priority(int number, String label, String application, String data, String file, int line) {

    public Priority {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(data, "data");
    }

    /** Where the line was written, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}

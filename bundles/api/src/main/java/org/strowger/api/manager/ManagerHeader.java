package org.strowger.api.manager;

import java.util.Objects;

/**
 * One {@code Name: value} line of a manager message. Names keep the spelling they were sent or
 * written with; lookups compare them case-insensitively, as Asterisk's astman_get_header does.
 */
public record ManagerHeader(String name, String value) {

    public ManagerHeader {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
    }
}

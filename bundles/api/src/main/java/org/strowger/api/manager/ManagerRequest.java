package org.strowger.api.manager;

import java.util.List;
import java.util.Optional;

/**
 * One request as it arrived: its header lines in order. Values have their leading blanks
 * removed and keep trailing ones (Asterisk's __astman_get_header). Immutable.
 *
 * @param headers every {@code Name: value} line in arrival order; names may repeat ({@code Variable})
 */
public record ManagerRequest(List<ManagerHeader> headers) {

    public ManagerRequest {
        headers = List.copyOf(headers);
    }

    /** A request of these name/value pairs, e.g. {@code of("Action", "Ping", "ActionID", "1")}. */
    public static ManagerRequest of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        ManagerHeader[] headers = new ManagerHeader[namesAndValues.length / 2];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = new ManagerHeader(namesAndValues[2 * i], namesAndValues[2 * i + 1]);
        }
        return new ManagerRequest(List.of(headers));
    }

    /** The value of the first header of that name (case-insensitive), or empty if there is none. */
    public Optional<String> find(String name) {
        for (ManagerHeader header : headers) {
            if (header.name().equalsIgnoreCase(name)) {
                return Optional.of(header.value());
            }
        }
        return Optional.empty();
    }

    /** The value of the first header of that name, or {@code ""}: Asterisk treats both alike. */
    public String get(String name) {
        return find(name).orElse("");
    }

    /** The values of every header of that name, in order ({@code Variable: a=1}, {@code Variable: b=2}). */
    public List<String> getAll(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(ManagerHeader::value).toList();
    }

    /** The {@code Action} header. */
    public String action() {
        return get("Action");
    }

    /** The {@code ActionID} header; {@code ""} means none is echoed. */
    public String actionId() {
        return get("ActionID");
    }
}

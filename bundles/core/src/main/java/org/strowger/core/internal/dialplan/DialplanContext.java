package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.List;

/**
 * One context of the dialplan, immutable: its extensions in Asterisk's search order, the contexts it
 * includes (searched after its own extensions) and its ignore patterns.
 */
public final class DialplanContext {

    private final String name;
    private final List<Extension> extensions;
    private final List<Include> includes;
    private final List<String> ignorePatterns;
    private final String location;

    DialplanContext(String name, List<Extension> extensions, List<Include> includes, List<String> ignorePatterns,
            String location) {
        this.name = name;
        List<Extension> sorted = new ArrayList<>(extensions);
        sorted.sort(Extension::compare);
        this.extensions = List.copyOf(sorted);
        this.includes = List.copyOf(includes);
        this.ignorePatterns = List.copyOf(ignorePatterns);
        this.location = location;
    }

    public String name() {
        return name;
    }

    /**
     * Every extension in Asterisk's order ({@code ext_cmp}): plain extensions first, then patterns
     * from the most specific; the order a search tries them and {@code dialplan show} lists them.
     */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The {@code include =>} lines, in order. */
    public List<Include> includes() {
        return includes;
    }

    /** The {@code ignorepat =>} values, in order. */
    public List<String> ignorePatterns() {
        return ignorePatterns;
    }

    /** Where the context was first opened, as {@code file:line}. */
    public String location() {
        return location;
    }
}

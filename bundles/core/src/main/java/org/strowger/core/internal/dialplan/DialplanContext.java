package org.strowger.core.internal.dialplan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One context of the dialplan, immutable: its extensions in the order they were first written and
 * the contexts it includes, searched after its own extensions.
 */
public final class DialplanContext {

    private final String name;
    private final List<Extension> extensions;
    private final Map<String, List<Extension>> byName;
    private final List<String> includes;
    private final String location;

    DialplanContext(String name, List<Extension> extensions, List<String> includes, String location) {
        this.name = name;
        this.extensions = List.copyOf(extensions);
        Map<String, List<Extension>> index = new LinkedHashMap<>();
        for (Extension extension : this.extensions) {
            index.computeIfAbsent(extension.name(), key -> new ArrayList<>()).add(extension);
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        this.byName = Collections.unmodifiableMap(index);
        this.includes = List.copyOf(includes);
        this.location = location;
    }

    public String name() {
        return name;
    }

    /** Every extension, in the order of their first lines. */
    public List<Extension> extensions() {
        return extensions;
    }

    /** The extensions written with exactly this name (dashes removed), with and without caller-ID match. */
    public List<Extension> extensionsNamed(String extensionName) {
        return byName.getOrDefault(extensionName, List.of());
    }

    /** The contexts named by {@code include =>}, in order. */
    public List<String> includes() {
        return includes;
    }

    /** Where the context was first opened, as {@code file:line}. */
    public String location() {
        return location;
    }
}

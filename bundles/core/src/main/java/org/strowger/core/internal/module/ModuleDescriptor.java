package org.strowger.core.internal.module;

import java.util.Optional;

import org.apache.felix.utils.manifest.Clause;
import org.apache.felix.utils.manifest.Parser;
import org.strowger.api.module.LoadPriority;
import org.strowger.api.module.SupportLevel;

/**
 * What a bundle's {@code Strowger-Module} header says about the module it is, e.g.
 * {@code chan_skype.so;description="Skype for Asterisk Channel Driver";priority=channel;support=extended}.
 *
 * @param name the module name, always with {@code .so}
 * @param description the one-line description ({@code module show})
 * @param priority Asterisk load priority; lower loads first
 * @param supportLevel the support level column
 */
record ModuleDescriptor(String name, String description, int priority, SupportLevel supportLevel) {

    /**
     * Reads the header.
     *
     * @throws IllegalArgumentException naming what is wrong with the header
     */
    static ModuleDescriptor parse(String header) {
        Clause[] clauses;
        try {
            clauses = Parser.parseHeader(header);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("malformed Strowger-Module header '" + header + "': " + e.getMessage(), e);
        }
        if (clauses.length != 1) {
            throw new IllegalArgumentException("Strowger-Module header must name exactly one module: '" + header + "'");
        }
        Clause clause = clauses[0];
        String name = clause.getName().strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Strowger-Module header has no module name: '" + header + "'");
        }
        String description = Optional.ofNullable(clause.getAttribute("description")).orElse("");
        String priorityText = clause.getAttribute("priority");
        int priority = LoadPriority.DEFAULT.value();
        if (priorityText != null) {
            priority = LoadPriority.parse(priorityText).orElseThrow(() -> new IllegalArgumentException(
                    "Strowger-Module header of " + name + " has an unknown priority '" + priorityText
                            + "' (use a number or one of core, channel_depend, channel, app_depend, default, ...)"));
        }
        String support = clause.getAttribute("support");
        return new ModuleDescriptor(ModuleNames.withSuffix(name), description, priority,
                support == null ? SupportLevel.UNKNOWN : SupportLevel.parse(support));
    }
}

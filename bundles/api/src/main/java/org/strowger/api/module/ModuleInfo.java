package org.strowger.api.module;

import java.util.Objects;

/**
 * A snapshot of one module as {@code module show} lists it.
 *
 * @param name the module name, e.g. {@code chan_skype.so}
 * @param description the one-line description
 * @param useCount what the module's {@link UseCount} services report now
 * @param running whether the module is loaded and running
 * @param supportLevel core, extended, deprecated or unknown
 * @param priority the load priority (lower loads first)
 * @param bundleId the OSGi bundle that is this module
 * @param failure why the last load failed, or empty
 */
public record ModuleInfo(String name, String description, int useCount, boolean running,
        SupportLevel supportLevel, int priority, long bundleId, String failure) {

    public ModuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(supportLevel, "supportLevel");
        failure = failure == null ? "" : failure;
    }

    /** {@code Running} or {@code Not Running}, the status words of {@code module show}. */
    public String statusText() {
        return running ? "Running" : "Not Running";
    }
}

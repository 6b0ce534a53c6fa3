package org.strowger.core.internal.module;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;

import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.module.ReloadResult;

/** The loader's events, with the names and fields of Asterisk's main/loader.c and asterisk.c. */
final class ModuleEvents {

    private final EventBus bus;

    ModuleEvents(EventBus bus) {
        this.bus = bus;
    }

    /** {@code Event: Load / Module / Status: Success|Failure}. */
    void loaded(String module, boolean success) {
        bus.publish(PbxEvent.builder("Load", EventCategory.SYSTEM).field("Module", module)
                .field("Status", success ? "Success" : "Failure").build());
    }

    /** {@code Event: Unload / Module / Status: Success}. */
    void unloaded(String module) {
        bus.publish(PbxEvent.builder("Unload", EventCategory.SYSTEM).field("Module", module)
                .field("Status", "Success").build());
    }

    /** {@code Event: Reload / Module: <name>|All / Status: <0..6>}. */
    void reloaded(String module, ReloadResult result) {
        bus.publish(PbxEvent.builder("Reload", EventCategory.SYSTEM).field("Module", module)
                .field("Status", result.status().code()).build());
    }

    /** {@code Event: FullyBooted / Uptime / LastReload / Status: Fully Booted}, uptimes in seconds. */
    void fullyBooted(Instant lastReload) {
        Instant now = Instant.now();
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        bus.publish(PbxEvent.builder("FullyBooted", EventCategory.SYSTEM)
                .field("Uptime", Duration.between(started, now).toSeconds())
                .field("LastReload", Duration.between(lastReload, now).toSeconds())
                .field("Status", "Fully Booted").build());
    }
}

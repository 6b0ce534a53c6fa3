package org.strowger.manager.internal;

import java.time.Instant;

import org.strowger.api.system.SystemInfo;

/** The PBX facts the manager's tests need: started now, booted or not as the test says. */
public final class FakeSystemInfo implements SystemInfo {

    private final Instant started = Instant.now();
    private final boolean fullyBooted;

    /** @param fullyBooted whether a login gets the {@code FullyBooted} event */
    public FakeSystemInfo(boolean fullyBooted) {
        this.fullyBooted = fullyBooted;
    }

    @Override
    public String productName() {
        return "Strowger";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String versionLine() {
        return "Strowger test";
    }

    @Override
    public Instant startupTime() {
        return started;
    }

    @Override
    public Instant lastReloadTime() {
        return started;
    }

    @Override
    public boolean fullyBooted() {
        return fullyBooted;
    }
}

package org.strowger.core.internal.module;

import org.osgi.framework.Bundle;

/** The registry's mutable view of one module bundle. Fields are written under the registry's lock or on its tracker thread. */
final class Module {

    final Bundle bundle;
    volatile ModuleDescriptor descriptor;
    /** Why the last start failed; empty when it did not. Cleared by an update or an explicit load. */
    volatile String failure = "";
    /** Installed after the boot pass and not yet considered for automatic loading. */
    volatile boolean arrivedAfterBoot;

    Module(Bundle bundle, ModuleDescriptor descriptor) {
        this.bundle = bundle;
        this.descriptor = descriptor;
    }

    String name() {
        return descriptor.name();
    }

    boolean running() {
        return bundle.getState() == Bundle.ACTIVE;
    }

    boolean startable() {
        return (bundle.getState() & (Bundle.INSTALLED | Bundle.RESOLVED)) != 0;
    }
}

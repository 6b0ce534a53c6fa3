package org.strowger.core.lifecycle;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strowger.api.module.UseCount;

/** The smallest module for the lifecycle test: it registers a use count of 0. */
public class CountingModuleActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        context.registerService(UseCount.class, () -> 0, null);
    }

    @Override
    public void stop(BundleContext context) {
        // services go with the bundle
    }
}

package org.strowger.core.internal.dialplan.app;

import java.util.function.Supplier;

import org.osgi.service.component.ComponentServiceObjects;
import org.strowger.core.internal.dialplan.DialplanEngine;

/**
 * The dialplan engine for applications that need more than the API (Set writing functions), got
 * when they first run. Getting it when SCR creates the application would be a circle: the engine
 * creates its applications while it is being activated itself.
 */
final class EngineOnFirstUse implements Supplier<DialplanEngine> {

    private final ComponentServiceObjects<DialplanEngine> objects;
    private DialplanEngine engine;

    EngineOnFirstUse(ComponentServiceObjects<DialplanEngine> objects) {
        this.objects = objects;
    }

    @Override
    public synchronized DialplanEngine get() {
        if (engine == null) {
            engine = objects.getService();
        }
        if (engine == null) {
            throw new IllegalStateException("the dialplan engine is not available");
        }
        return engine;
    }

    synchronized void release() {
        if (engine != null) {
            objects.ungetService(engine);
            engine = null;
        }
    }
}

package org.strowger.core.internal.osgi;

import java.util.function.Supplier;

import org.osgi.service.component.ComponentServiceObjects;

/**
 * A whiteboard service got on first use rather than when it is bound. The core's whiteboards
 * (channel drivers, state providers) hold their services this way because those services reference
 * the core component that tracks them: getting them while that component activates is a circle SCR
 * refuses.
 */
public final class LazyService<T> implements Supplier<T> {

    private final ComponentServiceObjects<T> objects;
    private T service;
    private boolean released;

    private LazyService(ComponentServiceObjects<T> objects, T service) {
        this.objects = objects;
        this.service = service;
    }

    /** The service behind a DS reference, got when first needed. */
    public static <T> LazyService<T> of(ComponentServiceObjects<T> objects) {
        return new LazyService<>(objects, null);
    }

    /** A service object in hand (tests, benchmarks). */
    public static <T> LazyService<T> direct(T service) {
        return new LazyService<>(null, service);
    }

    /** What the registration is removed by: the reference's objects, or the object itself. */
    public Object identity() {
        return objects != null ? objects : service;
    }

    /** @throws IllegalStateException when the service has gone */
    @Override
    public synchronized T get() {
        if (service == null && !released && objects != null) {
            service = objects.getService();
        }
        if (service == null || released) {
            throw new IllegalStateException("the service is not available any more");
        }
        return service;
    }

    /** Gives the service back; {@link #get()} fails from now on. */
    public synchronized void release() {
        released = true;
        if (objects != null && service != null) {
            objects.ungetService(service);
        }
        service = null;
    }
}

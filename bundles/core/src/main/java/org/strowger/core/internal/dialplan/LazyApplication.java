package org.strowger.core.internal.dialplan;

import org.osgi.service.component.ComponentServiceObjects;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;

/**
 * An application service got on first use and given back when it goes. Binding the service object
 * itself makes SCR create applications that need the engine (Goto, Gosub, Set) while the engine is
 * still being activated: a circle SCR refuses with "Circular reference detected", leaving those
 * applications unbound in the container.
 */
final class LazyApplication implements DialplanApplication {

    private final ComponentServiceObjects<DialplanApplication> objects;
    private DialplanApplication application;
    private boolean released;

    LazyApplication(ComponentServiceObjects<DialplanApplication> objects) {
        this.objects = objects;
    }

    private synchronized DialplanApplication application() {
        if (application == null && !released) {
            application = objects.getService();
        }
        if (application == null) {
            throw new IllegalStateException("the application service is not available");
        }
        return application;
    }

    synchronized void release() {
        released = true;
        if (application != null) {
            objects.ungetService(application);
            application = null;
        }
    }

    @Override
    public Result execute(Channel channel, String data) throws InterruptedException {
        return application().execute(channel, data);
    }

    @Override
    public String synopsis() {
        return application().synopsis();
    }

    @Override
    public String syntax() {
        return application().syntax();
    }

    @Override
    public String description() {
        return application().description();
    }
}

package org.strowger.core.internal.dialplan;

import org.osgi.service.component.ComponentServiceObjects;
import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanFunctionException;

/**
 * A function service got on first use and given back when it goes. Binding the service object
 * itself would make SCR create functions such as EVAL (which need the {@code Dialplan}) while the
 * engine is still being activated: a circle SCR refuses, as it would for channel drivers.
 */
final class LazyFunction implements DialplanFunction {

    private final ComponentServiceObjects<DialplanFunction> objects;
    private DialplanFunction function;
    private boolean released;

    LazyFunction(ComponentServiceObjects<DialplanFunction> objects) {
        this.objects = objects;
    }

    private synchronized DialplanFunction function() {
        if (function == null && !released) {
            function = objects.getService();
        }
        if (function == null) {
            throw new IllegalStateException("the function service is not available");
        }
        return function;
    }

    synchronized void release() {
        released = true;
        if (function != null) {
            objects.ungetService(function);
            function = null;
        }
    }

    @Override
    public String read(Channel channel, String arguments) throws DialplanFunctionException {
        return function().read(channel, arguments);
    }

    @Override
    public void write(Channel channel, String arguments, String value) throws DialplanFunctionException {
        function().write(channel, arguments, value);
    }

    @Override
    public boolean isWritable() {
        return function().isWritable();
    }

    @Override
    public String synopsis() {
        return function().synopsis();
    }

    @Override
    public String syntax() {
        return function().syntax();
    }
}

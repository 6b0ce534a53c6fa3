package org.strowger.itests.codec;

import java.util.Hashtable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.strowger.api.media.Format;
import org.strowger.api.media.Translator;

/** Registers the four G.711 translators, as a codec bundle does, so that a test can update or stop them. */
public final class G711CodecActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        register(context, Format.ULAW, Format.SLIN);
        register(context, Format.SLIN, Format.ULAW);
        register(context, Format.ALAW, Format.SLIN);
        register(context, Format.SLIN, Format.ALAW);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }

    private static void register(BundleContext context, Format from, Format to) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Translator.FROM, from.name());
        properties.put(Translator.TO, to.name());
        context.registerService(Translator.class, new G711Translator(from, to), properties);
    }
}

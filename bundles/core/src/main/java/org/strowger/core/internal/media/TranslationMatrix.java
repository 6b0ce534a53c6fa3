package org.strowger.core.internal.media;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.media.Format;
import org.strowger.api.media.TranslationPath;
import org.strowger.api.media.TranslationPaths;
import org.strowger.api.media.Translator;

/**
 * Asterisk's translation matrix over the {@link Translator} whiteboard. Each translator is measured
 * when it arrives; every arrival and departure builds a new {@link RouteTable} and swaps it in whole,
 * so readers on media threads never lock and never see a half-built matrix.
 */
// Immediate: the matrix must exist, and measure codecs as they start, before the first call needs it;
// and a delayed component dropped by its last user would restart its generation at zero.
@Component(service = TranslationPaths.class, immediate = true)
public final class TranslationMatrix implements TranslationPaths {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationMatrix.class);

    private final CostMeter meter;
    /** By service.id; guarded by itself, and every table is built while holding it. */
    private final Map<Long, MeasuredTranslator> translators = new HashMap<>();

    private volatile RouteTable table = RouteTable.empty();

    @Activate
    public TranslationMatrix() {
        this(new CpuCostMeter());
    }

    /** With another way of measuring, for tests that need costs they can predict. */
    public TranslationMatrix(CostMeter meter) {
        this.meter = meter;
    }

    @Reference(name = "translator", service = Translator.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeTranslator")
    public void addTranslator(Translator translator, Map<String, Object> properties) {
        long serviceId = serviceId(properties);
        String name = describe(translator, serviceId);
        Format from;
        Format to;
        try {
            from = translator.from();
            to = translator.to();
        } catch (RuntimeException e) {
            LOG.warn("Translator {} is not used: it cannot say which formats it converts", name, e);
            return;
        }
        if (from == null || to == null || from == to) {
            LOG.warn("Translator {} is not used: it claims to convert {} to {}", name, from, to);
            return;
        }
        // Measuring takes a few milliseconds of CPU (one second of audio, a few times), so it is done
        // here in the bind call and outside the lock, which the media threads never take anyway.
        int cost;
        try {
            cost = meter.microsPerSecond(translator, 1);
        } catch (UnusableTranslatorException e) {
            LOG.warn("Translator {} from format {} to {} is not used: {}", name, from, to, e.getMessage(), e.getCause());
            return;
        }
        MeasuredTranslator measured = new MeasuredTranslator(translator, from, to, cost, ranking(properties), serviceId, name);
        synchronized (translators) {
            translators.put(serviceId, measured);
            rebuild();
        }
        LOG.info("Registered translator {} from format {} to {}, cost {}", name, from, to, cost);
    }

    public void removeTranslator(Translator translator, Map<String, Object> properties) {
        MeasuredTranslator removed;
        synchronized (translators) {
            removed = translators.remove(serviceId(properties));
            if (removed == null) {
                return; // it was never used: its measurement failed
            }
            rebuild();
        }
        LOG.info("Unregistered translator {} from format {} to {}", removed.name(), removed.from(), removed.to());
    }

    @Override
    public Optional<TranslationPath> path(Format from, Format to) {
        return table.path(from, to);
    }

    @Override
    public int cost(Format from, Format to) {
        return table.cost(from, to);
    }

    @Override
    public long generation() {
        return table.generation();
    }

    @Override
    public void recalculate(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("seconds must be positive: " + seconds);
        }
        List<MeasuredTranslator> current;
        synchronized (translators) {
            current = new ArrayList<>(translators.values());
        }
        Map<Long, MeasuredTranslator> remeasured = new HashMap<>();
        for (MeasuredTranslator old : current) {
            try {
                remeasured.put(old.serviceId(), old.withCost(meter.microsPerSecond(old.translator(), seconds)));
            } catch (UnusableTranslatorException e) {
                LOG.warn("Translator {} from format {} to {} is no longer used: {}", old.name(), old.from(), old.to(),
                        e.getMessage(), e.getCause());
            }
        }
        synchronized (translators) {
            for (MeasuredTranslator old : current) {
                // A translator that left while we measured stays gone; one that arrived meanwhile keeps its fresh cost.
                if (translators.get(old.serviceId()) == old) {
                    MeasuredTranslator fresh = remeasured.get(old.serviceId());
                    if (fresh == null) {
                        translators.remove(old.serviceId());
                    } else {
                        translators.put(old.serviceId(), fresh);
                    }
                }
            }
            rebuild();
        }
    }

    /** Call holding the lock on {@link #translators}. */
    private void rebuild() {
        RouteTable next = RouteTable.build(table.generation() + 1, List.copyOf(translators.values()));
        table = next;
        LOG.debug("Translation matrix rebuilt (generation {}) from {} translators", next.generation(), translators.size());
    }

    private static long serviceId(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        if (id instanceof Long value) {
            return value;
        }
        throw new IllegalArgumentException("a service without " + Constants.SERVICE_ID + ": " + properties);
    }

    /** As the framework reads it: anything but an Integer counts as 0. */
    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static String describe(Translator translator, long serviceId) {
        return "'" + translator.getClass().getName() + "' (service " + serviceId + ")";
    }
}

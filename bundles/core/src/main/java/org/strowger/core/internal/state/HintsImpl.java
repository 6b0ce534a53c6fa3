package org.strowger.core.internal.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.state.DeviceState;
import org.strowger.api.state.DeviceStates;
import org.strowger.api.state.ExtensionState;
import org.strowger.api.state.Hint;
import org.strowger.api.state.HintWatcher;
import org.strowger.api.state.Hints;
import org.strowger.api.state.Presence;
import org.strowger.api.state.PresenceState;
import org.strowger.api.state.PresenceStates;
import org.strowger.core.internal.dialplan.DialplanContext;
import org.strowger.core.internal.dialplan.DialplanSnapshot;
import org.strowger.core.internal.dialplan.DialplanSnapshots;
import org.strowger.core.internal.dialplan.Extension;
import org.strowger.core.internal.dialplan.Include;

/**
 * The dialplan's hints with their extension and presence states, as Asterisk's
 * main/extension_state.c keeps them. Every change is applied on the {@link StateThread}: the device
 * states of a hint are combined by {@link DeviceStateAggregate}, and a hint whose state changed (or
 * rings: a second caller ringing the same extension is news too) publishes {@code ExtensionStatus}
 * and tells its watchers; a presence change publishes {@code PresenceStatus}. A hint that a
 * {@code dialplan reload} removed tells its watchers {@link ExtensionState#REMOVED} and drops them.
 */
@Component(service = Hints.class, immediate = true)
public final class HintsImpl implements Hints, StateListener {

    private static final Logger LOG = LoggerFactory.getLogger(HintsImpl.class);

    private static final Comparator<Hint> ORDER = Comparator.comparing(Hint::context).thenComparing(Hint::exten);

    private final DialplanSnapshots dialplan;
    private final DeviceStates devices;
    private final PresenceStates presences;
    private final EventBus events;
    private final StateThread stateThread;
    private final Map<HintKey, HintEntry> hints = new ConcurrentHashMap<>();
    /** Which hints name a device; touched on the state thread only. */
    private final Map<String, Set<HintEntry>> byDevice = new HashMap<>();
    private final AutoCloseable reloads;

    @Activate
    public HintsImpl(@Reference DialplanSnapshots dialplan, @Reference DeviceStates devices,
            @Reference PresenceStates presences, @Reference EventBus events, @Reference StateThread stateThread) {
        this.dialplan = dialplan;
        this.devices = devices;
        this.presences = presences;
        this.events = events;
        this.stateThread = stateThread;
        stateThread.setResync(this::resync);
        stateThread.addListener(this);
        this.reloads = dialplan.onInstall(snapshot -> stateThread.submit(() -> load(snapshot)));
        stateThread.submit(() -> load(dialplan.snapshot()));
    }

    @Deactivate
    void stop() {
        try {
            reloads.close();
        } catch (Exception e) {
            LOG.debug("Could not stop following dialplan reloads", e);
        }
        stateThread.removeListener(this);
        stateThread.setResync(null);
    }

    @Override
    public List<Hint> hints() {
        List<Hint> all = new ArrayList<>(hints.size());
        for (HintEntry entry : hints.values()) {
            all.add(entry.view());
        }
        all.sort(ORDER);
        return List.copyOf(all);
    }

    @Override
    public Optional<Hint> hint(String context, String exten) {
        return find(context, exten).map(HintEntry::view);
    }

    @Override
    public Optional<AutoCloseable> watch(String context, String exten, HintWatcher watcher) {
        Optional<HintEntry> found = find(context, exten).filter(entry -> !entry.isPattern());
        found.ifPresent(entry -> entry.watchers.add(watcher));
        return found.map(entry -> () -> entry.watchers.remove(watcher));
    }

    /**
     * The hint of {@code exten@context}, or of the context an include leads to, as Asterisk finds a
     * hint with {@code pbx_find_extension}.
     */
    private Optional<HintEntry> find(String context, String exten) {
        if (context == null || exten == null) {
            return Optional.empty();
        }
        HintEntry direct = hints.get(new HintKey(context, exten));
        if (direct != null) {
            return Optional.of(direct);
        }
        DialplanSnapshot snapshot = dialplan.snapshot();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.push(context);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            HintEntry entry = hints.get(new HintKey(name, exten));
            if (entry != null) {
                return Optional.of(entry);
            }
            Optional<DialplanContext> found = snapshot.context(name);
            if (found.isPresent()) {
                List<Include> includes = found.get().includes();
                for (int i = includes.size() - 1; i >= 0; i--) {
                    pending.push(includes.get(i).context());
                }
            }
        }
        return Optional.empty();
    }

    /** Brings the hints in line with a dialplan: new ones start, changed ones update, gone ones are REMOVED. */
    void load(DialplanSnapshot snapshot) {
        Map<HintKey, String> wanted = new LinkedHashMap<>();
        for (DialplanContext context : snapshot.contexts().values()) {
            for (Extension extension : context.extensions()) {
                extension.hint().ifPresent(text -> wanted.putIfAbsent(new HintKey(context.name(), extension.name()), text));
            }
        }
        for (HintEntry entry : List.copyOf(hints.values())) {
            if (!wanted.containsKey(entry.key)) {
                remove(entry);
            }
        }
        wanted.forEach((key, text) -> {
            HintEntry entry = hints.get(key);
            if (entry == null) {
                entry = new HintEntry(key, text);
                start(entry);
                hints.put(key, entry);
            } else if (!entry.text.equals(text)) {
                update(entry, text);
            }
        });
    }

    private void start(HintEntry entry) {
        if (entry.isPattern()) {
            // Pattern hints are listed but resolve to nothing (extension_state_alloc).
            entry.publish(ExtensionState.UNAVAILABLE, Presence.NOT_SET);
            return;
        }
        index(entry);
        entry.publish(computeState(entry), computePresence(entry, Presence.NOT_SET));
    }

    private void update(HintEntry entry, String text) {
        unindex(entry);
        String oldPresentity = entry.parsed.presentity();
        entry.setText(text);
        Hint before = entry.current;
        if (entry.isPattern()) {
            entry.publish(ExtensionState.UNAVAILABLE, Presence.NOT_SET);
            return;
        }
        index(entry);
        ExtensionState state = computeState(entry);
        Presence presence = entry.parsed.presentity().equals(oldPresentity) ? before.presence()
                : computePresence(entry, Presence.NOT_SET);
        entry.publish(state, presence);
        announce(entry, before, state != before.state(), !presence.equals(before.presence()));
    }

    private void remove(HintEntry entry) {
        hints.remove(entry.key);
        unindex(entry);
        Hint removed = new Hint(entry.key.context(), entry.key.exten(), entry.current.devices(), entry.current.presentity(),
                ExtensionState.REMOVED, entry.current.presence(), 0);
        for (HintWatcher watcher : entry.watchers) {
            tell(watcher, removed);
        }
        entry.watchers.clear();
    }

    /** Recomputes every hint from the states as they are now: after the state queue overflowed. */
    void resync() {
        load(dialplan.snapshot());
        for (HintEntry entry : hints.values()) {
            if (entry.isPattern()) {
                continue;
            }
            Hint before = entry.current;
            for (int i = 0; i < entry.deviceStates.length; i++) {
                entry.deviceStates[i] = devices.state(entry.parsed.devices().get(i));
            }
            ExtensionState state = aggregate(entry);
            Presence presence = computePresence(entry, before.presence());
            entry.publish(state, presence);
            announce(entry, before, state != before.state(), !presence.equals(before.presence()));
        }
    }

    @Override
    public void deviceStateChanged(String device, DeviceState state) {
        Set<HintEntry> affected = byDevice.get(device);
        if (affected == null) {
            return;
        }
        for (HintEntry entry : affected) {
            List<String> names = entry.parsed.devices();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(device)) {
                    entry.deviceStates[i] = state;
                }
            }
            Hint before = entry.current;
            ExtensionState next = aggregate(entry);
            // extension_state_device_state_cb: a change, or ringing again (someone else now rings it too).
            if (next != before.state() || (next.code() & ExtensionState.RINGING.code()) != 0) {
                entry.publish(next, before.presence());
                announce(entry, before, true, false);
            }
        }
    }

    @Override
    public void presenceStateChanged(String presentity, Presence presence) {
        String wanted = presentity.toLowerCase(Locale.ROOT);
        for (HintEntry entry : hints.values()) {
            String sources = entry.parsed.presentity();
            // extension_state_presence_state_cb: any hint whose presence list even mentions the presentity.
            if (entry.isPattern() || sources.isEmpty() || !sources.toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            Presence next = presences.presence(sources);
            Hint before = entry.current;
            if (next.state() == PresenceState.INVALID || next.equals(before.presence())) {
                continue;
            }
            entry.publish(before.state(), next);
            announce(entry, before, false, true);
        }
    }

    private ExtensionState computeState(HintEntry entry) {
        List<String> names = entry.parsed.devices();
        for (int i = 0; i < names.size(); i++) {
            entry.deviceStates[i] = devices.state(names.get(i));
        }
        return aggregate(entry);
    }

    private static ExtensionState aggregate(HintEntry entry) {
        if (entry.deviceStates.length == 0) {
            return ExtensionState.UNAVAILABLE;
        }
        DeviceStateAggregate aggregate = new DeviceStateAggregate();
        for (DeviceState state : entry.deviceStates) {
            aggregate.add(state);
        }
        return DeviceStateAggregate.toExtensionState(aggregate.result());
    }

    /** The presence of the hint's presence part; NOT_SET without one, the old one if it is INVALID. */
    private Presence computePresence(HintEntry entry, Presence fallback) {
        String sources = entry.parsed.presentity();
        if (sources.isEmpty()) {
            return Presence.NOT_SET;
        }
        Presence presence = presences.presence(sources);
        return presence.state() == PresenceState.INVALID ? fallback : presence;
    }

    /** The events of a changed hint, then its watchers, each once. */
    private void announce(HintEntry entry, Hint before, boolean deviceChanged, boolean presenceChanged) {
        if (!deviceChanged && !presenceChanged) {
            return;
        }
        Hint now = entry.current;
        if (deviceChanged) {
            events.publish(PbxEvent.builder("ExtensionStatus", EventCategory.CALL)
                    .field("Exten", now.exten())
                    .field("Context", now.context())
                    .field("Hint", now.application())
                    .field("Status", now.state().code())
                    .field("StatusText", now.state().text())
                    .build());
        }
        if (presenceChanged) {
            events.publish(PbxEvent.builder("PresenceStatus", EventCategory.CALL)
                    .field("Exten", now.exten())
                    .field("Context", now.context())
                    .field("Hint", now.application())
                    .field("Status", now.presence().state().text())
                    .field("Subtype", now.presence().subtype())
                    .field("Message", now.presence().message())
                    .build());
        }
        if (!entry.watchers.isEmpty()) {
            Hint view = entry.view();
            for (HintWatcher watcher : entry.watchers) {
                tell(watcher, view);
            }
        }
    }

    private static void tell(HintWatcher watcher, Hint hint) {
        try {
            watcher.changed(hint);
        } catch (RuntimeException e) {
            LOG.warn("A watcher of hint {}@{} failed", hint.exten(), hint.context(), e);
        }
    }

    private void index(HintEntry entry) {
        for (String device : entry.parsed.devices()) {
            byDevice.computeIfAbsent(device, d -> new HashSet<>()).add(entry);
        }
    }

    private void unindex(HintEntry entry) {
        for (String device : entry.parsed.devices()) {
            Set<HintEntry> set = byDevice.get(device);
            if (set != null) {
                set.remove(entry);
                if (set.isEmpty()) {
                    byDevice.remove(device);
                }
            }
        }
    }

    /** Where a hint lives: context and extension, both case-sensitive as in Asterisk. */
    record HintKey(String context, String exten) {
    }

    /** One hint: its text and device states (state thread only) and the view readers see. */
    private static final class HintEntry {

        final HintKey key;
        final List<HintWatcher> watchers = new CopyOnWriteArrayList<>();
        String text;
        HintText parsed;
        DeviceState[] deviceStates;
        volatile Hint current;

        HintEntry(HintKey key, String text) {
            this.key = key;
            setText(text);
            this.current = new Hint(key.context(), key.exten(), parsed.devices(), parsed.presentity(),
                    ExtensionState.UNAVAILABLE, Presence.NOT_SET, 0);
        }

        void setText(String newText) {
            text = newText;
            parsed = HintText.parse(newText);
            deviceStates = new DeviceState[parsed.devices().size()];
        }

        boolean isPattern() {
            return key.exten().startsWith("_");
        }

        void publish(ExtensionState state, Presence presence) {
            current = new Hint(key.context(), key.exten(), parsed.devices(), parsed.presentity(), state, presence, 0);
        }

        Hint view() {
            Hint hint = current;
            return new Hint(hint.context(), hint.exten(), hint.devices(), hint.presentity(), hint.state(),
                    hint.presence(), watchers.size());
        }
    }
}

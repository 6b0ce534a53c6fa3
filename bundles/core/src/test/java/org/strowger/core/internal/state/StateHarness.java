package org.strowger.core.internal.state;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.strowger.api.channel.ChannelDriver;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;
import org.strowger.api.state.DeviceStateProvider;
import org.strowger.api.state.PresenceStateProvider;
import org.strowger.core.internal.config.ConfigFilesImpl;
import org.strowger.core.internal.channel.ChannelServiceImpl;
import org.strowger.core.internal.channel.FakeDriver;
import org.strowger.core.internal.channel.ManualClock;
import org.strowger.core.internal.dialplan.DialplanEngine;
import org.strowger.core.internal.dialplan.ExtensionsConfReader;
import org.strowger.core.internal.event.EventBusImpl;
import org.strowger.core.internal.media.TranslationMatrix;

/**
 * The state components wired as the container wires them: the real event bus, channel service
 * (with a {@code Fake} driver), dialplan engine over a temporary extensions.conf, the state thread,
 * device and presence states, hints, astdb in a temporary directory and the Custom providers.
 */
final class StateHarness implements AutoCloseable {

    static final long SAFETY_SECONDS = 10;

    final Path configDirectory;
    final Path dataDirectory;
    final EventBusImpl bus = new EventBusImpl();
    final List<PbxEvent> events = new CopyOnWriteArrayList<>();
    private final Subscription recording;
    final ChannelServiceImpl channels;
    final FakeDriver fake;
    final DialplanEngine dialplan;
    final StateThread stateThread = new StateThread();
    final DeviceStatesImpl devices;
    final PresenceStatesImpl presences;
    final HintsImpl hints;
    AstDb db;
    CustomDeviceStateProvider customDeviceProvider;
    CustomPresenceProvider customPresenceProvider;
    CustomDeviceStates customDevices;
    CustomPresenceStates customPresences;

    StateHarness(String extensionsConf) throws IOException {
        this(extensionsConf, Files.createTempDirectory("strowger-state-data"));
    }

    /** A harness whose astdb lives in this directory: a restart when another harness used it before. */
    StateHarness(String extensionsConf, Path dataDirectory) throws IOException {
        configDirectory = Files.createTempDirectory("strowger-state-etc");
        this.dataDirectory = dataDirectory;
        Files.writeString(configDirectory.resolve(ExtensionsConfReader.FILE_NAME), extensionsConf);
        recording = bus.subscribe(events::add, 100_000);
        channels = new ChannelServiceImpl(bus, new TranslationMatrix(), new ManualClock());
        fake = new FakeDriver("Fake", channels);
        channels.addDriver(fake, Map.of(ChannelDriver.TECHNOLOGY, "Fake"));
        dialplan = new DialplanEngine(new ConfigFilesImpl(configDirectory), bus);
        devices = new DeviceStatesImpl(channels, bus, stateThread);
        presences = new PresenceStatesImpl(bus, stateThread);
        startCustom();
        hints = new HintsImpl(dialplan, devices, presences, bus, stateThread);
        drain();
    }

    /** Opens astdb and starts the Custom providers, as a (re)starting core does. */
    void startCustom() throws IOException {
        db = new AstDb(dataDirectory);
        customDeviceProvider = new CustomDeviceStateProvider(db);
        devices.addProvider(customDeviceProvider, Map.of(DeviceStateProvider.PROVIDER, CustomDeviceStates.PROVIDER));
        customDevices = new CustomDeviceStates(db, devices);
        customPresenceProvider = new CustomPresenceProvider(db);
        presences.addProvider(customPresenceProvider, Map.of(PresenceStateProvider.PROVIDER, CustomPresenceStates.PROVIDER));
        customPresences = new CustomPresenceStates(db, presences);
    }

    /** Stops the Custom providers and astdb, as a stopping core does. */
    void stopCustom() {
        devices.removeProvider(customDeviceProvider, Map.of(DeviceStateProvider.PROVIDER, CustomDeviceStates.PROVIDER));
        presences.removeProvider(customPresenceProvider, Map.of(PresenceStateProvider.PROVIDER, CustomPresenceStates.PROVIDER));
        db.close();
    }

    /** Rewrites extensions.conf and runs {@code dialplan reload}. */
    void reload(String extensionsConf) throws IOException {
        Files.writeString(configDirectory.resolve(ExtensionsConfReader.FILE_NAME), extensionsConf);
        dialplan.reload();
        drain();
    }

    /** Waits until the state thread has done everything asked of it so far. */
    void drain() {
        try {
            assertTrue("the state thread drains", stateThread.drain(SAFETY_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The events of this name so far; the bus delivers them on its own threads. */
    List<PbxEvent> named(String name) {
        return events.stream().filter(event -> event.name().equals(name)).toList();
    }

    /** Waits for at least this many events of the name and returns them all. */
    List<PbxEvent> awaitNamed(String name, int count) throws InterruptedException {
        await(count + " " + name, () -> named(name).size() >= count);
        return named(name);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SAFETY_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting for " + what, System.nanoTime() < deadline);
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        hints.stop();
        devices.stop();
        db.close();
        recording.close();
        channels.close();
        stateThread.close();
        // The bus's delivery threads are daemons; the dialplan started no PBX thread.
    }

}

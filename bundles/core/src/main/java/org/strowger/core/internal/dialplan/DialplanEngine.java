package org.strowger.core.internal.dialplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.HangupCause;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFiles;
import org.strowger.api.dialplan.Dialplan;
import org.strowger.api.dialplan.DialplanApplication;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.module.ReloadResult;

/**
 * The dialplan of {@code extensions.conf} and the PBX that runs channels through it. The dialplan is
 * an immutable {@link DialplanSnapshot} that a reload replaces whole; applications come and go as
 * {@link DialplanApplication} services.
 */
// Immediate: channels may arrive (Local, originate) as soon as the core is up, and the first call
// should not pay for reading extensions.conf.
@Component(service = {Dialplan.class, DialplanSnapshots.class}, immediate = true)
public final class DialplanEngine implements Dialplan, DialplanSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanEngine.class);

    /** How long a stopping core waits for PBX threads after hanging their channels up. */
    private static final long STOP_WAIT_MILLIS = 2000;

    private final ConfigFiles configFiles;
    private final EventBus events;
    private final ExtensionsConfReader reader = new ExtensionsConfReader(new ExactExtensionMatcher());
    private final AtomicReference<DialplanSnapshot> snapshot = new AtomicReference<>(DialplanSnapshot.empty());
    private final GlobalVariables globals = new GlobalVariables();
    private final ApplicationRegistry applications = new ApplicationRegistry();
    private final PbxThreads threads = new PbxThreads();
    private final Set<PbxRun> running = ConcurrentHashMap.newKeySet();
    private final List<Consumer<DialplanSnapshot>> installListeners = new CopyOnWriteArrayList<>();

    @Activate
    public DialplanEngine(@Reference ConfigFiles configFiles, @Reference EventBus events) {
        this.configFiles = configFiles;
        this.events = events;
        // Read here rather than in the background: a call arriving right after start must find its
        // extension, and the file is small.
        load();
    }

    @Reference(name = "application", service = DialplanApplication.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeApplication")
    public void addApplication(DialplanApplication application, Map<String, Object> properties) {
        Object name = properties.get(DialplanApplication.NAME);
        if (!(name instanceof String text) || text.isBlank()) {
            LOG.warn("Dialplan application {} has no '{}' property and is not used", application.getClass().getName(),
                    DialplanApplication.NAME);
            return;
        }
        RegisteredApplication registered = new RegisteredApplication(text.strip(), application, ranking(properties),
                serviceId(properties));
        if (!applications.add(registered)) {
            LOG.warn("Dialplan application '{}' is registered twice; {} is not used while the other one is there",
                    text, application.getClass().getName());
        } else {
            LOG.debug("Registered application '{}'", text);
        }
    }

    public void removeApplication(DialplanApplication application, Map<String, Object> properties) {
        applications.remove(serviceId(properties));
        LOG.debug("Unregistered application '{}'", properties.get(DialplanApplication.NAME));
    }

    @Deactivate
    void stop() {
        threads.shutdown();
        // OSGi cannot refuse a stop: hang the calls up cleanly rather than leave them without a PBX.
        for (PbxRun run : running) {
            run.channel().hangup(HangupCause.NORMAL_CLEARING.code());
        }
        try {
            if (!threads.awaitTermination(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads {@code extensions.conf} again and swaps the new dialplan in whole; calls in progress go on
     * with the new one at their next priority. A file that cannot be read keeps the running dialplan.
     */
    public ReloadResult reload() {
        return load();
    }

    private ReloadResult load() {
        if (!configFiles.exists(ExtensionsConfReader.FILE_NAME)) {
            LOG.info("No {} in {}: the dialplan is empty", ExtensionsConfReader.FILE_NAME, configFiles.directory());
            install(DialplanSnapshot.empty());
            return ReloadResult.success();
        }
        DialplanSnapshot next;
        try {
            next = reader.read(configFiles.load(ExtensionsConfReader.FILE_NAME));
        } catch (ConfigException e) {
            LOG.error("The dialplan was not loaded, the previous one stays: {}", e.getMessage());
            return ReloadResult.error(e.getMessage());
        }
        for (String problem : next.problems()) {
            LOG.warn("{}", problem);
        }
        install(next);
        int priorities = next.contexts().values().stream()
                .flatMap(c -> c.extensions().stream())
                .mapToInt(e -> e.priorities().size())
                .sum();
        LOG.info("Dialplan loaded: {} contexts, {} priorities", next.contexts().size(), priorities);
        return ReloadResult.success();
    }

    /** Swaps a dialplan in; its globals overwrite the running ones (Asterisk's clearglobalvars=no). */
    void install(DialplanSnapshot next) {
        globals.load(next.globals(), false);
        snapshot.set(next);
        installListeners.forEach(listener -> listener.accept(next));
    }

    @Override
    public AutoCloseable onInstall(Consumer<DialplanSnapshot> listener) {
        installListeners.add(listener);
        return () -> installListeners.remove(listener);
    }

    @Override
    public boolean exists(String context, String exten, int priority, String callerId) {
        return snapshot.get().find(context, exten, priority, callerId == null ? "" : callerId).isPresent();
    }

    @Override
    public String substitute(Channel channel, String text) {
        VariableSource source = channel != null ? new ChannelVariables(channel, globals) : globals::get;
        return Substitution.substitute(text, source);
    }

    @Override
    public Optional<String> globalVariable(String name) {
        return globals.get(name);
    }

    @Override
    public void setGlobalVariable(String name, String value) {
        globals.set(name, value);
    }

    @Override
    public Optional<String> hint(String context, String exten) {
        return snapshot.get().findExtension(context, exten, "").flatMap(Extension::hint);
    }

    @Override
    public boolean hasApplication(String name) {
        return applications.find(name).isPresent();
    }

    @Override
    public void start(Channel channel) {
        submit(PbxRun.dialplan(this, channel));
    }

    @Override
    public void startApplication(Channel channel, String application, String data) {
        submit(PbxRun.application(this, channel, application, data));
    }

    private void submit(PbxRun run) {
        running.add(run);
        try {
            threads.execute(run);
        } catch (RejectedExecutionException e) {
            running.remove(run);
            LOG.warn("The PBX is stopping; channel {} is hung up", run.channel().name());
            run.channel().hangup(HangupCause.NORMAL_CLEARING.code());
        }
    }

    /** The dialplan now. */
    @Override
    public DialplanSnapshot snapshot() {
        return snapshot.get();
    }

    public GlobalVariables globals() {
        return globals;
    }

    /** The registered applications, sorted by name. */
    public List<RegisteredApplication> applications() {
        return applications.all();
    }

    Optional<RegisteredApplication> application(String name) {
        return applications.find(name);
    }

    void publish(PbxEvent event) {
        events.publish(event);
    }

    void finished(PbxRun run) {
        running.remove(run);
    }

    /** Channels running in the PBX now. */
    int runningCount() {
        return running.size();
    }

    /** PBX threads alive now, busy or idle. */
    int threadCount() {
        return threads.getPoolSize();
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_ID) instanceof Long id ? id : 0L;
    }
}

package org.strowger.core.internal.dialplan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.osgi.framework.Constants;
import org.osgi.service.component.ComponentServiceObjects;
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
import org.strowger.api.dialplan.DialplanApplication.Result;
import org.strowger.api.dialplan.DialplanFunction;
import org.strowger.api.dialplan.DialplanListing;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.EventCategory;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.module.ReloadResult;
import org.strowger.core.internal.channel.ChannelEvents;

/**
 * The dialplan of {@code extensions.conf} and the PBX that runs channels through it. The dialplan is
 * an immutable {@link DialplanSnapshot} that a reload replaces whole; applications come and go as
 * {@link DialplanApplication} services.
 */
// Immediate: channels may arrive (Local, originate) as soon as the core is up, and the first call
// should not pay for reading extensions.conf.
// Registered under its own class as well, for the core's dialplan applications (Goto, Gosub, While,
// Set) and commands (dialplan show) that need more than the API offers; as DialplanSnapshots for the hints.
@Component(service = {Dialplan.class, DialplanEngine.class, DialplanSnapshots.class}, immediate = true)
public final class DialplanEngine implements Dialplan, DialplanSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(DialplanEngine.class);

    /** How long a stopping core waits for PBX threads after hanging their channels up. */
    private static final long STOP_WAIT_MILLIS = 2000;

    private final ConfigFiles configFiles;
    private final EventBus events;
    /**
     * How many priorities a channel may run in a row without an application that waited for
     * something; beyond it the dialplan is taken to loop without end (a Goto to itself) and the
     * channel is hung up. Asterisk has no such limit and would spin a CPU for ever.
     */
    static final int DEFAULT_PRIORITY_CEILING = 100_000;

    private final ExtensionsConfReader reader = new ExtensionsConfReader(new PatternExtensionMatcher());
    private final AtomicReference<DialplanSnapshot> snapshot = new AtomicReference<>(DialplanSnapshot.empty());
    private final GlobalVariables globals = new GlobalVariables();
    private final ApplicationRegistry applications = new ApplicationRegistry();
    private final FunctionRegistry functions = new FunctionRegistry();
    private final FunctionCalls functionCalls = new FunctionCalls(functions, globals);
    private final PbxThreads threads = new PbxThreads();
    private final Set<PbxRun> running = ConcurrentHashMap.newKeySet();
    private final Map<String, PbxChannelState> channelStates = new ConcurrentHashMap<>();
    private volatile int priorityCeiling = DEFAULT_PRIORITY_CEILING;
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
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindApplication")
    void bindApplication(ComponentServiceObjects<DialplanApplication> application, Map<String, Object> properties) {
        addApplication(new LazyApplication(application), properties);
    }

    void unbindApplication(ComponentServiceObjects<DialplanApplication> application, Map<String, Object> properties) {
        removeApplication(null, properties);
    }

    /** Adds an application object directly (tests, and applications that live outside a service registry). */
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
        for (RegisteredApplication gone : applications.remove(serviceId(properties))) {
            if (gone.application() instanceof LazyApplication lazy) {
                lazy.release();
            }
        }
        LOG.debug("Unregistered application '{}'", properties.get(DialplanApplication.NAME));
    }

    @Reference(name = "function", service = DialplanFunction.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unbindFunction")
    void bindFunction(ComponentServiceObjects<DialplanFunction> function, Map<String, Object> properties) {
        addFunction(new LazyFunction(function), properties);
    }

    void unbindFunction(ComponentServiceObjects<DialplanFunction> function, Map<String, Object> properties) {
        removeFunction(null, properties);
    }

    /** Adds a function object directly (tests, and functions that live outside a service registry). */
    public void addFunction(DialplanFunction function, Map<String, Object> properties) {
        Object name = properties.get(DialplanFunction.NAME);
        if (!(name instanceof String text) || text.isBlank()) {
            LOG.warn("A dialplan function has no '{}' property and is not used", DialplanFunction.NAME);
            return;
        }
        if (!functions.add(new RegisteredFunction(text.strip(), function, ranking(properties), serviceId(properties)))) {
            // ast_custom_function_register refuses a second one the same way.
            LOG.error("Function {} already registered.", text);
        } else {
            LOG.debug("Registered custom function '{}'", text);
        }
    }

    public void removeFunction(DialplanFunction function, Map<String, Object> properties) {
        for (RegisteredFunction gone : functions.remove(serviceId(properties))) {
            if (gone.function() instanceof LazyFunction lazy) {
                lazy.release();
            }
        }
        LOG.debug("Unregistered custom function {}", properties.get(DialplanFunction.NAME));
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
        // pbx_config's reload clears the globals first when the running dialplan says clearglobalvars=yes.
        globals.load(next.globals(), snapshot.get().clearGlobalVars());
        snapshot.set(next);
        installListeners.forEach(listener -> listener.accept(next));
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
        return Substitution.substitute(text, variables(channel));
    }

    /** What {@code ${...}} means for this channel ({@code null}: globals only), functions included. */
    VariableSource variables(Channel channel) {
        VariableSource plain = channel != null ? new ChannelVariables(channel, globals) : globals::get;
        return new FunctionVariables(functionCalls, channel, plain);
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
        return snapshot.get().findHint(context, exten).flatMap(Extension::hint);
    }

    @Override
    public DialplanListing listing(String context, String exten) {
        return DialplanListings.list(snapshot.get(), context, exten);
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

    /** The registered functions, in {@code core show functions} order. */
    public List<RegisteredFunction> functions() {
        return functions.all();
    }

    /** Reads, writes and assignments of functions and variables, as the core's applications need them. */
    public FunctionCalls functionCalls() {
        return functionCalls;
    }

    /** The application registered under the name (ignoring case), if any. */
    public Optional<RegisteredApplication> application(String name) {
        return applications.find(name);
    }

    /**
     * Runs an application on the channel as {@code pbx_exec} does: the channel shows it as its
     * application, {@code Newexten} is published, and an application that throws ends the call
     * instead of the PBX thread.
     */
    public Result execute(Channel channel, RegisteredApplication app, String data) throws InterruptedException {
        channel.setApplication(app.name(), data);
        events.publish(ChannelEvents.snapshot(PbxEvent.builder("Newexten", EventCategory.DIALPLAN), channel, "")
                .field("Extension", channel.exten())
                .field("Application", app.name())
                .field("AppData", data)
                .build());
        LOG.debug("Executing [{}@{}:{}] {}(\"{}\", \"{}\") in new stack", channel.exten(), channel.context(),
                channel.priority(), app.name(), channel.name(), data);
        try {
            Result result = app.application().execute(channel, data);
            return result == null ? Result.CONTINUE : result;
        } catch (RuntimeException e) {
            LOG.error("Application {}({}) failed on channel {} at {}@{}:{}; hanging the channel up", app.name(), data,
                    channel.name(), channel.exten(), channel.context(), channel.priority(), e);
            return Result.HANGUP;
        }
    }

    /** The PBX's state of the channel (autoloop, h, Gosub stack), created on first use. */
    public PbxChannelState state(Channel channel) {
        return channelStates.computeIfAbsent(channel.uniqueId(), id -> new PbxChannelState());
    }

    /** Forgets the channel's PBX state once its PBX run is over. */
    void forget(Channel channel) {
        channelStates.remove(channel.uniqueId());
    }

    /**
     * {@code ast_explicit_goto}: moves the channel; an empty context or extension keeps the current
     * one. In the PBX loop the priority is set one before the target, since the loop adds one after
     * the application returns.
     */
    public void explicitGoto(Channel channel, String context, String exten, int priority) {
        String newContext = context == null || context.isEmpty() ? channel.context() : context;
        String newExten = exten == null || exten.isEmpty() ? channel.exten() : exten;
        int newPriority = priority;
        if (priority > -1 && state(channel).inAutoloop()) {
            newPriority--;
        }
        channel.setDialplanLocation(newContext, newExten, priority > -1 ? newPriority : channel.priority());
    }

    /**
     * {@code ast_parseable_goto}: {@code [[context,]exten,]priority}, the priority a number, a label
     * or {@code +N}/{@code -N} relative to the current one.
     *
     * @return {@code false} (after Asterisk's warning) if the text names no priority
     */
    public boolean parseableGoto(Channel channel, String target) {
        if (target == null || target.isEmpty()) {
            LOG.warn("Goto requires an argument ([[context,]extension,]priority)");
            return false;
        }
        String[] parts = target.split(",", -1);
        String context = null;
        String exten = null;
        String priority;
        if (parts.length == 1) {
            priority = parts[0];
        } else if (parts.length == 2) {
            exten = parts[0];
            priority = parts[1];
        } else {
            context = parts[0];
            exten = parts[1];
            priority = parts[2];
        }
        int mode = 0;
        if (priority.startsWith("+")) {
            mode = 1;
            priority = priority.substring(1);
        } else if (priority.startsWith("-")) {
            mode = -1;
            priority = priority.substring(1);
        }
        OptionalInt number = AsteriskNumbers.leadingInt(priority);
        int target0;
        if (number.isPresent()) {
            target0 = number.getAsInt();
        } else {
            OptionalInt labelled = snapshot.get().findLabel(context != null ? context : channel.context(),
                    exten != null ? exten : channel.exten(), priority, channel.callerId().number());
            if (labelled.isEmpty() || labelled.getAsInt() < 1) {
                LOG.warn("Priority '{}' must be a number > 0, or valid label", priority);
                return false;
            }
            target0 = labelled.getAsInt();
            mode = 0;
        }
        if (mode != 0) {
            target0 = channel.priority() + target0 * mode;
        }
        explicitGoto(channel, context, exten, target0);
        return true;
    }

    /**
     * {@code ast_pbx_h_exten_run}: runs {@code h} of the context on a channel whose call is over, at
     * most once per PBX run (Dial's {@code e} option runs a callee's this way).
     */
    public void runHangupExtension(Channel channel, String context) {
        PbxRun.runHangupExtension(this, channel, context);
    }

    /** The priority ceiling now ({@link #DEFAULT_PRIORITY_CEILING} unless a test lowered it). */
    int priorityCeiling() {
        return priorityCeiling;
    }

    void setPriorityCeiling(int ceiling) {
        this.priorityCeiling = ceiling;
    }

    /** Publishes an event on the core bus (UserEvent). */
    public void publish(PbxEvent event) {
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

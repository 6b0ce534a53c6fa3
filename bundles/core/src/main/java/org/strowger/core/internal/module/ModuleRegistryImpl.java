package org.strowger.core.internal.module;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFiles;
import org.strowger.api.event.EventBus;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.module.ReloadResult;
import org.strowger.api.module.Reloadable;
import org.strowger.api.module.UnloadMode;
import org.strowger.api.module.UseCount;

/**
 * Asterisk's module loader on OSGi: an extender over every bundle with a {@code Strowger-Module}
 * header. Loading starts the bundle (transiently, so that modules.conf and not the framework's
 * memory decides what runs after a restart), unloading stops it, reloading calls its
 * {@link Reloadable}. Starts and stops run one at a time, in Asterisk's load order at boot.
 */
@Component(service = ModuleRegistry.class, immediate = true)
public final class ModuleRegistryImpl implements ModuleRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleRegistryImpl.class);

    private final BundleContext context;
    private final ConfigFiles configFiles;
    private final ModuleEvents events;
    private final Map<Long, Module> modules = new ConcurrentHashMap<>();
    private final ReentrantLock operations = new ReentrantLock();
    private final ReentrantLock reloading = new ReentrantLock();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "strowger-module-loader");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<Module> tracker;

    private volatile ModulesConf modulesConf = ModulesConf.defaults();
    private volatile boolean fullyBooted;
    private volatile boolean trackerOpened;
    private volatile Instant lastReload = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModuleInstaller installer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime componentRuntime;

    @Activate
    public ModuleRegistryImpl(BundleContext context, @Reference ConfigFiles configFiles, @Reference EventBus events) {
        this.context = context;
        this.configFiles = configFiles;
        this.events = new ModuleEvents(events);
        int everyStateButUninstalled = Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING;
        this.tracker = new BundleTracker<>(context, everyStateButUninstalled, new ModuleBundles());
        tracker.open();
        // Bundles found while opening are the boot pass's; later arrivals queue their own pass behind it.
        trackerOpened = true;
        loader.execute(this::bootPass);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        loader.shutdownNow();
        try {
            loader.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- queries

    @Override
    public List<ModuleInfo> modules() {
        return modules.values().stream()
                .map(this::info)
                .sorted(Comparator.comparing(ModuleInfo::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Optional<ModuleInfo> find(String name) {
        return module(name).map(this::info);
    }

    @Override
    public boolean fullyBooted() {
        return fullyBooted;
    }

    @Override
    public Instant lastReloadTime() {
        return lastReload;
    }

    private ModuleInfo info(Module module) {
        ModuleDescriptor d = module.descriptor;
        return new ModuleInfo(d.name(), d.description(), useCount(module), module.running(), d.supportLevel(),
                d.priority(), module.bundle.getBundleId(), module.failure);
    }

    private Optional<Module> module(String name) {
        return modules.values().stream().filter(m -> ModuleNames.same(m.name(), name)).findFirst();
    }

    private int useCount(Module module) {
        if (!module.running()) {
            return 0;
        }
        return callServices(module, UseCount.class, counter -> {
            try {
                return Math.max(0, counter.useCount());
            } catch (RuntimeException e) {
                LOG.warn("Module {} could not report its use count", module.name(), e);
                return 0;
            }
        }).stream().mapToInt(Integer::intValue).sum();
    }

    /** Calls every {@code type} service that the module's bundle registered, holding each while it is called. */
    private <S, R> List<R> callServices(Module module, Class<S> type, Function<S, R> call) {
        Collection<ServiceReference<S>> refs;
        try {
            refs = context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<R> results = new ArrayList<>();
        for (ServiceReference<S> ref : refs) {
            Bundle owner = ref.getBundle();
            if (owner == null || owner.getBundleId() != module.bundle.getBundleId()) {
                continue;
            }
            S service = context.getService(ref);
            if (service != null) {
                try {
                    results.add(call.apply(service));
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        return results;
    }

    // ---- load / unload

    @Override
    public Outcome load(String name) {
        operations.lock();
        try {
            Optional<Module> found = module(name);
            if (found.isEmpty()) {
                found = installModule(name);
                if (found.isEmpty()) {
                    LOG.warn("Module '{}' could not be found: no installed bundle or feature provides it", name);
                    return Outcome.failed("Module '" + name + "' could not be found: no installed bundle or feature provides it");
                }
            }
            Module module = found.get();
            if (module.running()) {
                LOG.warn("Module '{}' already loaded and running.", module.name());
                return Outcome.failed("Module '" + module.name() + "' already loaded and running.");
            }
            module.failure = "";
            Outcome outcome = start(module);
            events.loaded(module.name(), outcome.success());
            return outcome;
        } finally {
            operations.unlock();
        }
    }

    private Optional<Module> installModule(String name) {
        ModuleInstaller current = installer;
        if (current == null) {
            return Optional.empty();
        }
        try {
            if (!current.install(name)) {
                return Optional.empty();
            }
        } catch (Exception e) {
            LOG.error("Installing the feature of module '{}' failed: {}", name, e.getMessage());
            return Optional.empty();
        }
        return module(name);
    }

    private Outcome start(Module module) {
        try {
            module.bundle.start(Bundle.START_TRANSIENT);
        } catch (BundleException | IllegalStateException e) {
            module.failure = rootMessage(e);
            LOG.error("Module '{}' failed to load: {}", module.name(), module.failure);
            return Outcome.failed(module.failure);
        }
        Optional<String> componentFailure = failedComponent(module);
        if (componentFailure.isPresent()) {
            module.failure = componentFailure.get();
            LOG.error("Module '{}' failed to load: {}", module.name(), module.failure);
            stopQuietly(module);
            return Outcome.failed(module.failure);
        }
        LOG.info("Loaded module {} ({})", module.name(), module.descriptor.description());
        return Outcome.ok();
    }

    /** A DS component of the module that threw from its activation: the module declined to load. */
    private Optional<String> failedComponent(Module module) {
        ServiceComponentRuntime scr = componentRuntime;
        if (scr == null) {
            return Optional.empty();
        }
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(module.bundle)) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return Optional.of("component " + description.name + " failed to activate: " + configuration.failure);
                }
            }
        }
        return Optional.empty();
    }

    private void stopQuietly(Module module) {
        try {
            module.bundle.stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.debug("Stopping module {} failed", module.name(), e);
        }
    }

    @Override
    public Outcome unload(String name, UnloadMode mode) {
        operations.lock();
        try {
            Optional<Module> found = module(name);
            if (found.isEmpty()) {
                LOG.warn("Unload failed, '{}' could not be found", name);
                return Outcome.failed("Unload failed, '" + name + "' could not be found");
            }
            Module module = found.get();
            if (!module.running()) {
                // Asterisk: a module that is not running (or declined to load) can always be unloaded.
                return Outcome.ok();
            }
            int useCount = useCount(module);
            if (mode == UnloadMode.SOFT && useCount > 0) {
                LOG.warn("Soft unload failed, '{}' has use count {}", module.name(), useCount);
                return Outcome.failed("Soft unload failed, '" + module.name() + "' has use count " + useCount);
            }
            if (mode == UnloadMode.HARD) {
                LOG.warn("Unloading {} with use count {} (** Dangerous **)", module.name(), useCount);
            }
            try {
                // A persistent stop: it also clears any autostart mark, so only modules.conf starts it again.
                module.bundle.stop();
            } catch (BundleException | IllegalStateException e) {
                if (mode != UnloadMode.HARD || module.running()) {
                    LOG.error("Unloading module '{}' failed: {}", module.name(), rootMessage(e));
                    return Outcome.failed(rootMessage(e));
                }
                LOG.warn("Module '{}' failed while stopping and was unloaded anyway: {}", module.name(), rootMessage(e));
            }
            LOG.info("Unloaded module {}", module.name());
            events.unloaded(module.name());
            return Outcome.ok();
        } finally {
            operations.unlock();
        }
    }

    // ---- reload

    @Override
    public ReloadResult reload(String name) {
        Optional<Module> found = module(name);
        if (found.isEmpty()) {
            return new ReloadResult(ReloadResult.Status.NOT_FOUND, "No such module '" + name + "'");
        }
        if (!fullyBooted) {
            loader.execute(() -> reload(name));
            return new ReloadResult(ReloadResult.Status.QUEUED, "");
        }
        if (!reloading.tryLock()) {
            return new ReloadResult(ReloadResult.Status.IN_PROGRESS, "");
        }
        try {
            ReloadResult result = reload(found.get());
            events.reloaded(found.get().name(), result);
            return result;
        } finally {
            reloading.unlock();
        }
    }

    private ReloadResult reload(Module module) {
        if (!module.running()) {
            return new ReloadResult(ReloadResult.Status.UNINITIALIZED, module.failure);
        }
        LOG.info("Reloading module '{}' ({})", module.name(), module.descriptor.description());
        List<ReloadResult> results = callServices(module, Reloadable.class, reloadable -> {
            try {
                ReloadResult result = reloadable.reload();
                return result != null ? result : ReloadResult.error("the module returned no reload result");
            } catch (RuntimeException e) {
                LOG.error("Module '{}' threw from its reload", module.name(), e);
                return ReloadResult.error(rootMessage(e));
            }
        });
        if (results.isEmpty()) {
            return new ReloadResult(ReloadResult.Status.NOT_IMPLEMENTED, "");
        }
        for (ReloadResult result : results) {
            if (!result.isSuccess()) {
                LOG.warn("Module '{}' reported a reload failure: {}", module.name(), result.reason());
                return result;
            }
        }
        return ReloadResult.success();
    }

    @Override
    public Map<String, ReloadResult> reloadAll() {
        Map<String, ReloadResult> results = new LinkedHashMap<>();
        if (!reloading.tryLock()) {
            return results;
        }
        try {
            ModulesConf conf = modulesConf;
            List<Module> ordered = modules.values().stream()
                    .filter(Module::running)
                    .sorted(Comparator.comparing((Module m) -> m.descriptor, LoadOrder.of(conf)))
                    .toList();
            for (Module module : ordered) {
                ReloadResult result = reload(module);
                if (result.status() != ReloadResult.Status.NOT_IMPLEMENTED) {
                    results.put(module.name(), result);
                }
            }
            lastReload = Instant.now();
            events.reloaded("All", ReloadResult.success());
        } finally {
            reloading.unlock();
        }
        return results;
    }

    // ---- boot and automatic loading

    private void bootPass() {
        modulesConf = readModulesConf();
        operations.lock();
        try {
            ModulesConf conf = modulesConf;
            installMissingExplicitModules(conf);
            for (Module module : modules.values()) {
                if (conf.isNoload(module.name()) && module.running()) {
                    LOG.info("Module {} is noload in {}; stopping it", module.name(), ModulesConf.FILE);
                    stopQuietly(module);
                }
            }
            List<Module> considered = List.copyOf(modules.values());
            considered.forEach(module -> module.arrivedAfterBoot = false);
            startPending(considered, module -> conf.loadsAtBoot(module.name()));
            for (ConfigEntry entry : conf.explicitEntries()) {
                Optional<Module> named = module(entry.value());
                if (ModulesConf.isRequired(entry) && (named.isEmpty() || !named.get().running())) {
                    LOG.error("{}: required module '{}' is not running{}", entry.location(), entry.value(),
                            named.map(m -> ": " + m.failure).orElse(": it is not installed"));
                }
            }
        } finally {
            operations.unlock();
        }
        fullyBooted = true;
        events.fullyBooted(lastReload);
        long running = modules.values().stream().filter(Module::running).count();
        LOG.info("Strowger fully booted: {} of {} modules running", running, modules.size());
    }

    private ModulesConf readModulesConf() {
        if (!configFiles.exists(ModulesConf.FILE)) {
            LOG.info("No {} in {}; loading every module (autoload)", ModulesConf.FILE, configFiles.directory());
            return ModulesConf.defaults();
        }
        try {
            ModulesConf conf = ModulesConf.from(configFiles.load(ModulesConf.FILE));
            return conf;
        } catch (ConfigException e) {
            LOG.error("{} — loading every installed module (autoload) until it is fixed", e.getMessage());
            return ModulesConf.defaults();
        }
    }

    private void installMissingExplicitModules(ModulesConf conf) {
        for (ConfigEntry entry : conf.explicitEntries()) {
            if (module(entry.value()).isEmpty() && installModule(entry.value()).isEmpty()) {
                LOG.warn("{}: {} => {}: no installed bundle or feature provides this module",
                        entry.location(), entry.key(), entry.value());
            }
        }
    }

    private void startPending(List<Module> candidates, Predicate<Module> wanted) {
        Comparator<ModuleDescriptor> order = LoadOrder.of(modulesConf);
        List<Module> toStart = candidates.stream()
                .filter(Module::startable)
                .filter(m -> m.failure.isEmpty())
                .filter(wanted)
                .sorted(Comparator.comparing((Module m) -> m.descriptor, order))
                .toList();
        for (Module module : toStart) {
            if (module.startable()) {
                start(module);
            }
        }
    }

    /** After boot: a module bundle that arrives (feature or bundle install) loads if modules.conf would load it. */
    private void scheduleAutomaticLoad() {
        loader.execute(() -> {
            operations.lock();
            try {
                ModulesConf conf = modulesConf;
                // Only the arrivals seen now; one that arrives during this pass has its own pass queued.
                List<Module> arrived = modules.values().stream().filter(m -> m.arrivedAfterBoot).toList();
                arrived.forEach(module -> module.arrivedAfterBoot = false);
                startPending(arrived, module -> conf.loadsAtBoot(module.name()));
            } finally {
                operations.unlock();
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null ? t.getClass().getSimpleName() : message;
    }

    // ---- the extender

    private final class ModuleBundles implements BundleTrackerCustomizer<Module> {

        @Override
        public Module addingBundle(Bundle bundle, BundleEvent event) {
            String header = bundle.getHeaders("").get(MODULE_HEADER);
            if (header == null) {
                return null;
            }
            ModuleDescriptor descriptor;
            try {
                descriptor = ModuleDescriptor.parse(header);
            } catch (IllegalArgumentException e) {
                LOG.error("Bundle {} ({}) is not usable as a module: {}", bundle.getSymbolicName(), bundle.getBundleId(),
                        e.getMessage());
                return null;
            }
            Optional<Module> clash = module(descriptor.name());
            if (clash.isPresent()) {
                LOG.error("Bundle {} ({}) declares module {}, which bundle {} already provides; ignoring it",
                        bundle.getSymbolicName(), bundle.getBundleId(), descriptor.name(),
                        clash.get().bundle.getBundleId());
                return null;
            }
            Module module = new Module(bundle, descriptor);
            module.arrivedAfterBoot = trackerOpened;
            modules.put(bundle.getBundleId(), module);
            if (trackerOpened) {
                scheduleAutomaticLoad();
            }
            return module;
        }

        @Override
        public void modifiedBundle(Bundle bundle, BundleEvent event, Module module) {
            // The framework restarts an updated or refreshed bundle that was active; only a new header matters here.
            if (event != null && event.getType() == BundleEvent.UPDATED) {
                module.failure = "";
                String header = bundle.getHeaders("").get(MODULE_HEADER);
                if (header == null) {
                    LOG.error("Updated bundle {} no longer has a {} header; it stays listed as {} until it is uninstalled",
                            bundle.getBundleId(), MODULE_HEADER, module.name());
                    return;
                }
                try {
                    module.descriptor = ModuleDescriptor.parse(header);
                } catch (IllegalArgumentException e) {
                    LOG.error("Updated bundle {} has a bad module header, keeping the old one: {}",
                            bundle.getBundleId(), e.getMessage());
                }
            }
        }

        @Override
        public void removedBundle(Bundle bundle, BundleEvent event, Module module) {
            modules.remove(bundle.getBundleId());
        }
    }
}

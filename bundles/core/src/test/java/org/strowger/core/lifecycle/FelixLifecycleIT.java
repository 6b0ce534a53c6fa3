package org.strowger.core.lifecycle;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.ops4j.pax.tinybundles.core.TinyBundles;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * The core bundle on bare Felix + SCR, without Karaf: it resolves with its optional Karaf imports
 * unwired, and its module registry applies modules.conf to module bundles.
 */
public class FelixLifecycleIT {

    private Framework framework;
    private Path configDir;

    @Before
    public void startFramework() throws Exception {
        configDir = Files.createTempDirectory(Path.of("target"), "pbx-etc");
        Files.writeString(configDir.resolve("modules.conf"), "[modules]\nautoload = yes\nnoload => res_quiet.so\n");
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, Path.of("target", "felix-cache").toAbsolutePath().toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put("strowger.config.dir", configDir.toAbsolutePath().toString());
        properties.put("strowger.data.dir", Path.of("target", "pbx-data").toAbsolutePath().toString());
        framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(properties);
        framework.start();
        List<Bundle> platform = List.of(install("slf4j.api"), install("function"), install("promise"),
                install("component"), install("scr"), install("h2"), install("api"), install("config"),
                install("core"));
        install("slf4j.simple");
        for (Bundle bundle : platform) {
            bundle.start();
        }
    }

    private Bundle install(String key) throws Exception {
        String path = System.getProperty("strowger.bundle." + key);
        return framework.getBundleContext().installBundle(Path.of(path).toUri().toString());
    }

    private Bundle installModule(String name) throws Exception {
        try (InputStream in = TinyBundles.bundle()
                .add(CountingModuleActivator.class)
                .set(Constants.BUNDLE_MANIFESTVERSION, "2")
                .set(Constants.BUNDLE_SYMBOLICNAME, "fixture." + name.replace(".so", ""))
                .set(Constants.BUNDLE_ACTIVATOR, CountingModuleActivator.class.getName())
                .set(Constants.IMPORT_PACKAGE, "org.osgi.framework,org.strowger.api.module")
                .set("Strowger-Module", name + ";description=\"Lifecycle fixture\";priority=core")
                .build(TinyBundles.withClassicBuilder())) {
            return framework.getBundleContext().installBundle("fixture:" + name, in);
        }
    }

    @After
    public void stopFramework() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }

    @Test
    public void registryLoadsModulesAsModulesConfSays() throws Exception {
        Bundle core = bundle("org.strowger.core");
        assertEquals("the core runs without Karaf", Bundle.ACTIVE, core.getState());

        // One loader thread handles arrivals in order: once the second is running, the first was decided.
        Bundle quiet = installModule("res_quiet.so");
        Bundle loud = installModule("res_loud.so");
        awaitState(loud, Bundle.ACTIVE);
        assertTrue("noload in modules.conf keeps a module from starting", quiet.getState() != Bundle.ACTIVE);

        // A restart of the core re-runs the boot pass: the loaded module stays, the noload one stays out.
        core.stop();
        core.start();
        awaitState(loud, Bundle.ACTIVE);
        assertTrue(quiet.getState() != Bundle.ACTIVE);
    }

    @Test
    public void dialplanFunctionsAndSetAreWiredByDeclarativeServices() throws Exception {
        BundleContext context = framework.getBundleContext();
        // The framework's API classes are not the test's: find services by name, call them reflectively.
        Object dialplan = awaitService(context, "org.strowger.api.dialplan.Dialplan", null);
        Method substitute = Arrays.stream(dialplan.getClass().getMethods())
                .filter(m -> m.getName().equals("substitute")).findFirst().orElseThrow();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!"3|a,b".equals(substitute.invoke(dialplan, null, "${LEN(abc)}|${IF(1?a,b:c)}"))) {
            assertTrue("LEN and IF bound to the dialplan", System.nanoTime() < deadline);
            Thread.sleep(10);
        }
        Method hasApplication = Arrays.stream(dialplan.getClass().getMethods())
                .filter(m -> m.getName().equals("hasApplication")).findFirst().orElseThrow();
        for (String application : List.of("Set", "MSet", "Goto")) {
            while (!Boolean.TRUE.equals(hasApplication.invoke(dialplan, application))) {
                assertTrue(application + " bound to the dialplan", System.nanoTime() < deadline);
                Thread.sleep(10);
            }
        }
        awaitService(context, "org.strowger.api.dialplan.DialplanApplication", "(name=Set)");
        awaitService(context, "org.strowger.api.dialplan.DialplanApplication", "(name=MSet)");
        awaitService(context, "org.strowger.api.dialplan.DialplanFunction", "(name=ARRAY)");
    }

    private static Object awaitService(BundleContext context, String type, String filter) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            ServiceReference<?>[] references = context.getAllServiceReferences(type, filter);
            if (references != null && references.length > 0) {
                return context.getService(references[0]);
            }
            assertTrue("no service " + type + " " + filter, System.nanoTime() < deadline);
            Thread.sleep(10);
        }
    }

    @Test
    public void stateServicesComeUp() throws Exception {
        for (String service : List.of("org.strowger.api.state.DeviceStates", "org.strowger.api.state.PresenceStates",
                "org.strowger.api.state.Hints")) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            // getAll: the framework's own context cannot load the API classes the check would compare.
            while (framework.getBundleContext().getAllServiceReferences(service, null) == null) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + service + " service");
                }
                Thread.sleep(10);
            }
            ServiceReference<?> reference = framework.getBundleContext().getAllServiceReferences(service, null)[0];
            assertTrue(service + " activates", framework.getBundleContext().getService(reference) != null);
        }
        ServiceReference<?>[] providers = framework.getBundleContext()
                .getAllServiceReferences("org.strowger.api.state.DeviceStateProvider", "(provider=Custom)");
        assertTrue("the Custom provider is there", providers != null && providers.length == 1);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static void awaitState(Bundle bundle, int state) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (bundle.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(bundle.getSymbolicName() + " is in state " + bundle.getState() + ", not " + state);
            }
            Thread.sleep(10);
        }
    }
}

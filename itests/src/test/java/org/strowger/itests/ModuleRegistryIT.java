package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.propagateSystemProperties;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.After;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.strowger.api.cli.CliRunner;
import org.strowger.api.event.EventBus;
import org.strowger.api.event.PbxEvent;
import org.strowger.api.event.Subscription;
import org.strowger.api.module.ModuleInfo;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.itests.fixture.FailingModuleActivator;
import org.strowger.itests.fixture.FixtureBundles;
import org.strowger.itests.fixture.FixtureFiles;
import org.strowger.itests.fixture.SampleModuleActivator;

/**
 * The module model in a real Karaf: stock Karaf 4.4 with the Strowger feature repository, module
 * bundles installed at run time, and every outcome checked against Asterisk's CLI texts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleRegistryIT extends StrowgerTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** module show's header: %-30s %-40.40s %-10s %-11s %13s. */
    private static final String HEADER = "Module" + " ".repeat(24) + " Description" + " ".repeat(29)
            + " Use Count  Status      Support Level\n";

    @Inject
    ModuleRegistry registry;

    @Inject
    CliRunner cli;

    @Inject
    FeaturesService featuresService;

    @Inject
    EventBus eventBus;

    private final List<Bundle> installed = new java.util.ArrayList<>();

    /** Fixture module jars, built in the test JVM (TinyBundles is not in the container). */
    private static final String FIXTURES = "strowger.itest.fixtures";

    @Configuration
    public Option[] config() {
        Path dir = Path.of("target", "fixtures").toAbsolutePath();
        FixtureBundles.moduleFile(dir, "res_sample.so", "Strowger sample resource", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "app_roundtrip.so", "Round trip", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "res_busy.so", "Busy resource", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "res_update.so", "Updatable", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "res_update.so", "Updatable, second edition", "core", "2.0.0");
        FixtureBundles.moduleFile(dir, "res_feature.so", "From a feature", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "res_ssh.so", "Seen over ssh", "core", "1.0.0");
        FixtureBundles.moduleFile(dir, "res_broken.so", "Cannot start", "core", "1.0.0", FailingModuleActivator.class);
        System.setProperty(FIXTURES, dir.toString());
        return stockKarafWith(propagateSystemProperties(FIXTURES));
    }

    private static Path fixture(String moduleName, String version) {
        return FixtureFiles.jar(Path.of(System.getProperty(FIXTURES)), moduleName, version);
    }

    @After
    public void uninstallFixtures() throws Exception {
        for (Bundle bundle : installed) {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }

    private Bundle installModule(String name) throws Exception {
        Bundle bundle = bundleContext.installBundle(fixture(name, "1.0.0").toUri().toString());
        installed.add(bundle);
        return bundle;
    }

    private void awaitRunning(String name, boolean running) throws InterruptedException {
        await(name + (running ? " running" : " not running"), WAIT,
                () -> registry.find(name).map(ModuleInfo::running).orElse(false) == running);
    }

    private <T> T fixtureHandle(Bundle module, Class<T> type, String handle) throws Exception {
        for (ServiceReference<?> ref : module.getRegisteredServices()) {
            if (handle.equals(ref.getProperty(SampleModuleActivator.HANDLE))) {
                return type.cast(bundleContext.getService(ref));
            }
        }
        throw new AssertionError("module " + module.getSymbolicName() + " has no fixture handle " + handle);
    }

    private static String row(String name, String description, int useCount, String status) {
        String countColumn = Integer.toString(useCount);
        return name + " ".repeat(30 - name.length()) + " " + description + " ".repeat(40 - description.length()) + " "
                + countColumn + " ".repeat(10 - countColumn.length()) + " " + status + " ".repeat(11 - status.length())
                + " " + "     extended" + "\n";
    }

    @Test
    public void moduleShowListsAnInstalledModuleAsRunning() throws Exception {
        installModule("res_sample.so");
        awaitRunning("res_sample.so", true);

        String expected = HEADER + row("res_sample.so", "Strowger sample resource", 0, "Running") + "1 modules loaded\n";
        assertEquals(expected, executeCommand("module:show like res_sample"));
        assertEquals(expected, cli.run("module show like res_sample"));
        assertEquals("like matches any part of the name, ignoring case", expected, cli.run("module show like SAMPLE"));
        assertEquals(HEADER + "0 modules loaded\n", cli.run("module show like no_such_module"));
    }

    @Test
    public void unloadLoadAndReloadRoundTrip() throws Exception {
        Bundle bundle = installModule("app_roundtrip.so");
        awaitRunning("app_roundtrip.so", true);
        List<String> moduleEvents = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Subscription subscription = eventBus.subscribe(e -> {
            if (e.get("Module").filter(m -> m.equals("app_roundtrip.so") || m.equals("All")).isPresent()) {
                moduleEvents.add(render(e));
            }
        }, 100);

        assertEquals("Unloaded app_roundtrip.so\n", cli.run("module unload app_roundtrip.so"));
        assertEquals(Bundle.RESOLVED, bundle.getState());
        assertTrue(cli.run("module show like roundtrip").contains(row("app_roundtrip.so", "Round trip", 0, "Not Running")));

        assertEquals("a name without .so matches", "Loaded app_roundtrip\n", cli.run("module load app_roundtrip"));
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("Unable to load module app_roundtrip.so\nCommand 'module load app_roundtrip.so' failed.\n",
                cli.run("module load app_roundtrip.so"));

        Path conf = Path.of(System.getProperty("karaf.etc"), "pbx", "app_roundtrip.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "[general]\ngreeting = hello ; a comment\n");
        assertEquals("Module 'app_roundtrip.so' reloaded successfully.\n", cli.run("module reload app_roundtrip.so"));
        @SuppressWarnings("unchecked")
        AtomicReference<String> greeting = fixtureHandle(bundle, AtomicReference.class, "greeting");
        assertEquals("hello", greeting.get());

        Files.writeString(conf, "[general]\ngreeting = bonjour\n[broken\n");
        String failed = cli.run("module reload app_roundtrip.so");
        assertTrue(failed, failed.startsWith("The module 'app_roundtrip.so' reported a reload failure\n"));
        assertTrue("the reason names file and line: " + failed, failed.contains("app_roundtrip.conf:3"));
        assertEquals("a failed reload keeps the running configuration", "hello", greeting.get());
        assertEquals(Bundle.ACTIVE, bundle.getState());

        assertEquals("No such module 'no_such_module.so'\n", cli.run("module reload no_such_module.so"));
        Files.delete(conf);

        // Asterisk's loader events (class system), in order: what AMI will print. Loading a running
        // module publishes nothing: Asterisk's loader returns before its event.
        List<String> expected = List.of(
                "Unload [system] Module=app_roundtrip.so Status=Success",
                "Load [system] Module=app_roundtrip.so Status=Success",
                "Reload [system] Module=app_roundtrip.so Status=0",
                "Reload [system] Module=app_roundtrip.so Status=3");
        await("the module events", WAIT, () -> moduleEvents.size() >= expected.size());
        subscription.close();
        assertEquals(expected, moduleEvents);
    }

    private static String render(PbxEvent event) {
        StringBuilder text = new StringBuilder(event.name()).append(" [");
        event.categories().forEach(c -> text.append(c.label()));
        text.append(']');
        event.fields().forEach(f -> text.append(' ').append(f.name()).append('=').append(f.value()));
        return text.toString();
    }

    @Test
    public void softUnloadIsRefusedWhileInUseAndForcedUnloadWorks() throws Exception {
        Bundle bundle = installModule("res_busy.so");
        awaitRunning("res_busy.so", true);
        fixtureHandle(bundle, AtomicInteger.class, "usecount").set(2);

        assertTrue(cli.run("module show like res_busy").contains(row("res_busy.so", "Busy resource", 2, "Running")));
        assertEquals("Unable to unload resource res_busy.so\nCommand 'module unload res_busy.so' failed.\n",
                cli.run("module unload res_busy.so"));
        assertEquals(Bundle.ACTIVE, bundle.getState());

        assertEquals("Unloaded res_busy.so\n", cli.run("module unload -f res_busy.so"));
        assertEquals(Bundle.RESOLVED, bundle.getState());
        assertEquals("a module that is not running can always be unloaded", "Unloaded res_busy.so\n",
                cli.run("module unload res_busy.so"));
    }

    @Test
    public void hotUpdateOfAModuleBundleKeepsTheRegistryConsistent() throws Exception {
        Bundle bundle = installModule("res_update.so");
        awaitRunning("res_update.so", true);
        long id = bundle.getBundleId();

        try (InputStream v2 = Files.newInputStream(fixture("res_update.so", "2.0.0"))) {
            bundle.update(v2);
        }
        await("res_update.so running again after the update", WAIT, () -> bundle.getState() == Bundle.ACTIVE
                && registry.find("res_update").map(m -> m.running() && m.description().startsWith("Updatable, second"))
                        .orElse(false));
        List<ModuleInfo> matching = registry.modules().stream().filter(m -> m.name().equals("res_update.so")).toList();
        assertEquals(1, matching.size());
        assertEquals(id, matching.get(0).bundleId());
        assertEquals(HEADER + row("res_update.so", "Updatable, second edition", 0, "Running") + "1 modules loaded\n",
                cli.run("module show like res_update"));
        assertEquals("Unloaded res_update.so\n", cli.run("module unload res_update.so"));
    }

    @Test
    public void loadingAModuleThatIsNotInstalledInstallsItsFeature() throws Exception {
        Path jar = fixture("res_feature.so", "1.0.0");
        Path repository = Path.of(System.getProperty("karaf.base"), "fixture-features.xml");
        Files.writeString(repository, "<features name='strowger-fixtures' xmlns='http://karaf.apache.org/xmlns/features/v1.6.0'>\n"
                + "  <feature name='strowger-fixture-feature' version='1.0.0'>\n"
                + "    <capability>strowger.module;strowger.module=res_feature.so</capability>\n"
                + "    <bundle start='false'>" + jar.toUri() + "</bundle>\n"
                + "  </feature>\n</features>\n");
        featuresService.addRepository(URI.create(repository.toUri().toString()));
        assertFalse(registry.find("res_feature.so").isPresent());
        // Feature changes made by earlier tests can leave the shell re-registering the core's commands for a moment.
        await("the module commands", WAIT, () -> !cli.run("module show like res_feature").startsWith("No such command"));

        assertEquals("Loaded res_feature.so\n", cli.run("module load res_feature.so"));
        assertTrue(featuresService.isInstalled(featuresService.getFeature("strowger-fixture-feature")));
        assertTrue(registry.find("res_feature").orElseThrow().running());

        featuresService.uninstallFeature("strowger-fixture-feature", EnumSet.noneOf(FeaturesService.Option.class));
        await("res_feature.so gone with its feature", WAIT, () -> registry.find("res_feature.so").isEmpty());
    }

    @Test
    public void aModuleThatFailsToStartIsReportedAndHarmsNothingElse() throws Exception {
        Bundle healthy = installModule("res_sample.so");
        awaitRunning("res_sample.so", true);
        Bundle broken = installModule("res_broken.so");
        await("the automatic load of res_broken.so to fail", WAIT,
                () -> registry.find("res_broken.so").map(m -> !m.failure().isEmpty()).orElse(false));

        ModuleInfo info = registry.find("res_broken.so").orElseThrow();
        assertFalse(info.running());
        assertTrue(info.failure(), info.failure().contains("the fixture refuses to start"));
        assertEquals("Unable to load module res_broken.so\nCommand 'module load res_broken.so' failed.\n",
                cli.run("module load res_broken.so"));
        assertTrue(cli.run("module show like res_").contains(row("res_broken.so", "Cannot start", 0, "Not Running")));
        assertEquals("The module 'res_broken.so' was not properly initialized. Before reloading the module, you must run"
                + " \"module load res_broken.so\" and fix whatever is preventing the module from being initialized.\n",
                cli.run("module reload res_broken.so"));
        assertEquals("Unloaded res_broken.so\n", cli.run("module unload res_broken.so"));
        assertEquals(Bundle.ACTIVE, healthy.getState());
        assertEquals(Bundle.RESOLVED, broken.getState());
    }

    @Test
    public void badNamesAndArgumentsGetAsteriskTexts() throws Exception {
        assertEquals("Unable to load module nosuch.so\nCommand 'module load nosuch.so' failed.\n",
                cli.run("module load nosuch.so"));
        assertEquals("Unable to unload resource nosuch.so\nCommand 'module unload nosuch.so' failed.\n",
                cli.run("module unload nosuch.so"));
        assertTrue(cli.run("module show foo").startsWith("Usage: module show [like keyword]\n"));
        assertTrue(cli.run("module load").startsWith("Usage: module load <module name>\n"));
        assertEquals("No such command 'frobnicate the pbx' (type 'core show help ' for other possible commands)\n",
                cli.run("frobnicate the pbx"));
        assertEquals("No such command 'module frobnicate' (type 'core show help module' for other possible commands)\n",
                cli.run("module frobnicate"));
    }

    @Test
    public void coreShowVersionUptimeAndReload() throws Exception {
        String version = cli.run("core show version");
        assertTrue(version, version.matches("Strowger " + System.getProperty("strowger.version").replace(".", "\\.")
                + " built by \\S+ @ \\S+ on a \\S+ running .+ on \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\n"));

        String uptime = cli.run("core show uptime");
        String span = "((\\d+ (year|week|day|hour|minute)s?,? )*\\d+ seconds? |(\\d+ (year|week|day|hour|minute)s?,? )+)";
        assertTrue(uptime, uptime.matches("System uptime: " + span + "\nLast reload: " + span + "\n"));

        assertEquals("", cli.run("core reload"));
        String seconds = cli.run("core show uptime seconds");
        assertTrue(seconds, seconds.matches("System uptime: \\d+\nLast reload: \\d+\n"));
        long up = Long.parseLong(seconds.split("\n")[0].replace("System uptime: ", ""));
        long sinceReload = Long.parseLong(seconds.split("\n")[1].replace("Last reload: ", ""));
        assertTrue("core reload resets the last reload time", sinceReload <= 1 && sinceReload <= up);
        assertTrue(cli.run("core show uptime minutes").startsWith("Usage: core show uptime [seconds]\n"));
    }

    /** Like {@code ssh -p port itest@127.0.0.1 command}: Karaf ends the ssh session after one exec. */
    private static String overSsh(SshClient client, int port, String command) throws Exception {
        try (ClientSession session = client.connect(SSH_USER, "127.0.0.1", port).verify(15, TimeUnit.SECONDS).getSession()) {
            session.addPasswordIdentity(SSH_USER);
            session.auth().verify(15, TimeUnit.SECONDS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ChannelExec channel = session.createExecChannel(command)) {
                channel.setOut(out);
                channel.setErr(out);
                channel.open().verify(15, TimeUnit.SECONDS);
                channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(15));
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    public void theCliTextOverSshIsTheTextOfTheCliRunner() throws Exception {
        installModule("res_ssh.so");
        awaitRunning("res_ssh.so", true);
        int port = Integer.parseInt(System.getProperty(SSH_PORT_PROPERTY));

        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try {
            for (String line : List.of("module show", "module show like ssh", "core show version", "module load nosuch.so")) {
                assertEquals(line, cli.run(line), overSsh(client, port, CliRunner.toKarafCommand(line)));
            }
        } finally {
            client.stop();
        }
    }
}

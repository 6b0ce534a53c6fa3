package org.strowger.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.strowger.itests.fixture.FixtureBundles;
import org.strowger.itests.fixture.FreePorts;

/**
 * The distribution as an operator meets it: the tar.gz unpacked, {@code bin/start}, {@code bin/client}
 * over ssh with the shipped user, modules.conf honoured across a real restart.
 */
public class DistroIT {

    private static final String PASSWORD = "strowger";
    private static final String HEADER = "Module" + " ".repeat(24) + " Description" + " ".repeat(29)
            + " Use Count  Status      Support Level\n";
    /** main/cli.c's MODLIST_FORMAT2 row of the manager module. */
    private static final String MANAGER_ROW = String.format("%-30s %-40.40s %-10d %-11s %13s%n", "manager.so",
            "Asterisk Manager Interface", 0, "Running", "core");

    private static Path home;
    private static int sshPort;

    @BeforeClass
    public static void unpack() throws Exception {
        Path distro = Path.of(System.getProperty("strowger.distro"));
        Path target = Path.of("target", "distro-it").toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, Duration.ofMinutes(1), "tar", "xzf", distro.toString());
        try (Stream<Path> entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        sshPort = FreePorts.pick();
        Path shellCfg = home.resolve("etc/org.apache.karaf.shell.cfg");
        String cfg = Files.readString(shellCfg);
        assertTrue("ssh listens on the loopback address by default", cfg.contains("sshHost = 127.0.0.1"));
        Files.writeString(shellCfg, cfg.replace("sshPort = 8101", "sshPort = " + sshPort));
        // The manager's shipped port could be taken on a build machine; this test does not use it.
        Path managerConf = home.resolve("etc/pbx/manager.conf");
        Files.writeString(managerConf, Files.readString(managerConf).replace("port = 5038", "port = " + FreePorts.pick()));
        // The same for the embedded community's 2729.
        Path communityConf = home.resolve("etc/pbx/community.conf");
        Files.writeString(communityConf, Files.readString(communityConf).replace("port = 2729", "port = " + FreePorts.pick()));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (home != null) {
            stopKaraf();
        }
    }

    @Test
    public void bootsShowsModulesAndHonoursModulesConfAcrossARestart() throws Exception {
        startKaraf();
        String version = client("core:show version");
        assertTrue(version, version.startsWith("Strowger " + System.getProperty("strowger.version") + " built by "));
        // The demo's own modules (the manager interface among them) are all running.
        String demo = client("module:show");
        assertTrue(demo, demo.startsWith(HEADER));
        assertTrue(demo, demo.contains(MANAGER_ROW));
        int shipped = loadedCount(demo);
        assertEquals(demo, shipped, count(demo, " Running "));
        // The demo community runs embedded with the accounts of etc/pbx/community.conf (the Business Control Panel).
        awaitOutput("community:show accounts", "james_bond", "business", 2);
        String accounts = client("community:show accounts");
        assertTrue(accounts, accounts.contains("bcp_admin") && accounts.contains("administrator"));
        assertTrue(Files.isRegularFile(home.resolve("data/community/community.db")));

        Path fixtures = home.resolve("fixtures");
        Path quiet = FixtureBundles.moduleFile(fixtures, "res_quiet.so", "Kept quiet by modules.conf", "core", "1.0.0");
        Path loud = FixtureBundles.moduleFile(fixtures, "chan_loud.so", "Loaded at every boot", "channel", "1.0.0");
        client("bundle:install " + quiet.toUri());
        client("bundle:install " + loud.toUri());
        awaitOutput("module:show", (shipped + 2) + " modules loaded\n", "Running", shipped + 2);

        Path modulesConf = home.resolve("etc/pbx/modules.conf");
        Files.writeString(modulesConf, "[modules]\nautoload = yes\nnoload => res_quiet.so\nload => res_missing.so\n");
        restartKaraf();
        assertTrue("a module that modules.conf names but nothing provides is reported with file and line",
                Files.readString(home.resolve("data/log/karaf.log"))
                        .contains("modules.conf:4: load => res_missing.so: no installed bundle or feature provides this module"));
        String shown = client("module:show");
        assertTrue(shown, shown.contains("chan_loud.so                   Loaded at every boot"));
        assertTrue(shown, shown.matches("(?s).*res_quiet\\.so +Kept quiet by modules\\.conf +0 +Not Running +extended\n.*"));
        assertTrue(shown, shown.matches("(?s).*chan_loud\\.so +Loaded at every boot +0 +Running +extended\n.*"));

        // A broken modules.conf names file and line in the log and loads everything rather than nothing.
        Files.writeString(modulesConf, "[modules]\nautoload = yes\nnoload => res_quiet.so\nfrobnicate = yes\n");
        restartKaraf();
        String log = Files.readString(home.resolve("data/log/karaf.log"));
        assertTrue(log, log.contains("modules.conf:4: unknown option 'frobnicate'"));
        // " Running " also counts res_quiet's "Not Running"
        awaitOutput("module:show", (shipped + 2) + " modules loaded\n", "Running", shipped + 2);
    }

    private void awaitOutput(String command, String mustContain, String counted, int times) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = "";
        while (System.nanoTime() < deadline) {
            last = client(command);
            if (last.contains(mustContain) && count(last, " " + counted + " ") == times) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("'" + command + "' never showed " + times + " x " + counted + ":\n" + last);
    }

    /** The number in module show's last line, {@code N modules loaded}. */
    private static int loadedCount(String moduleShow) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+) modules loaded\n$").matcher(moduleShow);
        assertTrue(moduleShow, matcher.find());
        return Integer.parseInt(matcher.group(1));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    // ---- the distribution's own scripts

    private static void startKaraf() throws Exception {
        // Karaf inherits bin/start's stdout: a pipe would stay open for as long as Karaf runs.
        ProcessBuilder start = new ProcessBuilder("bin/start").directory(home.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        start.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        if (!start.start().waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("bin/start did not return within 30 s");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            Path log = home.resolve("data/log/karaf.log");
            if (Files.exists(log) && Files.readString(log).contains("Strowger fully booted")) {
                String answer = tryClient("core:show uptime seconds");
                if (answer != null && answer.startsWith("System uptime: ")) {
                    return;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the distribution did not boot within 90 s; see " + home.resolve("data/log/karaf.log"));
    }

    /** bin/stop, then wait for the JVM itself to exit: bin/start refuses to run while the old one lives. */
    private static void stopKaraf() throws Exception {
        long pid = karafPid();
        Optional<ProcessHandle> karaf = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        run(home, Duration.ofSeconds(30), "bin/stop");
        if (karaf.isPresent()) {
            try {
                karaf.get().onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("Karaf (pid " + pid + ") did not exit within 60 s of bin/stop");
            }
        }
    }

    /** The root instance's pid, as Karaf records it in instances/instance.properties. */
    private static long karafPid() throws IOException {
        Properties instances = new Properties();
        try (var in = Files.newInputStream(home.resolve("instances/instance.properties"))) {
            instances.load(in);
        }
        return Long.parseLong(instances.getProperty("item.0.pid", "0"));
    }

    private static void restartKaraf() throws Exception {
        stopKaraf();
        Files.deleteIfExists(home.resolve("data/log/karaf.log"));
        startKaraf();
    }

    private static String client(String command) throws Exception {
        String output = tryClient(command);
        if (output == null) {
            throw new AssertionError("bin/client could not run '" + command + "'");
        }
        return output;
    }

    /** {@code echo command | bin/client -u karaf -p strowger -b}, as the README shows. */
    private static String tryClient(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bin/client", "-a", Integer.toString(sshPort), "-u", "karaf",
                "-p", PASSWORD, "-r", "2", "-d", "1", "-b").directory(home.toFile()).redirectErrorStream(true);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            return null;
        }
        return output;
    }

    private static String run(Path dir, Duration timeout, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeout);
        }
        return output;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

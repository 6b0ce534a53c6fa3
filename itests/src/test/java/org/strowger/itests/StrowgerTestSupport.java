package org.strowger.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.propagateSystemProperties;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.MavenArtifactUrlReference;
import org.osgi.framework.BundleContext;
import org.strowger.itests.fixture.FreePorts;

/**
 * What every Pax Exam test shares (after Karaf's KarafTestSupport): a stock Karaf 4.4 with the
 * Strowger feature repository, shell commands run as an administrator, and waiting instead of sleeping.
 */
public abstract class StrowgerTestSupport {

    /** The ssh port the container listens on, chosen free by the test JVM and handed to the probe. */
    protected static final String SSH_PORT_PROPERTY = "strowger.itest.sshPort";

    /** User name and password of the shell user that the ssh tests log in as. */
    protected static final String SSH_USER = "itest";

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    /** Stock Karaf from Maven Central, booted with the {@code strowger} feature and the given extras. */
    protected static Option[] stockKarafWith(Option... extra) {
        return stockKaraf(true, extra);
    }

    /** The Maven URL of the project's feature repository. */
    protected static String featureRepositoryUrl() {
        return "mvn:org.strowger/strowger-features/" + System.getProperty("strowger.version") + "/xml/features";
    }

    /**
     * Stock Karaf from Maven Central, able to resolve the project's snapshots.
     *
     * @param withStrowger whether the {@code strowger} feature is installed at boot
     */
    protected static Option[] stockKaraf(boolean withStrowger, Option... extra) {
        String version = System.getProperty("strowger.version");
        MavenArtifactUrlReference karaf = maven().groupId("org.apache.karaf").artifactId("apache-karaf")
                .type("tar.gz").versionAsInProject();
        MavenArtifactUrlReference repository = maven().groupId("org.strowger").artifactId("strowger-features")
                .version(version).classifier("features").type("xml");
        String sshPort = Integer.toString(FreePorts.pick());
        System.setProperty(SSH_PORT_PROPERTY, sshPort);
        Option[] base = {
            karafDistributionConfiguration().frameworkUrl(karaf).unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            // Pax Exam starts Karaf without the JPMS flags of bin/karaf; without them the specs locator breaks.
            vmOptions("--add-reads=java.xml=java.logging",
                    "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                    "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                    "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                    "--add-opens", "java.base/java.security=ALL-UNNAMED",
                    "--add-opens", "java.base/java.net=ALL-UNNAMED",
                    "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                    "--add-opens", "java.base/java.util=ALL-UNNAMED",
                    "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                    "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
            propagateSystemProperties("strowger.version", "strowger.reactor.repo", SSH_PORT_PROPERTY),
            when(Boolean.getBoolean("strowger.keepRuntime")).useOptions(keepRuntimeFolder()),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo1.maven.org/maven2@id=central"),
            // The project's own snapshots are not installed by `mvn verify`: the assembly's system/ folder holds them.
            editConfigurationFileExtend("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.defaultRepositories",
                    "file:" + System.getProperty("strowger.reactor.repo") + "@id=reactor@snapshots"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1"),
            // A shell user for the ssh tests (stock Karaf ships none); roles directly, no group indirection.
            editConfigurationFilePut("etc/users.properties", SSH_USER, SSH_USER + ",admin,manager,viewer,systembundles,ssh"),
            withStrowger ? features(repository, "scr", "strowger") : features(repository),
        };
        Option[] all = new Option[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    /** Runs a Karaf command line as an administrator and returns what it printed. */
    protected String executeCommand(String command) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
                Session session = sessionFactory.create(System.in, out, out)) {
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal("itest"));
            subject.getPrincipals().add(new RolePrincipal("admin"));
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            out.flush();
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Waits up to {@code timeout} for {@code condition}; fails with {@code what} if it never holds. */
    protected static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}

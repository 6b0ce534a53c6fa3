package org.strowger.core.internal.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Properties;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.strowger.api.module.ModuleRegistry;
import org.strowger.api.system.SystemInfo;

/** Version, build and uptime facts; the start time is the JVM's, as Asterisk's is the process's. */
@Component(service = SystemInfo.class)
public final class SystemInfoImpl implements SystemInfo {

    private static final DateTimeFormatter BUILD_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ModuleRegistry registry;
    private final Properties build;
    private final Instant startupTime = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    @Activate
    public SystemInfoImpl(@Reference ModuleRegistry registry) {
        this.registry = registry;
        this.build = loadBuildProperties();
    }

    private static Properties loadBuildProperties() {
        Properties properties = new Properties();
        try (InputStream in = SystemInfoImpl.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String productName() {
        return "Strowger";
    }

    @Override
    public String version() {
        return build.getProperty("version", "unknown");
    }

    @Override
    public String versionLine() {
        return String.format("%s %s built by %s @ %s on a %s running %s on %s", productName(), version(),
                build.getProperty("built.by", "unknown"), hostName(), machine(),
                System.getProperty("os.name"), buildDate());
    }

    private String buildDate() {
        String raw = build.getProperty("build.date", "");
        try {
            return BUILD_DATE.format(Instant.parse(raw));
        } catch (DateTimeParseException e) {
            return raw;
        }
    }

    /** The machine as {@code uname -m} names it, which is what Asterisk prints; Java says amd64 for x86_64. */
    private static String machine() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public Instant startupTime() {
        return startupTime;
    }

    @Override
    public Instant lastReloadTime() {
        Instant reload = registry.lastReloadTime();
        return reload.isBefore(startupTime) ? startupTime : reload;
    }

    @Override
    public boolean fullyBooted() {
        return registry.fullyBooted();
    }
}

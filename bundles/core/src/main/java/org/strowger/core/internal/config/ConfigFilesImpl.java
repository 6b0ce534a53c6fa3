package org.strowger.core.internal.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigFiles;
import org.strowger.config.ConfigParser;

/**
 * The configuration directory of this PBX: {@code strowger.config.dir} if set, else
 * {@code ${karaf.etc}/pbx}, else {@code etc/pbx} under the working directory.
 */
@Component(service = ConfigFiles.class)
public final class ConfigFilesImpl implements ConfigFiles {

    static final String CONFIG_DIR_PROPERTY = "strowger.config.dir";

    private final Path directory;
    private final ConfigParser parser;

    @Activate
    public ConfigFilesImpl(BundleContext context) {
        this(configDirectory(context));
    }

    /** The files of one directory, outside a framework (tests, benchmarks). */
    public ConfigFilesImpl(Path directory) {
        this.directory = directory;
        this.parser = new ConfigParser(directory);
    }

    private static Path configDirectory(BundleContext context) {
        String explicit = context.getProperty(CONFIG_DIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String karafEtc = context.getProperty("karaf.etc");
        Path etc = karafEtc != null ? Path.of(karafEtc) : Path.of("etc");
        return etc.resolve("pbx").toAbsolutePath().normalize();
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public ConfigFile load(String fileName) throws ConfigException {
        return parser.parse(fileName);
    }

    @Override
    public boolean exists(String fileName) {
        return Files.isRegularFile(directory.resolve(fileName));
    }
}

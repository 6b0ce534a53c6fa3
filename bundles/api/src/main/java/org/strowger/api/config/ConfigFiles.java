package org.strowger.api.config;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads Asterisk-format configuration files from the PBX configuration directory ({@code etc/pbx}
 * under the Karaf base, or the {@code strowger.config.dir} system property). One parser serves every
 * module, so all of them understand the same dialect: sections, {@code =} and {@code =>}, comments,
 * {@code #include}, templates.
 *
 * <p>Modules read their file at load and on reload, build an immutable snapshot from it and swap it
 * in only when the whole file is valid.
 */
@ProviderType
public interface ConfigFiles {

    /** The directory that relative file names and {@code #include} paths are resolved against. */
    Path directory();

    /**
     * Parses a file of the configuration directory.
     *
     * @param fileName a name such as {@code chan_skype.conf}
     * @throws ConfigException if the file is missing or malformed; the message names file and line
     */
    ConfigFile load(String fileName) throws ConfigException;

    /** Whether the configuration directory holds a file of that name. */
    boolean exists(String fileName);
}

package org.strowger.core.internal.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's small persistent key-value store, Asterisk's astdb: values by family and key
 * ({@code CustomDevstate/lamp1}), kept across restarts in an H2 MVStore file in the data directory
 * ({@code strowger.data.dir} if set, else {@code ${karaf.data}/strowger}, else {@code data/strowger}
 * under the working directory). As astdb syncs its transaction in the background, changes reach the
 * file within a second, and at once on a clean stop.
 */
@Component(service = AstDb.class)
public final class AstDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AstDb.class);

    static final String DATA_DIR_PROPERTY = "strowger.data.dir";
    static final String FILE_NAME = "astdb.mv.db";

    private final MVStore store;
    private final Path file;

    @Activate
    public AstDb(BundleContext context) throws IOException {
        this(dataDirectory(context));
    }

    public AstDb(Path directory) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(FILE_NAME);
        this.store = new MVStore.Builder().fileName(file.toString()).autoCommitBufferSize(64).open();
        LOG.debug("astdb opened at {}", file);
    }

    private static Path dataDirectory(BundleContext context) {
        String explicit = context.getProperty(DATA_DIR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String karafData = context.getProperty("karaf.data");
        Path data = karafData != null ? Path.of(karafData) : Path.of("data");
        return data.resolve("strowger").toAbsolutePath().normalize();
    }

    /** The file the store lives in. */
    public Path file() {
        return file;
    }

    public Optional<String> get(String family, String key) {
        return Optional.ofNullable(map(family).get(key));
    }

    /** {@code ast_db_put}. */
    public void put(String family, String key, String value) {
        map(family).put(key, value);
    }

    /** {@code ast_db_del}. */
    public void delete(String family, String key) {
        map(family).remove(key);
    }

    /** {@code ast_db_gettree(family)}: every key of the family with its value, sorted by key. */
    public SortedMap<String, String> family(String family) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map(family)));
    }

    private MVMap<String, String> map(String family) {
        return store.openMap(family);
    }

    @Deactivate
    @Override
    public void close() {
        if (!store.isClosed()) {
            store.close();
        }
    }
}

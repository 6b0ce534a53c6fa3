package org.strowger.community.server.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFiles;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.CommunityConfigException;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;

/**
 * The community embedded in Karaf: starts the server from {@code etc/pbx/community.conf} with its store under
 * {@code ${karaf.data}/community/} (or community.conf's {@code store}, relative to {@code ${karaf.data}}).
 * The start runs on its own thread so that activation stays short; a broken file or a taken port is logged and
 * the component stays up (the Karaf commands then say the community is not running).
 */
@Component(service = EmbeddedCommunity.class, immediate = true)
public final class EmbeddedCommunity {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCommunity.class);
    static final String FILE = "community.conf";

    private final ExecutorService starter = Executors.newSingleThreadExecutor(r -> new Thread(r, "community-start"));
    private volatile Directory directory;
    private volatile CommunityServer server;
    private volatile String problem = "starting";

    @Activate
    public EmbeddedCommunity(@Reference ConfigFiles configFiles, BundleContext context) {
        Path conf = configFiles.directory().resolve(FILE);
        String karafData = context.getProperty("karaf.data");
        Path data = karafData != null ? Path.of(karafData) : Path.of("data");
        String version = context.getBundle().getVersion().toString();
        starter.execute(() -> start(configFiles, conf, data, version));
    }

    private void start(ConfigFiles configFiles, Path conf, Path data, String version) {
        CommunityConfig cfg;
        try {
            // the PBX's parser reads the file (includes, templates, comments); the community checks its keys
            cfg = configFiles.exists(FILE) ? Directories.readConfig(configFiles.load(FILE)) : CommunityConfig.defaults();
        } catch (ConfigException | CommunityConfigException e) {
            problem = e.getMessage();
            LOG.error("Community not started: {}", e.getMessage());
            return;
        }
        Path store = cfg.general().store().map(s -> data.resolve(s)).orElse(data.resolve("community").resolve("community.db"));
        try {
            Directory d = Directories.open(store);
            String summary = d.seed(cfg);
            directory = d;
            server = CommunityServer.start(ServerSettings.of(cfg, version), d);
            problem = null;
            LOG.info("Community started from {} with store {} ({})", conf, store, summary);
        } catch (IllegalStateException e) {
            problem = e.getMessage();
            LOG.error("Community not started: {}", e.getMessage());
        }
    }

    /**
     * Runs an administration command; returns the text to print.
     *
     * @throws IllegalArgumentException for bad arguments, IllegalStateException when the community is not running
     */
    public String admin(List<String> words) {
        CommunityServer s = server;
        if (s == null) {
            throw new IllegalStateException("the community is not running: " + problem);
        }
        return s.admin(words);
    }

    @Deactivate
    void stop() {
        starter.shutdown();
        try {
            starter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CommunityServer s = server;
        server = null;
        if (s != null) {
            s.close();
        }
        Directory d = directory;
        directory = null;
        if (d != null) {
            d.close();
        }
    }
}

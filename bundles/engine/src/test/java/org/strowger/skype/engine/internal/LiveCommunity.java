package org.strowger.skype.engine.internal;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.protocol.LoginMode;
import org.strowger.community.server.internal.CommunityServer;
import org.strowger.community.server.internal.ServerSettings;

/**
 * The real community server, in this JVM, on a free port with a fresh store: what the engine talks to in the
 * end-to-end tests. The no-answer timeout is 2 s so that an unanswered call ends within a test.
 */
final class LiveCommunity extends ExternalResource {

    static final String JAMES = "james_bond";
    static final String JAMES_PASSWORD = "Sp3ctre!";
    static final String AUSTIN = "austin_powers";
    static final String AUSTIN_PASSWORD = "Mojo!1967";

    /** community.conf of the tests; {@code %PORT%} is replaced by the port to listen on. */
    static final String CONF = String.join("\n",
            "[general]",
            "bind_address = 127.0.0.1",
            "port = %PORT%",
            "rtp_address = 127.0.0.1",
            "rtp_ports = 43000-43999",
            "no_answer_timeout = 2",
            "[james_bond]",
            "type = business",
            "password = " + JAMES_PASSWORD,
            "fullname = James Bond",
            "credit = 5000",
            "[austin_powers]",
            "type = business",
            "password = " + AUSTIN_PASSWORD,
            "fullname = Austin Powers",
            "[felix_leiter]",
            "type = business",
            "password = Cia-1954",
            "fullname = Felix Leiter",
            "[buddies]",
            "james_bond = austin_powers, echo123",
            "[skypein]",
            "+3227773333 = james_bond",
            "");

    private final TemporaryFolder folder = new TemporaryFolder();
    Directory directory;
    CommunityServer server;

    @Override
    protected void before() throws Throwable {
        folder.create();
        Path conf = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(conf, CONF.replace("%PORT%", "2729"));
        CommunityConfig config = Directories.readConfig(conf);
        directory = Directories.open(folder.getRoot().toPath().resolve("community.db"));
        directory.seed(config);
        server = CommunityServer.start(ServerSettings.of(config, "test").withPort(0), directory);
    }

    @Override
    protected void after() {
        if (server != null) {
            server.close();
        }
        if (directory != null) {
            directory.close();
        }
        folder.delete();
    }

    InetSocketAddress address() {
        return server.address();
    }

    /** A softphone's connection (the community client library), logged in as a desktop client. */
    CommunityClient softphone(String user, String password) throws Exception {
        CommunityClient client = CommunityClient.connect(address(), ClientOptions.defaults()
                .withRtpAddress(java.net.InetAddress.getLoopbackAddress()));
        client.login(user, password, LoginMode.DESKTOP).get(LiveEngine.WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        return client;
    }
}

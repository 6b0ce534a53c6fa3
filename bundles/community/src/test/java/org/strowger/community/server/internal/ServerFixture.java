package org.strowger.community.server.internal;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.rules.ExternalResource;
import org.junit.rules.TemporaryFolder;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;

/**
 * A real server on a free port with a fresh store seeded from a small community.conf. Timeouts are shortened
 * (no answer 2 s, login delays 100 ms doubling to 400 ms) so that the tests do not wait a minute each.
 */
final class ServerFixture extends ExternalResource {
    static final String CONF = String.join("\n",
            "[general]",
            "bind_address = 127.0.0.1",
            "port = 2729",
            "rtp_address = 127.0.0.1",
            "rtp_ports = 42000-42999",
            "no_answer_timeout = 2",
            "tariff_currency = EUR",
            "[james_bond]",
            "type = business",
            "password = Sp3ctre!",
            "fullname = James Bond",
            "credit = 5000",
            "[austin_powers]",
            "type = business",
            "password = Mojo!1967",
            "fullname = Austin Powers",
            "credit = 3",
            "[felix_leiter]",
            "type = business",
            "password = Cia-1954",
            "fullname = Felix Leiter",
            "[dr_evil_admin]",
            "type = administrator",
            "password = Mr.Bigglesworth",
            "[vanessa_k]",
            "type = personal",
            "password = Vanessa#99",
            "[buddies]",
            "james_bond = austin_powers",
            "[skypein]",
            "+3227773333 = james_bond",
            "[pstn]",
            "+12564286000 = echo",
            "+15550000001 = busy",
            "+15550000002 = noanswer",
            "+15550000004 = invalid",
            "[tariffs]",
            "+1 = 2",
            "+ = 10",
            "");

    private final TemporaryFolder folder = new TemporaryFolder();
    private final java.util.function.UnaryOperator<ServerSettings> adjust;

    ServerFixture() {
        this(s -> s);
    }

    /** With settings changed from the defaults below (a smaller port range, ...). */
    ServerFixture(java.util.function.UnaryOperator<ServerSettings> adjust) {
        this.adjust = adjust;
    }
    Directory directory;
    CommunityServer server;
    InetSocketAddress address;

    @Override
    protected void before() throws Throwable {
        folder.create();
        Path conf = folder.getRoot().toPath().resolve("community.conf");
        Files.writeString(conf, CONF);
        CommunityConfig cfg = Directories.readConfig(conf);
        directory = Directories.open(folder.getRoot().toPath().resolve("community.db"));
        directory.seed(cfg);
        ServerSettings settings = ServerSettings.of(cfg, "test").withPort(0).withLoginLimits(100, 400, 5, 60_000, 60_000);
        server = CommunityServer.start(adjust.apply(settings), directory);
        address = server.address();
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

    TestClient connect() throws Exception {
        return new TestClient(address);
    }

    TestClient login(String user, String password) throws Exception {
        return TestClient.loggedIn(address, user, password, "DESKTOP");
    }

    TestClient james() throws Exception {
        return TestClient.loggedIn(address, "james_bond", "Sp3ctre!", "PBX");
    }

    TestClient austin() throws Exception {
        return TestClient.loggedIn(address, "austin_powers", "Mojo!1967", "DESKTOP");
    }

    TestClient felix() throws Exception {
        return TestClient.loggedIn(address, "felix_leiter", "Cia-1954", "DESKTOP");
    }
}

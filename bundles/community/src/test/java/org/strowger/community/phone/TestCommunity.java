package org.strowger.community.phone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.server.internal.CommunityServer;
import org.strowger.community.server.internal.ServerSettings;

/** A stand-alone community started in-process on a free port with a temporary store and a test community.conf. */
final class TestCommunity implements AutoCloseable {

    static final String CONF = String.join("\n",
            "[general]",
            "bind_address = 127.0.0.1",
            "rtp_address = 127.0.0.1",
            "no_answer_timeout = 60",
            "",
            "[austin_powers]",
            "type = business",
            "password = Yeah-baby-1",
            "fullname = Austin Powers",
            "credit = 5000",
            "currency = EUR",
            "",
            "[james_bond]",
            "type = business",
            "password = Sp3ctre!",
            "fullname = James Bond",
            "credit = 0",
            "",
            "[dr_evil]",
            "type = personal",
            "password = one-million",
            "fullname = Dr. Evil",
            "",
            "[bcp_admin]",
            "type = administrator",
            "password = control-panel",
            "",
            "[buddies]",
            "james_bond = austin_powers",
            "",
            "[skypein]",
            "+3227773333 = james_bond",
            "",
            "[pstn]",
            "+12564286000 = echo",
            "+15550000001 = busy",
            "",
            "[tariffs]",
            "+1 = 2",
            "+ = 10",
            "");

    final Path dir;
    final Directory directory;
    final CommunityServer server;

    TestCommunity(Path dir) throws Exception {
        this.dir = dir;
        Path conf = dir.resolve("community.conf");
        Files.writeString(conf, CONF, StandardCharsets.UTF_8);
        CommunityConfig config = Directories.readConfig(conf);
        directory = Directories.open(dir.resolve("community.db"));
        directory.seed(config);
        // a random RTP range keeps parallel test runs on this machine apart
        int base = 20000 + 100 * ThreadLocalRandom.current().nextInt(300);
        server = CommunityServer.start(ServerSettings.of(config, "test").withPort(0).withRtpPorts(base, base + 99), directory);
    }

    InetSocketAddress address() {
        return server.address();
    }

    String serverArg() {
        return "127.0.0.1:" + address().getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
        directory.close();
    }
}

package org.strowger.community.phone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.CommunityException;
import org.strowger.community.client.MediaMode;
import org.strowger.community.protocol.LoginMode;

/**
 * The command-line softphone:
 * {@code phone --server host:port --user U --password P [--pbx] [--udp|--tcp] [--rtp-address IP] [--script FILE|-]}.
 * Reads one command per line (from the script, or standard input) and prints parseable lines: {@code OK <command>}
 * or {@code ERROR <code> <text>} per command, data lines ({@code BUDDY}, {@code PROFILE}, {@code USER},
 * {@code STATS}, ...) and {@code EVENT <notification>} for what the community reports. See {@link Phone} for the
 * commands.
 */
public final class PhoneMain {

    static final String USAGE = "usage: phone --server host:port --user USER --password PASSWORD [--pbx] [--udp|--tcp]"
            + " [--rtp-address IP] [--script FILE|-]";

    private PhoneMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the softphone; returns 0 when every command succeeded, 1 when one failed, 2 for bad arguments or when
     * connecting or logging in failed.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = new Args(args, Set.of("server", "user", "password", "script", "rtp-address"),
                    Set.of("pbx", "udp", "tcp", "help"));
            if (a.flag("help")) {
                out.println(USAGE);
                out.println(Phone.HELP);
                return 0;
            }
            if (a.flag("udp") && a.flag("tcp")) {
                throw new IllegalArgumentException("--udp and --tcp exclude each other");
            }
            if (!a.positional().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument '" + a.positional().get(0) + "'");
            }
            a.require("user");
            a.require("password");
        } catch (IllegalArgumentException e) {
            err.println("phone: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        ClientOptions options = ClientOptions.defaults().withDefaultMedia(a.flag("tcp") ? MediaMode.TCP : MediaMode.UDP);
        CommunityClient client;
        try {
            if (a.get("rtp-address") != null) {
                options = options.withRtpAddress(java.net.InetAddress.getByName(a.get("rtp-address")));
            }
            String server = a.get("server") == null ? "127.0.0.1" : a.get("server");
            client = CommunityClient.connect(CommunityClient.parseServer(server), options);
        } catch (IOException | IllegalArgumentException e) {
            err.println("phone: cannot connect: " + e.getMessage());
            return 2;
        }
        try (client) {
            try {
                client.login(a.get("user"), a.get("password"), a.flag("pbx") ? LoginMode.PBX : LoginMode.DESKTOP).join();
            } catch (java.util.concurrent.CompletionException e) {
                Throwable cause = e.getCause();
                err.println("phone: login failed: " + (cause instanceof CommunityException ce ? ce.getMessage() : String.valueOf(cause)));
                return 2;
            }
            out.println("LOGGEDIN " + client.user() + " " + client.serverVersion());
            Phone phone = new Phone(client, out);
            String script = a.get("script");
            BufferedReader reader;
            try {
                reader = script == null || script.equals("-")
                        ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("phone: cannot read script " + script + ": " + e.getMessage());
                return 2;
            }
            try (reader) {
                return phone.runScript(reader);
            } catch (IOException e) {
                err.println("phone: reading commands failed: " + e.getMessage());
                return 1;
            } finally {
                phone.close();
            }
        }
    }
}

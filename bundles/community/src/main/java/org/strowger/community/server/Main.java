package org.strowger.community.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;


import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.CommunityConfigException;
import org.strowger.community.directory.Directories;
import org.strowger.community.directory.Directory;
import org.strowger.community.phone.AdminMain;
import org.strowger.community.phone.LoadMain;
import org.strowger.community.phone.PhoneMain;
import org.strowger.community.server.internal.CommunityServer;
import org.strowger.community.server.internal.ServerSettings;

/**
 * Entry point of the stand-alone jar:
 * <pre>
 * java -jar org.strowger.community-&lt;v&gt;-standalone.jar [server] --config community.conf [--store FILE]
 * java -jar ... phone --server 127.0.0.1:2729 --user austin_powers --password ...
 * java -jar ... load ...
 * java -jar ... admin ...
 * </pre>
 * The server reads administration commands ({@code show accounts}, {@code add account ...}, {@code pstn call ...})
 * on its standard input; {@code phone}, {@code load} and {@code admin} are the client's tools (the softphone,
 * the load generator, remote administration through an administrator account).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int rc = run(args, System.out, System.err);
        if (rc >= 0) {
            System.exit(rc);
        }
    }

    /** Runs a subcommand; returns the exit code, or -1 when a server keeps running until its stdin ends. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "server";
        String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (command.equals("server")) {
            return server(rest, out, err);
        }
        if (command.equals("help") || command.equals("--help")) {
            usage(out);
            return 0;
        }
        switch (command) {
            case "phone":
                return PhoneMain.run(rest, System.in, out, err);
            case "load":
                return LoadMain.run(rest, System.in, out, err);
            case "admin":
                return AdminMain.run(rest, System.in, out, err);
            default:
                break;
        }
        err.println("unknown command '" + command + "'");
        usage(err);
        return 2;
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar org.strowger.community-<version>-standalone.jar [server] --config community.conf [--store FILE]");
        out.println("       java -jar ... phone|load|admin [options]   (the softphone, the load tool, remote administration)");
    }

    private static int server(String[] args, PrintStream out, PrintStream err) {
        Path config = null;
        Path store = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--config") || a.equals("--store")) && i + 1 < args.length) {
                Path p = Path.of(args[++i]);
                if (a.equals("--config")) {
                    config = p;
                } else {
                    store = p;
                }
            } else {
                err.println("unknown or incomplete option '" + a + "'");
                usage(err);
                return 2;
            }
        }
        CommunityConfig cfg;
        try {
            cfg = config == null ? CommunityConfig.defaults() : Directories.readConfig(config);
        } catch (CommunityConfigException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (config != null && !Files.isRegularFile(config)) {
            err.println("no configuration file " + config);
            return 1;
        }
        if (store == null) {
            store = Path.of(cfg.general().store().orElse("data/community.db"));
        }
        Directory directory;
        try {
            directory = Directories.open(store);
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            return 1;
        }
        String summary = directory.seed(cfg);
        CommunityServer server;
        try {
            server = CommunityServer.start(ServerSettings.of(cfg, version()), directory);
        } catch (IllegalStateException e) {
            err.println(e.getMessage());
            directory.close();
            return 1;
        }
        out.println("Strowger Community " + version() + " on " + server.address() + ", store " + store + " (" + summary + ")");
        out.println("Type administration commands (e.g. 'show accounts', 'help'); end of input or 'quit' stops the server.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            directory.close();
            stopped.countDown();
        }, "community-shutdown"));
        if (console(server, out)) {
            return 0;
        }
        // standard input ended (started in the background, </dev/null): serve until killed
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return -1;
    }

    /** Administration commands on stdin until "quit" or its end. */
    private static boolean console(CommunityServer server, PrintStream out) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("quit") || line.equals("exit")) {
                    return true;
                }
                if (line.equals("help")) {
                    server.adminUsage().forEach(out::println);
                    continue;
                }
                try {
                    out.println(server.admin(List.of(line.split("\\s+"))));
                } catch (IllegalArgumentException | IllegalStateException e) {
                    out.println("error: " + e.getMessage());
                }
            }
        } catch (java.io.IOException e) {
            out.println("standard input failed: " + e.getMessage());
        }
        return false;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}

package org.strowger.community.phone;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CompletionException;

import org.strowger.community.client.ClientOptions;
import org.strowger.community.client.CommunityClient;
import org.strowger.community.client.CommunityException;
import org.strowger.community.protocol.LoginMode;

/**
 * Remote administration through an ADMINISTRATOR account:
 * {@code admin --server host:port --user U --password P <words...>}, e.g. {@code ... show accounts}. Prints the
 * community's lines; exit code 0, 1 when the community refused the command, 2 for bad arguments or login.
 */
public final class AdminMain {

    static final String USAGE = "usage: admin --server host:port --user ADMIN --password PASSWORD <command words...>";

    private AdminMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Args a;
        try {
            a = new Args(args, Set.of("server", "user", "password"), Set.of());
            a.require("user");
            a.require("password");
            if (a.positional().isEmpty()) {
                throw new IllegalArgumentException("no command words (e.g. show accounts)");
            }
        } catch (IllegalArgumentException e) {
            err.println("admin: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try (CommunityClient client = CommunityClient.connect(
                CommunityClient.parseServer(a.get("server") == null ? "127.0.0.1" : a.get("server")), ClientOptions.defaults())) {
            try {
                client.login(a.get("user"), a.get("password"), LoginMode.DESKTOP).join();
            } catch (CompletionException e) {
                err.println("admin: login failed: " + e.getCause().getMessage());
                return 2;
            }
            try {
                for (String line : client.admin(String.join(" ", a.positional())).join()) {
                    out.println(line);
                }
                return 0;
            } catch (CompletionException e) {
                Throwable c = e.getCause();
                err.println("admin: " + (c instanceof CommunityException ce ? ce.text() : c.getMessage()));
                return 1;
            }
        } catch (IOException | IllegalArgumentException e) {
            err.println("admin: cannot connect: " + e.getMessage());
            return 2;
        }
    }
}

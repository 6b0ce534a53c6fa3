package org.strowger.community.directory.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.strowger.community.directory.AccountType;
import org.strowger.community.protocol.Scram;

/**
 * The child JVM of {@link CrashSafetyTest}: makes changes forever and prints {@code ACK n} after change n
 * returned, until it is killed. Change n = 3 i + k for account i: k=0 creates {@code crash_user<i>}, k=1 sets its
 * credit to i cents, k=2 adds {@code crash_user<i-1>} as buddy with a request. Before each change it waits for a
 * line on stdin, so that the test can kill it either while it is idle right after an acknowledgement (where a
 * missing commit would show) or while a change is under way.
 */
public final class CrashChild {

    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        Scram.Credentials credentials = Scram.Credentials.derive("secret", 1);
        MvStoreDirectory directory = MvStoreDirectory.open(store);
        System.out.println("READY");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (int i = first; ; i++) {
            String name = "crash_user" + i;
            in.readLine();
            directory.createAccount(name, credentials, AccountType.BUSINESS, "User " + i);
            ack(3 * i);
            in.readLine();
            directory.setCredit(name, i, "EUR");
            ack(3 * i + 1);
            in.readLine();
            directory.addBuddy(name, i == first ? "echo123" : "crash_user" + (i - 1), "request " + i);
            ack(3 * i + 2);
        }
    }

    private static void ack(int n) {
        System.out.println("ACK " + n);
        System.out.flush();
    }
}

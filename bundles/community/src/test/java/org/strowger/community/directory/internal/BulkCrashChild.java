package org.strowger.community.directory.internal;

import java.nio.file.Path;

import org.strowger.community.directory.AccountType;
import org.strowger.community.protocol.Scram;

/**
 * The child JVM of {@link BulkTest#aBulkSurvivesKill9WholeOrNotAtAll}: runs bulks forever, bulk k creating
 * {@value #SIZE} accounts {@code bulk<k>_<i>} in a ring of mutual buddies, and prints {@code ACK k} after bulk k
 * returned, until it is killed.
 */
public final class BulkCrashChild {

    static final int SIZE = 400;

    public static void main(String[] args) throws Exception {
        Scram.Credentials credentials = Scram.Credentials.derive("secret", 1);
        MvStoreDirectory directory = MvStoreDirectory.open(Path.of(args[0]));
        for (int k = 0; ; k++) {
            String prefix = "bulk" + k + "_";
            directory.bulk(w -> {
                for (int i = 0; i < SIZE; i++) {
                    w.createAccount(prefix + i, credentials, AccountType.PERSONAL, "");
                    if (i > 0) {
                        w.addMutualBuddies(prefix + (i - 1), prefix + i);
                    }
                }
            });
            System.out.println("ACK " + k);
            System.out.flush();
        }
    }
}

package org.strowger.benchmarks.community;

import java.util.Locale;

import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.protocol.Scram;

/**
 * The benchmark community: accounts {@code u00000}, {@code u00001}, ... (BUSINESS, password {@value #PASSWORD}),
 * each the mutual, authorised buddy of the {@code buddies/2} accounts before and after it on a ring, so every
 * account has exactly {@code buddies} buddies. Written with {@link Directory#bulk}: one PBKDF2 for all accounts
 * (they share salt and keys), one commit for the accounts and one per {@value #PAIRS_PER_COMMIT} pairs.
 */
public final class CommunitySeed {

    public static final String PASSWORD = "secret";
    static final int PAIRS_PER_COMMIT = 100_000;

    private CommunitySeed() {
    }

    public static String name(int i) {
        return String.format(Locale.ROOT, "u%05d", i);
    }

    public static void seed(Directory directory, int accounts, int buddies) throws DirectoryException {
        if (buddies % 2 != 0 || buddies >= accounts) {
            throw new IllegalArgumentException("--buddies must be even and below --accounts");
        }
        Scram.Credentials credentials = Scram.Credentials.derive(PASSWORD);
        directory.bulk(w -> {
            for (int i = 0; i < accounts; i++) {
                w.createAccount(name(i), credentials, AccountType.BUSINESS, "Bench User " + i);
            }
        });
        int half = buddies / 2;
        long pairs = (long) accounts * half;
        for (long start = 0; start < pairs; start += PAIRS_PER_COMMIT) {
            long from = start;
            long to = Math.min(pairs, start + PAIRS_PER_COMMIT);
            directory.bulk(w -> {
                for (long p = from; p < to; p++) {
                    int i = (int) (p / half);
                    int d = (int) (p % half) + 1;
                    w.addMutualBuddies(name(i), name((i + d) % accounts));
                }
            });
        }
    }
}

package org.strowger.community.directory;

import org.strowger.community.protocol.Scram;

/**
 * The changes {@link Directory#bulk} applies together: account creations and mutual buddy pairs, for seeding
 * large communities (load tests, migrations) without one disk commit per change. No notifications are produced:
 * a bulk load describes a community, it does not happen to logged-in users.
 */
public interface BulkWriter {

    /**
     * Creates an account as {@link Directory#createAccount(String, Scram.Credentials, AccountType, String)} does:
     * pass one precomputed {@link Scram.Credentials} for many accounts to avoid paying PBKDF2 for each.
     *
     * @throws DirectoryException ALREADY_EXISTS (also for a name created earlier in the same bulk), INVALID_VALUE
     */
    void createAccount(String name, Scram.Credentials credentials, AccountType type, String fullname) throws DirectoryException;

    /**
     * Makes {@code a} and {@code b} buddies as the admin {@code add buddies} does: each in the other's list,
     * each authorised by the other, no pending requests, no blocks.
     *
     * @throws DirectoryException NO_SUCH_USER (both must exist, possibly created earlier in this bulk),
     *     NOT_ALLOWED for a pair of one account with itself or with echo123 (which keeps no list)
     */
    void addMutualBuddies(String a, String b) throws DirectoryException;
}

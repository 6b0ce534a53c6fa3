package org.strowger.community.directory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.ProfileProperty;

/**
 * community.conf as an immutable, validated snapshot.
 *
 * @param general {@code [general]}
 * @param accounts the account sections, in file order (seeded into the store, never overwriting it)
 * @param buddies {@code [buddies]}: pairs authorised both ways (seeded once)
 * @param skypeIn {@code [skypein]}: number to account (seeded once; the store holds the live mapping)
 * @param pstn {@code [pstn]}: the simulated PSTN's numbers and how they answer
 * @param tariffs {@code [tariffs]} with {@code tariff_currency}
 */
public record CommunityConfig(General general, List<AccountSeed> accounts, List<BuddySeed> buddies,
        Map<String, String> skypeIn, Map<String, PstnBehaviour> pstn, Tariffs tariffs) {

    public CommunityConfig {
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(tariffs, "tariffs");
        accounts = List.copyOf(accounts);
        buddies = List.copyOf(buddies);
        skypeIn = Map.copyOf(skypeIn);
        pstn = Map.copyOf(pstn);
    }

    /** No file: defaults, no accounts. */
    public static CommunityConfig defaults() {
        return new CommunityConfig(General.DEFAULTS, List.of(), List.of(), Map.of(), Map.of(), Tariffs.NONE);
    }

    /** The behaviour of a simulated PSTN number; numbers not in [pstn] are for the server to decide (invalid). */
    public Optional<PstnBehaviour> pstnBehaviour(String number) {
        return Optional.ofNullable(pstn.get(number));
    }

    /**
     * {@code [general]}.
     *
     * @param store the MVStore file as written, empty for the caller's default (data/community.db stand-alone,
     *     ${karaf.data}/community/community.db embedded); a relative path is the caller's to resolve
     */
    public record General(String bindAddress, int port, String rtpAddress, int rtpPortMin, int rtpPortMax,
            Optional<String> store, int noAnswerTimeoutSeconds, String tariffCurrency) {

        public static final General DEFAULTS = new General("127.0.0.1", 2729, "127.0.0.1", 30000, 30999,
                Optional.empty(), 60, "EUR");
    }

    /**
     * One account section.
     *
     * @param profile the RW free-text profile keys given (FULLNAME ... MOOD_TEXT), already validated
     * @param credit cents, 0 when not given
     * @param currency defaults to tariff_currency
     * @param callForward {@code null} when not given
     * @param location {@code file:line} of the section header, for messages
     */
    public record AccountSeed(String name, AccountType type, String password, Map<ProfileProperty, String> profile,
            long credit, String currency, boolean voicemail, CallForward callForward, String location) {

        public AccountSeed {
            profile = Map.copyOf(profile);
        }

        /** Never shows the password. */
        @Override
        public String toString() {
            return "AccountSeed[" + name + " " + type.word() + " at " + location + "]";
        }
    }

    /** One pair of {@code [buddies]}, authorised both ways. */
    public record BuddySeed(String first, String second, String location) {
    }
}

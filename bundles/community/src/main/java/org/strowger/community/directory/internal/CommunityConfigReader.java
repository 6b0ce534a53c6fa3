package org.strowger.community.directory.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.CommunityConfig.AccountSeed;
import org.strowger.community.directory.CommunityConfig.BuddySeed;
import org.strowger.community.directory.CommunityConfig.General;
import org.strowger.community.directory.CommunityConfig;
import org.strowger.community.directory.CommunityConfigException;
import org.strowger.community.directory.Directory;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.directory.Tariffs;
import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.Names;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.ProtocolException;
import org.strowger.config.ConfigParser;

/**
 * Turns community.conf into a validated {@link CommunityConfig}. Every value is checked here, so that a typo
 * stops the start with {@code community.conf:12: ...} instead of surfacing as a strange call failure later.
 *
 * <p>Sections: {@code [general]}, {@code [buddies]}, {@code [skypein]}, {@code [pstn]}, {@code [tariffs]}; every
 * other (non-template) section is an account named after the section.
 */
public final class CommunityConfigReader {

    private static final Set<String> SPECIAL = Set.of("general", "buddies", "skypein", "pstn", "tariffs");
    private static final List<String> GENERAL_KEYS = List.of("bind_address", "port", "rtp_address", "rtp_ports", "store",
            "no_answer_timeout", "tariff_currency");
    private static final List<String> ACCOUNT_KEYS = List.of("type", "password", "credit", "currency", "voicemail",
            "call_forward");

    private CommunityConfigReader() {
    }

    /** Reads a community.conf (and what it includes) with the PBX's configuration parser. */
    public static CommunityConfig read(Path file) throws CommunityConfigException {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return read(new ConfigParser(absolute.getParent()).parse(String.valueOf(absolute.getFileName())));
        } catch (ConfigException e) {
            throw new CommunityConfigException(e.file(), e.line(), e.reason());
        }
    }

    /** Checks a parsed community.conf: the dialect is the parser's business, the keys and values are ours. */
    public static CommunityConfig read(ConfigFile file) throws CommunityConfigException {
        List<ConfigSection> sections = file.sections();
        Map<String, ConfigSection> special = new HashMap<>();
        List<ConfigSection> accountSections = new ArrayList<>();
        for (ConfigSection section : sections) {
            String lower = section.name().toLowerCase(Locale.ROOT);
            if (SPECIAL.contains(lower)) {
                if (special.containsKey(lower)) {
                    throw error(section, "[" + section.name() + "] is defined twice (first at "
                            + special.get(lower).location() + "); use [" + section.name() + "](+) to add to it");
                }
                special.put(lower, section);
            } else {
                accountSections.add(section);
            }
        }
        General general = general(special.get("general"));
        List<AccountSeed> accounts = new ArrayList<>();
        Map<String, String> accountLocations = new HashMap<>();
        for (ConfigSection section : accountSections) {
            AccountSeed seed = account(section, general.tariffCurrency());
            String previous = accountLocations.put(seed.name(), section.location());
            if (previous != null) {
                throw error(section, "account [" + seed.name() + "] is defined twice (first at " + previous + ")");
            }
            accounts.add(seed);
        }
        Set<String> known = new HashSet<>(accountLocations.keySet());
        known.add(Directory.ECHO_TEST);
        List<BuddySeed> buddies = buddies(special.get("buddies"), known);
        Map<String, String> skypeIn = skypeIn(special.get("skypein"), accountLocations.keySet());
        Map<String, PstnBehaviour> pstn = pstn(special.get("pstn"));
        Tariffs tariffs = tariffs(special.get("tariffs"), general.tariffCurrency());
        return new CommunityConfig(general, accounts, buddies, skypeIn, pstn, tariffs);
    }

    private static General general(ConfigSection section) throws CommunityConfigException {
        General d = General.DEFAULTS;
        if (section == null) {
            return d;
        }
        Map<String, ConfigEntry> entries = lastByKey(section, GENERAL_KEYS, "[general]");
        String bind = text(entries, "bind_address", d.bindAddress());
        int port = entries.containsKey("port") ? integer(entries.get("port"), 1, 65535) : d.port();
        String rtpAddress = text(entries, "rtp_address", d.rtpAddress());
        int rtpMin = d.rtpPortMin();
        int rtpMax = d.rtpPortMax();
        ConfigEntry ports = entries.get("rtp_ports");
        if (ports != null) {
            String[] range = ports.value().split("-", -1);
            if (range.length != 2) {
                throw error(ports, "rtp_ports must be a range such as 30000-30999, not '" + ports.value() + "'");
            }
            rtpMin = integer(new ConfigEntry("rtp_ports", range[0].strip(), false, ports.file(), ports.line()), 1024, 65535);
            rtpMax = integer(new ConfigEntry("rtp_ports", range[1].strip(), false, ports.file(), ports.line()), 1024, 65535);
            if (rtpMin > rtpMax) {
                throw error(ports, "rtp_ports: the first port " + rtpMin + " is above the last " + rtpMax);
            }
        }
        Optional<String> store = Optional.ofNullable(entries.get("store")).map(ConfigEntry::value).filter(s -> !s.isEmpty());
        int timeout = entries.containsKey("no_answer_timeout") ? integer(entries.get("no_answer_timeout"), 1, 3600)
                : d.noAnswerTimeoutSeconds();
        String currency = entries.containsKey("tariff_currency") ? currency(entries.get("tariff_currency")) : d.tariffCurrency();
        return new General(bind, port, rtpAddress, rtpMin, rtpMax, store, timeout, currency);
    }

    private static AccountSeed account(ConfigSection section, String defaultCurrency) throws CommunityConfigException {
        String name = section.name();
        if (!Names.isAccount(name)) {
            throw error(section, "[" + name + "] is neither a known section (general, buddies, skypein, pstn, tariffs) nor a valid "
                    + "account name (" + Names.ACCOUNT_RULE + ")");
        }
        if (name.equals(Directory.ECHO_TEST)) {
            throw error(section, "echo123 is built into the community and cannot be configured");
        }
        List<String> allowed = new ArrayList<>(ACCOUNT_KEYS);
        for (ProfileProperty p : ProfileProperty.values()) {
            if (p.writable() && p != ProfileProperty.VOICEMAIL && p != ProfileProperty.CALL_FORWARD) {
                allowed.add(p.name().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, ConfigEntry> entries = lastByKey(section, allowed, "account [" + name + "]");
        ConfigEntry type = entries.get("type");
        AccountType accountType = AccountType.BUSINESS;
        if (type != null) {
            try {
                accountType = AccountType.parse(type.value());
            } catch (IllegalArgumentException e) {
                throw error(type, e.getMessage());
            }
        }
        ConfigEntry password = entries.get("password");
        if (password == null || password.value().isEmpty()) {
            throw error(section, "account [" + name + "] needs a password");
        }
        Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
        for (ConfigEntry e : entries.values()) {
            Optional<ProfileProperty> p = ProfileProperty.byName(e.key());
            if (p.isPresent() && !ACCOUNT_KEYS.contains(e.key())) {
                try {
                    String value = p.get().validate(e.value());
                    if (!value.isEmpty()) {
                        profile.put(p.get(), value);
                    }
                } catch (ProtocolException ex) {
                    throw error(e, ex.getMessage());
                }
            }
        }
        long credit = 0;
        ConfigEntry creditEntry = entries.get("credit");
        if (creditEntry != null) {
            try {
                credit = Long.parseLong(creditEntry.value());
            } catch (NumberFormatException e) {
                throw error(creditEntry, "credit must be a whole number of cents, not '" + creditEntry.value() + "'");
            }
            if (credit < 0) {
                throw error(creditEntry, "credit must not be negative");
            }
        }
        String currency = entries.containsKey("currency") ? currency(entries.get("currency")) : defaultCurrency;
        boolean voicemail = entries.containsKey("voicemail") && yes(entries.get("voicemail"));
        CallForward forward = null;
        ConfigEntry forwardEntry = entries.get("call_forward");
        if (forwardEntry != null) {
            try {
                forward = CallForward.parse(forwardEntry.value());
            } catch (ProtocolException e) {
                throw error(forwardEntry, e.getMessage());
            }
            if (forward != null && forward.target().equals(name)) {
                throw error(forwardEntry, "call_forward cannot forward to the account itself");
            }
        }
        return new AccountSeed(name, accountType, password.value(), profile, credit, currency, voicemail, forward,
                section.location());
    }

    private static List<BuddySeed> buddies(ConfigSection section, Set<String> known) throws CommunityConfigException {
        List<BuddySeed> pairs = new ArrayList<>();
        if (section == null) {
            return pairs;
        }
        for (ConfigEntry e : section.entries()) {
            String first = accountIn(e, e.key(), known);
            for (String part : e.value().split(",")) {
                String second = accountIn(e, part.strip(), known);
                if (second.equals(first)) {
                    throw error(e, first + " cannot be its own buddy");
                }
                pairs.add(new BuddySeed(first, second, e.location()));
            }
        }
        return pairs;
    }

    private static String accountIn(ConfigEntry e, String name, Set<String> known) throws CommunityConfigException {
        if (name.isEmpty()) {
            throw error(e, "empty name in the buddy list '" + e.value() + "'");
        }
        if (!known.contains(name)) {
            throw error(e, "'" + name + "' is not an account defined in this file (nor echo123)");
        }
        return name;
    }

    private static Map<String, String> skypeIn(ConfigSection section, Set<String> accounts) throws CommunityConfigException {
        Map<String, String> numbers = new LinkedHashMap<>();
        if (section == null) {
            return numbers;
        }
        for (ConfigEntry e : section.entries()) {
            requireNumber(e, e.key());
            if (!accounts.contains(e.value())) {
                throw error(e, "SkypeIn number " + e.key() + " rings '" + e.value() + "', which is not an account defined in this file");
            }
            if (numbers.put(e.key(), e.value()) != null) {
                throw error(e, "SkypeIn number " + e.key() + " is given twice");
            }
        }
        return numbers;
    }

    private static Map<String, PstnBehaviour> pstn(ConfigSection section) throws CommunityConfigException {
        Map<String, PstnBehaviour> plan = new LinkedHashMap<>();
        if (section == null) {
            return plan;
        }
        for (ConfigEntry e : section.entries()) {
            requireNumber(e, e.key());
            try {
                if (plan.put(e.key(), PstnBehaviour.parse(e.value())) != null) {
                    throw error(e, "PSTN number " + e.key() + " is given twice");
                }
            } catch (IllegalArgumentException ex) {
                throw error(e, ex.getMessage());
            }
        }
        return plan;
    }

    private static Tariffs tariffs(ConfigSection section, String currency) throws CommunityConfigException {
        Map<String, Integer> rates = new HashMap<>();
        if (section != null) {
            for (ConfigEntry e : section.entries()) {
                if (!e.key().matches("\\+[0-9]{0,15}")) {
                    throw error(e, "tariff prefix '" + e.key() + "' must be '+' followed by up to 15 digits");
                }
                if (rates.put(e.key(), integer(e, 0, 1_000_000)) != null) {
                    throw error(e, "tariff prefix " + e.key() + " is given twice");
                }
            }
        }
        return new Tariffs(currency, rates);
    }

    /** The last entry of each key (later lines win, as in Asterisk); unknown keys are errors naming the known ones. */
    private static Map<String, ConfigEntry> lastByKey(ConfigSection section, List<String> allowed, String where)
            throws CommunityConfigException {
        Map<String, ConfigEntry> entries = new LinkedHashMap<>();
        for (ConfigEntry e : section.entries()) {
            String key = e.key().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                throw error(e, "unknown key '" + e.key() + "' in " + where + " (known: " + String.join(", ", allowed) + ")");
            }
            entries.put(key, new ConfigEntry(key, e.value(), e.object(), e.file(), e.line()));
        }
        return entries;
    }

    private static String text(Map<String, ConfigEntry> entries, String key, String fallback) throws CommunityConfigException {
        ConfigEntry e = entries.get(key);
        if (e == null) {
            return fallback;
        }
        if (e.value().isEmpty()) {
            throw error(e, key + " must not be empty");
        }
        return e.value();
    }

    private static int integer(ConfigEntry e, int min, int max) throws CommunityConfigException {
        try {
            int value = Integer.parseInt(e.value());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the range
        }
        throw error(e, e.key() + " must be a whole number from " + min + " to " + max + ", not '" + e.value() + "'");
    }

    private static String currency(ConfigEntry e) throws CommunityConfigException {
        String value = e.value().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z]{3}")) {
            throw error(e, e.key() + " must be an ISO 4217 code such as EUR, not '" + e.value() + "'");
        }
        return value;
    }

    /** Asterisk's ast_true/ast_false words. */
    private static boolean yes(ConfigEntry e) throws CommunityConfigException {
        String v = e.value().toLowerCase(Locale.ROOT);
        if (List.of("yes", "true", "y", "t", "1", "on").contains(v)) {
            return true;
        }
        if (List.of("no", "false", "n", "f", "0", "off").contains(v)) {
            return false;
        }
        throw error(e, e.key() + " must be yes or no, not '" + e.value() + "'");
    }

    private static void requireNumber(ConfigEntry e, String number) throws CommunityConfigException {
        if (!Names.isPhoneNumber(number)) {
            throw error(e, "'" + number + "' is not a +E.164 number (" + Names.NUMBER_RULE + ")");
        }
    }

    private static CommunityConfigException error(ConfigSection section, String reason) {
        return new CommunityConfigException(section.file(), section.line(), reason);
    }

    private static CommunityConfigException error(ConfigEntry entry, String reason) {
        return new CommunityConfigException(entry.file(), entry.line(), reason);
    }
}

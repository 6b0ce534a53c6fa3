package org.strowger.manager.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

/**
 * manager.conf as an immutable snapshot: the {@code [general]} settings and one user per other
 * section. Defaults are Asterisk's, except the bind address (loopback rather than every
 * interface: a manager port should be opened to the network on purpose).
 */
public record ManagerConfig(boolean enabled, String bindAddress, int port, boolean displayConnects,
        Duration authTimeout, int authLimit, boolean allowMultipleLogin, Map<String, ManagerUser> users) {

    public static final String FILE = "manager.conf";
    public static final int DEFAULT_PORT = 5038;

    /** One {@code [user]} section. The secret is kept out of {@link #toString()}. */
    public record ManagerUser(String name, String secret, int readMask, int writeMask, Acl acl,
            List<String> eventFilters, Duration writeTimeout, boolean displayConnects,
            boolean allowMultipleLogin) {

        public ManagerUser {
            eventFilters = List.copyOf(eventFilters);
        }

        @Override
        public String toString() {
            return "ManagerUser[" + name + "]";
        }
    }

    public ManagerConfig {
        users = Map.copyOf(users);
    }

    /** The configuration when manager.conf does not exist: Asterisk's default, disabled. */
    public static ManagerConfig disabled() {
        return new ManagerConfig(false, "127.0.0.1", DEFAULT_PORT, true, Duration.ofSeconds(30), 50, true, Map.of());
    }

    /** The user of that name (case-insensitive, as Asterisk's get_manager_by_name_locked). */
    public ManagerUser user(String name) {
        return users.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * Builds the snapshot.
     *
     * @throws ConfigException naming file and line of the first bad value
     */
    public static ManagerConfig from(ConfigFile file) throws ConfigException {
        ManagerConfig defaults = disabled();
        boolean enabled = defaults.enabled();
        String bindAddress = defaults.bindAddress();
        int port = defaults.port();
        boolean displayConnects = defaults.displayConnects();
        long authTimeout = defaults.authTimeout().toSeconds();
        int authLimit = defaults.authLimit();
        boolean allowMultipleLogin = defaults.allowMultipleLogin();
        ConfigSection general = file.section("general").orElse(null);
        if (general != null) {
            for (ConfigEntry entry : general.entries()) {
                String value = entry.value().strip();
                switch (entry.key().toLowerCase(Locale.ROOT)) {
                    case "enabled" -> enabled = Permissions.isTrue(value);
                    case "bindaddr" -> bindAddress = value;
                    case "port" -> port = number(entry, 0, 65535);
                    case "displayconnects" -> displayConnects = Permissions.isTrue(value);
                    case "authtimeout" -> authTimeout = number(entry, 1, Integer.MAX_VALUE);
                    case "authlimit" -> authLimit = number(entry, 1, Integer.MAX_VALUE);
                    case "allowmultiplelogin" -> allowMultipleLogin = Permissions.isTrue(value);
                    default -> {
                        // webenabled, timestampevents, debug, ... are not supported; Asterisk ignores what it does not know
                    }
                }
            }
        }
        Map<String, ManagerUser> users = new TreeMap<>();
        for (ConfigSection section : file.sections()) {
            if (section.name().equalsIgnoreCase("general")) {
                continue;
            }
            ManagerUser user = user(section, displayConnects, allowMultipleLogin);
            users.put(user.name().toLowerCase(Locale.ROOT), user);
        }
        return new ManagerConfig(enabled, bindAddress, port, displayConnects, Duration.ofSeconds(authTimeout),
                authLimit, allowMultipleLogin, users);
    }

    private static ManagerUser user(ConfigSection section, boolean displayConnects, boolean allowMultipleLogin)
            throws ConfigException {
        String secret = null;
        int read = 0;
        int write = 0;
        Acl acl = new Acl();
        List<String> filters = new ArrayList<>();
        long writeTimeout = 100;
        for (ConfigEntry entry : section.entries()) {
            String value = entry.value().strip();
            switch (entry.key().toLowerCase(Locale.ROOT)) {
                case "secret" -> secret = entry.value();
                case "read" -> read = Permissions.parse(value);
                case "write" -> write = Permissions.parse(value);
                case "deny", "permit" -> {
                    try {
                        acl.add(entry.key().equalsIgnoreCase("permit"), value);
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(entry.file(), entry.line(), e.getMessage());
                    }
                }
                case "eventfilter" -> {
                    try {
                        new EventFilters().add(value);
                    } catch (java.util.regex.PatternSyntaxException e) {
                        throw new ConfigException(entry.file(), entry.line(), "eventfilter does not compile: " + value);
                    }
                    filters.add(value);
                }
                case "writetimeout" -> writeTimeout = number(entry, 100, Integer.MAX_VALUE);
                case "displayconnects" -> displayConnects = Permissions.isTrue(value);
                case "allowmultiplelogin" -> allowMultipleLogin = Permissions.isTrue(value);
                default -> {
                    // acl=, setvar=, ... not supported
                }
            }
        }
        return new ManagerUser(section.name(), secret, read, write, acl, filters, Duration.ofMillis(writeTimeout),
                displayConnects, allowMultipleLogin);
    }

    private static int number(ConfigEntry entry, int min, int max) throws ConfigException {
        try {
            int value = Integer.parseInt(entry.value().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(entry.file(), entry.line(), "invalid " + entry.key() + " '" + entry.value().strip()
                + "' (expected a number from " + min + " to " + max + ")");
    }
}

package org.strowger.core.internal.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.strowger.api.config.ConfigEntry;
import org.strowger.api.config.ConfigException;
import org.strowger.api.config.ConfigFile;
import org.strowger.api.config.ConfigSection;

/**
 * The {@code [modules]} section of {@code modules.conf}: which modules run at boot.
 *
 * @param autoload load every installed module unless {@code noload} names it
 * @param explicit every module named by {@code load}, {@code preload}, {@code require} or
 *     {@code preload-require}, keyed by {@link ModuleNames#key}, with the entry that named it
 * @param noload modules never loaded at boot, with the entry that named them
 */
record ModulesConf(boolean autoload, Map<String, ConfigEntry> explicit, Map<String, ConfigEntry> noload) {

    static final String FILE = "modules.conf";

    /** What Asterisk does without a modules.conf: load everything. */
    static ModulesConf defaults() {
        return new ModulesConf(true, Map.of(), Map.of());
    }

    /**
     * Builds the snapshot from a parsed file.
     *
     * @throws ConfigException naming the file and line of an unknown option, a bad value or a
     *     {@code noload} of a required module
     */
    static ModulesConf from(ConfigFile file) throws ConfigException {
        Optional<ConfigSection> modules = file.section("modules");
        if (modules.isEmpty()) {
            return defaults();
        }
        boolean autoload = false;
        Map<String, ConfigEntry> explicit = new LinkedHashMap<>();
        Map<String, ConfigEntry> noload = new LinkedHashMap<>();
        for (ConfigEntry entry : modules.get().entries()) {
            String key = entry.key().toLowerCase(Locale.ROOT);
            switch (key) {
                case "autoload" -> autoload = parseBoolean(entry);
                case "load", "preload", "require", "preload-require" -> explicit.put(moduleKey(entry), entry);
                case "noload" -> noload.put(moduleKey(entry), entry);
                default -> throw new ConfigException(entry.file(), entry.line(),
                        "unknown option '" + entry.key() + "' in [modules] (use autoload, load, noload, preload or require)");
            }
        }
        for (Map.Entry<String, ConfigEntry> no : noload.entrySet()) {
            ConfigEntry named = explicit.get(no.getKey());
            if (named != null && isRequired(named)) {
                ConfigEntry entry = no.getValue();
                throw new ConfigException(entry.file(), entry.line(),
                        "module '" + entry.value() + "' cannot be both noload and " + named.key() + " (" + named.location() + ")");
            }
        }
        return new ModulesConf(autoload, explicit, noload);
    }

    private static String moduleKey(ConfigEntry entry) throws ConfigException {
        if (entry.value().isBlank()) {
            throw new ConfigException(entry.file(), entry.line(), "'" + entry.key() + "' needs a module name");
        }
        return ModuleNames.key(entry.value());
    }

    private static boolean parseBoolean(ConfigEntry entry) throws ConfigException {
        return switch (entry.value().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "t", "1", "on" -> true;
            case "no", "false", "n", "f", "0", "off" -> false;
            default -> throw new ConfigException(entry.file(), entry.line(),
                    "'" + entry.key() + "' must be yes or no, not '" + entry.value() + "'");
        };
    }

    static boolean isRequired(ConfigEntry entry) {
        String key = entry.key().toLowerCase(Locale.ROOT);
        return key.equals("require") || key.equals("preload-require");
    }

    static boolean isPreload(ConfigEntry entry) {
        return entry.key().toLowerCase(Locale.ROOT).startsWith("preload");
    }

    /** Whether the boot pass loads this module. */
    boolean loadsAtBoot(String moduleName) {
        String key = ModuleNames.key(moduleName);
        return !noload.containsKey(key) && (autoload || explicit.containsKey(key));
    }

    boolean isNoload(String moduleName) {
        return noload.containsKey(ModuleNames.key(moduleName));
    }

    boolean isPreload(String moduleName) {
        ConfigEntry entry = explicit.get(ModuleNames.key(moduleName));
        return entry != null && isPreload(entry);
    }

    /** The {@code load}/{@code require} entries, in file order, for reporting the ones that name no module. */
    List<ConfigEntry> explicitEntries() {
        return new ArrayList<>(explicit.values());
    }
}

package org.strowger.api.module;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The loader: every bundle with a {@code Strowger-Module} header is a module. Loading starts the
 * bundle, unloading stops it, reloading calls its {@link Reloadable}. Names are matched
 * case-insensitively, with or without {@code .so}, as Asterisk does.
 *
 * <p>Outcomes are values, not exceptions; the {@code String} messages are the operator texts that
 * the CLI prints (Asterisk's own words where Asterisk has them).
 */
@org.osgi.annotation.versioning.ProviderType
public interface ModuleRegistry {

    /** The manifest header that makes a bundle a module. */
    String MODULE_HEADER = "Strowger-Module";

    /** Every known module, sorted by name as {@code module show} prints them. */
    List<ModuleInfo> modules();

    /** The module with this name ({@code chan_skype}, {@code chan_skype.so}, any case). */
    Optional<ModuleInfo> find(String name);

    /**
     * Loads a module: starts its bundle, or installs the feature that provides it first.
     *
     * @return the outcome and, on failure, why
     */
    Outcome load(String name);

    /** Unloads a module; with {@link UnloadMode#SOFT} refused while its use count is above 0. */
    Outcome unload(String name, UnloadMode mode);

    /** Reloads one module through its {@link Reloadable}. */
    ReloadResult reload(String name);

    /**
     * Reloads every running module that supports it, as {@code core reload} does.
     *
     * @return each reloaded module's name and result, in load order
     */
    Map<String, ReloadResult> reloadAll();

    /** When the last reload of all modules ran; the boot time until the first one. */
    Instant lastReloadTime();

    /** Whether the boot load pass (modules.conf) has finished. */
    boolean fullyBooted();

    /**
     * The result of a load or unload.
     *
     * @param success whether the module is now in the asked-for state
     * @param reason for the operator when it is not
     */
    record Outcome(boolean success, String reason) {

        public static Outcome ok() {
            return new Outcome(true, "");
        }

        public static Outcome failed(String reason) {
            return new Outcome(false, reason);
        }
    }
}

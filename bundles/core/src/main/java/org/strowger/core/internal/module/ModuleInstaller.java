package org.strowger.core.internal.module;

/**
 * Installs the bundle of a module that is not installed yet (Karaf: the feature that declares the
 * module). Absent outside Karaf; then {@code module load} of an unknown module simply fails.
 */
public interface ModuleInstaller {

    /**
     * Installs what provides the module, without starting it.
     *
     * @return {@code true} if something was installed; {@code false} if nothing provides the module
     * @throws Exception when the installation itself failed; the message says why
     */
    boolean install(String moduleName) throws Exception;
}

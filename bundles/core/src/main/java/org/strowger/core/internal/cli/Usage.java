package org.strowger.core.internal.cli;

/** Asterisk's usage texts, printed when a command's arguments are wrong (CLI_SHOWUSAGE). */
final class Usage {

    static final String MODULE_SHOW = "Usage: module show [like keyword]\n"
            + "       Shows Asterisk modules currently in use, and usage statistics.\n";
    static final String MODULE_LOAD = "Usage: module load <module name>\n"
            + "       Loads the specified module into Asterisk.\n";
    static final String MODULE_UNLOAD = "Usage: module unload [-f|-h] <module_1> [<module_2> ... ]\n"
            + "       Unloads the specified module from Asterisk. The -f\n"
            + "       option causes the module to be unloaded even if it is\n"
            + "       in use (may cause a crash) and the -h module causes the\n"
            + "       module to be unloaded even if the module says it cannot, \n"
            + "       which almost always will cause a crash.\n";
    static final String MODULE_RELOAD = "Usage: module reload [module ...]\n"
            + "       Reloads configuration files for all listed modules which support\n"
            + "       reloading, or for all supported modules if none are listed.\n";
    static final String CORE_RELOAD = "Usage: core reload\n"
            + "       Execute a global reload.\n";
    static final String CORE_SHOW_UPTIME = "Usage: core show uptime [seconds]\n"
            + "       Shows Asterisk uptime information.\n"
            + "       The seconds word returns the uptime in seconds only.\n";
    static final String CORE_SHOW_VERSION = "Usage: core show version\n"
            + "       Shows Asterisk version information.\n";
    // Asterisk's own text, unbalanced quote in item 1 included.
    static final String CORE_SHOW_TRANSLATION = "Usage: 'core show translation' can be used in two ways.\n"
            + "       1. 'core show translation [recalc [<recalc seconds>]]\n"
            + "          Displays known codec translators and the cost associated\n"
            + "          with each conversion.  If the argument 'recalc' is supplied along\n"
            + "          with optional number of seconds to test a new test will be performed\n"
            + "          as the chart is being displayed.\n"
            + "       2. 'core show translation paths [codec [sample_rate]]'\n"
            + "           This will display all the translation paths associated with a codec.\n"
            + "           If a codec has multiple sample rates, the sample rate must be\n"
            + "           provided as well.\n";

    private Usage() {
    }

    /** Asterisk's CLI_FAILURE line. */
    static String failed(String commandLine) {
        return "Command '" + commandLine + "' failed.\n";
    }
}

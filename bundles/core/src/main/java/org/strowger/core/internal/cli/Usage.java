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

    // main/cli.c handle_chanlist, CLI_INIT; the tab-indented lines are Asterisk's own.
    static final String CORE_SHOW_CHANNELS = "Usage: core show channels [concise|verbose|count]\n"
            + "       Lists currently defined channels and some information about them. If\n"
            + "       'concise' is specified, the format is abridged and in a more easily\n"
            + "       machine parsable format. If 'verbose' is specified, the output includes\n"
            + "       more and longer fields. If 'count' is specified only the channel and call\n"
            + "       count is output.\n"
            + "\tThe 'concise' option is deprecated and will be removed from future versions\n"
            + "\tof Asterisk.\n";
    // main/cli.c handle_showchan, CLI_INIT.
    static final String CORE_SHOW_CHANNEL = "Usage: core show channel <channel>\n"
            + "       Shows lots of information about the specified channel.\n";
    // main/pbx_functions.c handle_show_functions and handle_show_function, CLI_INIT.
    static final String CORE_SHOW_FUNCTIONS = "Usage: core show functions [like <text>]\n"
            + "       List builtin functions, optionally only those matching a given string\n";
    static final String CORE_SHOW_FUNCTION = "Usage: core show function <function>\n"
            + "       Describe a particular dialplan function.\n";
    // main/extension_state.c handle_show_hint, CLI_INIT.
    static final String CORE_SHOW_HINT = "Usage: core show hint <exten>\n"
            + "       List registered hint.\n"
            + "       Hint details are shown in five columns. In order from left to right, they are:\n"
            + "       1. Hint extension URI.\n"
            + "       2. List of mapped device or presence state identifiers.\n"
            + "       3. Current extension state. The aggregate of mapped device states.\n"
            + "       4. Current presence state for the mapped presence state provider.\n"
            + "       5. Watchers - number of subscriptions and other entities watching this hint.\n";
    // funcs/func_devstate.c handle_cli_devstate_list, CLI_INIT.
    static final String DEVSTATE_LIST = "Usage: devstate list\n"
            + "       List all custom device states that have been set by using\n"
            + "       the DEVICE_STATE dialplan function.\n";
    // funcs/func_devstate.c handle_cli_devstate_change, CLI_INIT; the trailing blanks are Asterisk's.
    static final String DEVSTATE_CHANGE = "Usage: devstate change <device> <state>\n"
            + "       Change a custom device to a new state.\n"
            + "       The possible values for the state are:\n"
            + "UNKNOWN | NOT_INUSE | INUSE | BUSY | INVALID | UNAVAILABLE | RINGING\n"
            + "RINGINUSE | ONHOLD\n"
            + "\n"
            + "Examples:\n"
            + "       devstate change Custom:mystate1 INUSE\n"
            + "       devstate change Custom:mystate1 NOT_INUSE\n"
            + "       \n";
    // main/cli.c handle_softhangup, CLI_INIT.
    static final String CHANNEL_REQUEST_HANGUP = "Usage: channel request hangup <channel>|<all>\n"
            + "       Request that a channel be hung up. The hangup takes effect\n"
            + "       the next time the driver reads or writes from the channel.\n"
            + "       If 'all' is specified instead of a channel name, all channels\n"
            + "       will see the hangup request.\n";
    // res/res_clioriginate.c handle_orig, CLI_INIT: no "Usage:" on the first line, as in Asterisk.
    static final String CHANNEL_ORIGINATE = "  There are two ways to use this command. A call can be originated between a\n"
            + "channel and a specific application, or between a channel and an extension in\n"
            + "the dialplan. This is similar to call files or the manager originate action.\n"
            + "Calls originated with this command are given a timeout of 30 seconds.\n\n"
            + "Usage1: channel originate <tech/data> application <appname> [appdata]\n"
            + "  This will originate a call between the specified channel tech/data and the\n"
            + "given application. Arguments to the application are optional. If the given\n"
            + "arguments to the application include spaces, all of the arguments to the\n"
            + "application need to be placed in quotation marks.\n\n"
            + "Usage2: channel originate <tech/data> extension [exten@][context]\n"
            + "  This will originate a call between the specified channel tech/data and the\n"
            + "given extension. If no context is specified, the 'default' context will be\n"
            + "used. If no extension is given, the 's' extension will be used.\n";

    // main/pbx.c handle_show_dialplan, CLI_INIT.
    static final String DIALPLAN_SHOW = "Usage: dialplan show [[exten@]context]\n"
            + "       Show dialplan\n";
    // main/pbx_app.c handle_show_application, CLI_INIT.
    static final String CORE_SHOW_APPLICATION = "Usage: core show application <application> [<application> [<application> [...]]]\n"
            + "       Describes a particular application.\n";

    private Usage() {
    }

    /** Asterisk's CLI_FAILURE line. */
    static String failed(String commandLine) {
        return "Command '" + commandLine + "' failed.\n";
    }
}

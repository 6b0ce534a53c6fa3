package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.channel.ChannelService;
import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.Originator;

/**
 * {@code channel originate <tech/data> application <appname> [appdata]} and
 * {@code channel originate <tech/data> extension [exten@][context]}, with the argument rules of
 * res/res_clioriginate.c {@code handle_orig}, {@code orig_app} and {@code orig_exten}. Like
 * Asterisk, the call is placed in the background and the command returns at once.
 */
@Service
@Command(scope = "channel", name = "originate", description = "Originates a call (Asterisk: channel originate <tech/data>"
        + " application <appname> [appdata] | channel originate <tech/data> extension [exten@][context])")
public class ChannelOriginateCommand extends AsteriskCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelOriginateCommand.class);

    @Reference
    Originator originator;

    @Reference
    ChannelService channels;

    @Argument(index = 0, name = "tech/data", description = "the channel to call, e.g. Skype/echo123")
    String channel;

    @Argument(index = 1, name = "application|extension", description = "where the answered call goes")
    @Completion(value = StringsCompleter.class, values = {"application", "extension"})
    String kind;

    @Argument(index = 2, name = "target", description = "application: the application name; extension: [exten@][context]")
    String target;

    // Asterisk reads argv[5] as the application data and ignores anything after it.
    @Argument(index = 3, name = "appdata", multiValued = true, description = "application: its data (quote it if it has spaces)")
    List<String> rest = new ArrayList<>();

    @Override
    String render() {
        if (isEmpty(channel) || isEmpty(kind)) {
            return Usage.CHANNEL_ORIGINATE;
        }
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "application":
                return application();
            case "extension":
                return extension();
            default:
                return Usage.CHANNEL_ORIGINATE;
        }
    }

    /** orig_app: an application name is required; no "/" in the channel is refused before dialing. */
    private String application() {
        if (isEmpty(target)) {
            return Usage.CHANNEL_ORIGINATE;
        }
        if (channel.indexOf('/') < 0) {
            return noData();
        }
        String data = rest.isEmpty() ? "" : rest.get(0);
        return originate(OriginateRequest.toApplication(channel, target, data));
    }

    /**
     * orig_exten: the target is split at the first "@"; an empty extension is {@code s} and an
     * empty context is {@code default}, so a bare word is an extension in {@code default}.
     */
    private String extension() {
        if (channel.indexOf('/') < 0) {
            return noData();
        }
        String exten = target == null ? "" : target;
        String context = "";
        int at = exten.indexOf('@');
        if (at >= 0) {
            context = exten.substring(at + 1);
            exten = exten.substring(0, at);
        }
        if (exten.isEmpty()) {
            exten = "s";
        }
        if (context.isEmpty()) {
            context = "default";
        }
        return originate(OriginateRequest.toExtension(channel, context, exten, 1));
    }

    /** res_clioriginate's text for a channel without "/", followed by the usage (CLI_SHOWUSAGE). */
    private static String noData() {
        return "*** No data provided after channel type! ***\n" + Usage.CHANNEL_ORIGINATE;
    }

    private String originate(OriginateRequest request) {
        String technology = request.channel().substring(0, request.channel().indexOf('/'));
        if (channels != null && channels.technologies().stream().noneMatch(technology::equalsIgnoreCase)) {
            // Asterisk only logs this from the dialing thread; a shell user would never see why nothing rang.
            return "No channel type registered for '" + technology + "'\n";
        }
        try {
            // res_clioriginate passes synchronous=0: the CLI does not wait for the call.
            originator.originate(request).whenComplete((result, failure) -> {
                if (failure != null) {
                    LOG.warn("channel originate {} failed", request.channel(), failure);
                } else {
                    LOG.debug("channel originate {}: {}", request.channel(), result);
                }
            });
            return "";
        } catch (OriginateException e) {
            // Asterisk logs these as WARNINGs, which its console shows next to the command; an ssh
            // or AMI session sees no log, so the reason is printed instead.
            String message = e.getMessage() == null ? "Originate failed" : e.getMessage();
            return message.endsWith("\n") ? message : message + "\n";
        }
    }

    @Override
    String asteriskLine() {
        List<String> words = new ArrayList<>(List.of("channel", "originate"));
        for (String word : new String[] {channel, kind, target}) {
            if (word != null) {
                words.add(word);
            }
        }
        words.addAll(rest);
        return String.join(" ", words);
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }
}

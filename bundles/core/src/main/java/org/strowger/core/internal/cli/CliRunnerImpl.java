package org.strowger.core.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Command;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strowger.api.cli.CliRunner;

/**
 * Runs Asterisk CLI lines through Karaf's shell, so the text is exactly what the console and ssh
 * print. Runs as an administrator: the AMI {@code Command} action checks its own permissions first.
 */
@Component(service = CliRunner.class)
public final class CliRunnerImpl implements CliRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CliRunnerImpl.class);
    private static final String USER = "strowger-cli";

    private final SessionFactory sessions;

    @Activate
    public CliRunnerImpl(@Reference SessionFactory sessions) {
        this.sessions = sessions;
    }

    @Override
    public String run(String line) {
        String asterisk = line.strip().replaceAll("\\s+", " ");
        if (asterisk.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
                Session session = sessions.create(InputStream.nullInputStream(), out, out)) {
            try {
                Subject.doAs(administrator(), (PrivilegedExceptionAction<Object>) () ->
                        session.execute(CliRunner.toKarafCommand(asterisk)));
            } catch (java.security.PrivilegedActionException e) {
                out.print(describe(asterisk, e.getException()));
            } catch (RuntimeException e) {
                out.print(describe(asterisk, e));
            }
            out.flush();
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private String describe(String line, Exception e) {
        if (e.getClass().getSimpleName().equals("CommandNotFoundException")) {
            return "No such command '" + line + "' (type 'core show help " + bestPrefix(line)
                    + "' for other possible commands)\n";
        }
        LOG.debug("CLI line '{}' failed", line, e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.endsWith("\n") ? message : message + "\n";
    }

    /** Asterisk's find_best(): the longest start of the line that names known commands. */
    private String bestPrefix(String line) {
        List<String> words = Arrays.asList(line.split(" "));
        Set<String> commands = sessions.getRegistry().getCommands().stream()
                .map(c -> (c.getScope() + " " + c.getName()).toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Set<String> scopes = sessions.getRegistry().getCommands().stream()
                .map(Command::getScope).map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (words.size() >= 2 && commands.contains((words.get(0) + " " + words.get(1)).toLowerCase(Locale.ROOT))) {
            return words.get(0) + " " + words.get(1);
        }
        if (scopes.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return words.get(0);
        }
        return "";
    }

    private static Subject administrator() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(USER));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        return subject;
    }
}

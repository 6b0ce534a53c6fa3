package org.strowger.community.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.strowger.community.directory.Account;
import org.strowger.community.directory.AccountType;
import org.strowger.community.directory.AdminOperations;
import org.strowger.community.directory.DirectoryEvent;
import org.strowger.community.directory.DirectoryException;
import org.strowger.community.protocol.Names;
import org.strowger.community.protocol.ProfileProperty;

/**
 * The manual's Business Control Panel over the directory: argument checking and the text an operator reads.
 * Failures are {@link IllegalArgumentException}s whose message is the whole story (no stack traces).
 */
final class BusinessControlPanel implements AdminOperations {

    /** The command words, with the usage shown on mistakes. */
    private static final Map<String, String> USAGE = Map.of(
            "add account", "add account <name> <password> [business|personal|administrator] [fullname...]",
            "remove account", "remove account <name>",
            "show accounts", "show accounts",
            "show account", "show account <name>",
            "set credit", "set credit <name> <cents> [currency]",
            "add skypein", "add skypein <+number> <account>",
            "remove skypein", "remove skypein <+number>",
            "add buddies", "add buddies <account> <account>");
    private static final List<String> ORDER = List.of("add account", "remove account", "show accounts", "show account",
            "set credit", "add skypein", "remove skypein", "add buddies");

    private final MvStoreDirectory directory;

    BusinessControlPanel(MvStoreDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Result addAccount(String name, String password, String type, String fullname) {
        if (!Names.isAccount(name)) {
            throw new IllegalArgumentException("invalid account name '" + name + "' (" + Names.ACCOUNT_RULE + ")");
        }
        AccountType accountType = type == null || type.isBlank() ? AccountType.BUSINESS : AccountType.parse(type);
        Account account = call(() -> directory.createAccount(name, password, accountType, fullname));
        return new Result("Account " + account.name() + " (" + accountType.word() + ") added", List.of());
    }

    @Override
    public Result removeAccount(String name) {
        List<DirectoryEvent> events = call(() -> directory.removeAccount(name));
        return new Result("Account " + name + " removed", events);
    }

    @Override
    public Result showAccounts() {
        String format = "%-24s %-13s %-9s %-30s %14s";
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, format, "Name", "Type", "Status", "Full name", "Credit"));
        int count = 0;
        for (String name : directory.accountNames()) {
            Account a = directory.account(name).orElse(null);
            if (a == null) {
                continue; // removed while listing
            }
            text.append('\n').append(String.format(Locale.ROOT, format, a.name(), a.type().word(),
                    directory.onlineStatus(name, name), truncate(a.value(ProfileProperty.FULLNAME), 30), credit(a)));
            count++;
        }
        text.append('\n').append(count).append(count == 1 ? " account" : " accounts");
        return new Result(text.toString(), List.of());
    }

    @Override
    public Result showAccount(String name) {
        Account a = directory.account(name)
                .orElseThrow(() -> new IllegalArgumentException("no such account " + name));
        StringBuilder text = new StringBuilder();
        line(text, "Name", a.name());
        line(text, "Type", a.type().word() + (a.type().mayLogInFromPbx() ? "" : " (may not log in from a PBX)"));
        line(text, "Status", directory.onlineStatus(name, name));
        line(text, "Availability", a.availability().name());
        line(text, "Credit", credit(a));
        for (ProfileProperty p : ProfileProperty.values()) {
            if (p != ProfileProperty.PSTN_BALANCE && p != ProfileProperty.PSTN_BALANCE_CURRENCY) {
                line(text, p.name(), a.value(p));
            }
        }
        line(text, "Buddies", String.join(", ", directory.buddies(name)));
        line(text, "Waiting", String.join(", ", directory.usersWaitingAuthorization(name)));
        text.setLength(text.length() - 1);
        return new Result(text.toString(), List.of());
    }

    @Override
    public Result setCredit(String name, String cents, String currency) {
        long amount;
        try {
            amount = Long.parseLong(cents.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("credit '" + cents + "' is not a whole number of cents");
        }
        List<DirectoryEvent> events = call(() -> directory.setCredit(name, amount, currency));
        Account a = directory.account(name).orElseThrow();
        return new Result("Credit of " + name + " set to " + credit(a), events);
    }

    @Override
    public Result addSkypeIn(String number, String account) {
        if (!Names.isPhoneNumber(number)) {
            throw new IllegalArgumentException("invalid number '" + number + "' (expected +E.164: " + Names.NUMBER_RULE + ")");
        }
        List<DirectoryEvent> events = call(() -> directory.addSkypeIn(number, account));
        return new Result("SkypeIn number " + number + " now rings " + account, events);
    }

    @Override
    public Result removeSkypeIn(String number) {
        List<DirectoryEvent> events = call(() -> directory.removeSkypeIn(number));
        return new Result("SkypeIn number " + number + " removed", events);
    }

    @Override
    public Result addBuddies(String first, String second) {
        if (first.equals(second)) {
            throw new IllegalArgumentException("an account cannot be its own buddy");
        }
        for (String name : List.of(first, second)) {
            if (!directory.exists(name)) {
                throw new IllegalArgumentException("no such account " + name);
            }
        }
        List<DirectoryEvent> events = call(() -> directory.addMutualBuddies(first, second));
        return new Result(first + " and " + second + " are now buddies, authorised both ways", events);
    }

    @Override
    public Result run(List<String> words) {
        String command = command(words);
        if (command == null) {
            throw new IllegalArgumentException("unknown command '" + String.join(" ", words) + "'; known commands:\n  "
                    + String.join("\n  ", usage()));
        }
        List<String> args = words.subList(2, words.size());
        return switch (command) {
            case "add account" -> {
                expect(command, args, 2, Integer.MAX_VALUE);
                String type = args.size() > 2 ? args.get(2) : null;
                String fullname = args.size() > 3 ? String.join(" ", args.subList(3, args.size())) : null;
                yield addAccount(args.get(0), args.get(1), type, fullname);
            }
            case "remove account" -> {
                expect(command, args, 1, 1);
                yield removeAccount(args.get(0));
            }
            case "show accounts" -> {
                expect(command, args, 0, 0);
                yield showAccounts();
            }
            case "show account" -> {
                expect(command, args, 1, 1);
                yield showAccount(args.get(0));
            }
            case "set credit" -> {
                expect(command, args, 2, 3);
                yield setCredit(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
            }
            case "add skypein" -> {
                expect(command, args, 2, 2);
                yield addSkypeIn(args.get(0), args.get(1));
            }
            case "remove skypein" -> {
                expect(command, args, 1, 1);
                yield removeSkypeIn(args.get(0));
            }
            case "add buddies" -> {
                expect(command, args, 2, 2);
                yield addBuddies(args.get(0), args.get(1));
            }
            default -> throw new IllegalStateException(command);
        };
    }

    @Override
    public boolean handles(List<String> words) {
        return command(words) != null;
    }

    @Override
    public List<String> usage() {
        return ORDER.stream().map(USAGE::get).toList();
    }

    private static String command(List<String> words) {
        if (words.size() < 2) {
            return null;
        }
        String command = words.get(0).toLowerCase(Locale.ROOT) + " " + words.get(1).toLowerCase(Locale.ROOT);
        return USAGE.containsKey(command) ? command : null;
    }

    private static void expect(String command, List<String> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new IllegalArgumentException("usage: " + USAGE.get(command));
        }
    }

    private interface Operation<T> {
        T run() throws DirectoryException;
    }

    /** Directory refusals become operator messages. */
    private static <T> T call(Operation<T> operation) {
        try {
            return operation.run();
        } catch (DirectoryException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String credit(Account a) {
        long cents = a.balanceCents();
        return String.format(Locale.ROOT, "%d.%02d %s", cents / 100, cents % 100, a.currency());
    }

    private static String truncate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "%-22s: %s\n", label, value));
    }
}

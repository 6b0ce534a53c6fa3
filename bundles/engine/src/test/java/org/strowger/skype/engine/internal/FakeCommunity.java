package org.strowger.skype.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.strowger.api.media.Format;
import org.strowger.skype.engine.internal.link.CommunityLink;
import org.strowger.skype.engine.internal.link.LinkCall;
import org.strowger.skype.engine.internal.link.LinkException;
import org.strowger.skype.engine.internal.link.LinkListener;
import org.strowger.skype.engine.internal.link.LinkSession;

/**
 * A community for unit tests behind the engine's link seam: answers the commands the engine sends from a
 * table of replies (as docs/community-protocol.md shapes them), can refuse logins, push notifications
 * and drop the connection.
 */
final class FakeCommunity implements CommunityLink {

    /** Replies by command; a command not in the table gets {@code ERROR 1 unknown command}. */
    final Map<String, String> replies = new ConcurrentHashMap<>();
    final List<String> commands = new CopyOnWriteArrayList<>();
    final AtomicInteger opens = new AtomicInteger();
    volatile LinkException refuseLogin;
    volatile boolean unreachable;
    volatile LinkListener listener;
    volatile Session session;

    FakeCommunity() {
        replies.put("GET USERSTATUS", "USERSTATUS ONLINE");
        for (String p : Account.PROFILE_PROPERTIES) {
            replies.put("GET PROFILE " + p, "PROFILE " + p);
        }
        replies.put("GET PROFILE FULLNAME", "PROFILE FULLNAME James Bond");
        replies.put("GET PROFILE PSTN_BALANCE", "PROFILE PSTN_BALANCE 5000");
        replies.put("GET PROFILE PSTN_BALANCE_CURRENCY", "PROFILE PSTN_BALANCE_CURRENCY EUR");
        replies.put("SEARCH FRIENDS", "USERS austin_powers, echo123, +12564286000");
        replies.put("SEARCH USERSWAITINGMYAUTHORIZATION", "USERS ");
        buddy("austin_powers", "Austin Powers", "3", "TRUE", "OFFLINE", "TRUE");
        buddy("echo123", "Echo / Sound Test Service", "3", "TRUE", "ONLINE", "FALSE");
        buddy("+12564286000", "", "3", "FALSE", "SKYPEOUT", "FALSE");
        replies.put("PING", "PONG");
    }

    void buddy(String name, String fullname, String buddyStatus, String authorized, String online, String voicemail) {
        String u = "USER " + name + " ";
        replies.put("GET " + u + "FULLNAME", u + "FULLNAME " + fullname);
        replies.put("GET " + u + "MOOD_TEXT", u + "MOOD_TEXT");
        replies.put("GET " + u + "BUDDYSTATUS", u + "BUDDYSTATUS " + buddyStatus);
        replies.put("GET " + u + "ISAUTHORIZED", u + "ISAUTHORIZED " + authorized);
        replies.put("GET " + u + "ISBLOCKED", u + "ISBLOCKED FALSE");
        replies.put("GET " + u + "ONLINESTATUS", u + "ONLINESTATUS " + online);
        replies.put("GET " + u + "IS_VOICEMAIL_CAPABLE", u + "IS_VOICEMAIL_CAPABLE " + voicemail);
        replies.put("GET " + u + "IS_CF_ACTIVE", u + "IS_CF_ACTIVE FALSE");
    }

    @Override
    public CompletionStage<LinkSession> open(String username, String secret, LinkListener l) {
        opens.incrementAndGet();
        listener = l;
        if (unreachable) {
            return CompletableFuture.failedFuture(new LinkException("Connection refused", null));
        }
        l.progress(LinkListener.Progress.CONNECTED);
        l.progress(LinkListener.Progress.CHALLENGED);
        if (refuseLogin != null) {
            return CompletableFuture.failedFuture(refuseLogin);
        }
        session = new Session();
        return CompletableFuture.completedFuture(session);
    }

    /** An unsolicited line from the community. */
    void notify(String line) {
        listener.notification(line);
    }

    /** The community goes away. */
    void drop() {
        session = null;
        listener.closed("connection reset", false);
    }

    final class Session implements LinkSession {
        volatile boolean closed;

        @Override
        public CompletionStage<String> command(String command) {
            commands.add(command);
            if (command.startsWith("SET PROFILE ")) {
                String rest = command.substring("SET PROFILE ".length());
                String property = rest.split(" ")[0];
                if (property.equals("PSTN_BALANCE")) {
                    return CompletableFuture.failedFuture(new LinkException(7, "property PSTN_BALANCE is read-only"));
                }
                replies.put("GET PROFILE " + property, "PROFILE " + rest);
                return CompletableFuture.completedFuture("PROFILE " + rest);
            }
            if (command.startsWith("SET USERSTATUS ")) {
                return CompletableFuture.completedFuture(command.substring(4));
            }
            String reply = replies.get(command);
            if (reply == null) {
                return CompletableFuture.failedFuture(new LinkException(1, "unknown command " + command));
            }
            return CompletableFuture.completedFuture(reply);
        }

        @Override
        public CompletionStage<LinkCall> call(String target, List<Format> formats, String topic, boolean tcp) {
            return CompletableFuture.failedFuture(new LinkException(3, "calls are not part of this fake"));
        }

        @Override
        public Optional<LinkCall> incoming(String id) {
            return Optional.empty();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

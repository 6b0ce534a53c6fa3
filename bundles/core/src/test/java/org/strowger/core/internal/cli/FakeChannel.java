package org.strowger.core.internal.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;

/** A channel that only holds values; hangup records its cause. */
final class FakeChannel implements Channel {

    String name;
    String technology;
    String uniqueId;
    String linkedId;
    Instant created;
    ChannelState state = ChannelState.UP;
    CallerId callerId = CallerId.UNKNOWN;
    CallerId connectedLine = CallerId.UNKNOWN;
    String context = "";
    String exten = "";
    int priority = 1;
    String application = "";
    String applicationData = "";
    String language = "en";
    String musicClass = "default";
    String accountCode = "";
    final Map<String, String> variables = new LinkedHashMap<>();
    Set<Format> nativeFormats = new LinkedHashSet<>(List.of(Format.ULAW));
    Format readFormat = Format.ULAW;
    Format writeFormat = Format.ULAW;
    Bridge bridge;
    final List<Integer> hangups = new ArrayList<>();

    FakeChannel(String name, String uniqueId, Instant created) {
        this.name = name;
        this.technology = name.substring(0, name.indexOf('/'));
        this.uniqueId = uniqueId;
        this.linkedId = uniqueId;
        this.created = created;
    }

    @Override public String name() { return name; }
    @Override public String technology() { return technology; }
    @Override public String uniqueId() { return uniqueId; }
    @Override public String linkedId() { return linkedId; }
    @Override public Instant created() { return created; }
    @Override public ChannelState state() { return state; }
    @Override public CallerId callerId() { return callerId; }
    @Override public void setCallerId(CallerId id) { callerId = id; }
    @Override public CallerId connectedLine() { return connectedLine; }
    @Override public void setConnectedLine(CallerId id) { connectedLine = id; }
    @Override public String context() { return context; }
    @Override public String exten() { return exten; }
    @Override public int priority() { return priority; }

    @Override
    public void setDialplanLocation(String newContext, String newExten, int newPriority) {
        context = newContext;
        exten = newExten;
        priority = newPriority;
    }

    @Override public String application() { return application; }
    @Override public String applicationData() { return applicationData; }

    @Override
    public void setApplication(String app, String data) {
        application = app;
        applicationData = data;
    }

    @Override public String language() { return language; }
    @Override public void setLanguage(String value) { language = value; }
    @Override public String musicClass() { return musicClass; }
    @Override public void setMusicClass(String value) { musicClass = value; }
    @Override public String accountCode() { return accountCode; }
    @Override public void setAccountCode(String value) { accountCode = value; }
    @Override public Optional<String> variable(String key) { return Optional.ofNullable(variables.get(key)); }

    @Override
    public void setVariable(String key, String value) {
        String plain = key.startsWith("__") ? key.substring(2) : key.startsWith("_") ? key.substring(1) : key;
        if (value == null) {
            variables.remove(plain);
        } else {
            variables.put(plain, value);
        }
    }

    @Override public Map<String, String> variables() { return new LinkedHashMap<>(variables); }
    @Override public Set<Format> nativeFormats() { return nativeFormats; }
    @Override public Format readFormat() { return readFormat; }
    @Override public Format writeFormat() { return writeFormat; }
    @Override public Optional<Bridge> bridge() { return Optional.ofNullable(bridge); }
    @Override public void answer() { state = ChannelState.UP; }
    @Override public void call(long timeoutMillis) { }
    @Override public void indicate(ControlFrame.Control control, String data) { }
    @Override public void write(Frame frame) { }
    @Override public boolean transfer(String destination) { return false; }
    @Override public Frame read(long timeout, TimeUnit unit) { return null; }

    @Override
    public void hangup(int cause) {
        hangups.add(cause);
    }

    @Override public boolean isHungUp() { return !hangups.isEmpty(); }
    @Override public int hangupCause() { return hangups.isEmpty() ? 0 : hangups.get(0); }

    @Override
    public CompletionStage<Integer> hungUp() {
        return new CompletableFuture<>();
    }

    @Override public Optional<String> technologyItem(String item) { return Optional.empty(); }

    @Override
    public boolean setTechnologyItem(String item, String value) {
        return false;
    }
}

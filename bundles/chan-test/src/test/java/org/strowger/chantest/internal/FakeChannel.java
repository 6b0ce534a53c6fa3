package org.strowger.chantest.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.strowger.api.channel.Bridge;
import org.strowger.api.channel.CallerId;
import org.strowger.api.channel.Channel;
import org.strowger.api.channel.ChannelState;
import org.strowger.api.channel.NewChannel;
import org.strowger.api.media.ControlFrame;
import org.strowger.api.media.Format;
import org.strowger.api.media.Frame;

/** A channel that knows its name, spec and state; the driver needs nothing else from it. */
final class FakeChannel implements Channel {

    private final String name;
    private final NewChannel spec;
    private volatile ChannelState state;

    FakeChannel(String name, NewChannel spec) {
        this.name = name;
        this.spec = spec;
        this.state = spec.state();
    }

    void setState(ChannelState newState) {
        this.state = newState;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String technology() {
        return spec.technology();
    }

    @Override
    public String uniqueId() {
        throw new UnsupportedOperationException("uniqueId");
    }

    @Override
    public String linkedId() {
        throw new UnsupportedOperationException("linkedId");
    }

    @Override
    public Instant created() {
        throw new UnsupportedOperationException("created");
    }

    @Override
    public ChannelState state() {
        return state;
    }

    @Override
    public CallerId callerId() {
        return spec.callerId();
    }

    @Override
    public void setCallerId(CallerId callerId) {
        throw new UnsupportedOperationException("setCallerId");
    }

    @Override
    public CallerId connectedLine() {
        throw new UnsupportedOperationException("connectedLine");
    }

    @Override
    public void setConnectedLine(CallerId connectedLine) {
        throw new UnsupportedOperationException("setConnectedLine");
    }

    @Override
    public String context() {
        return spec.context();
    }

    @Override
    public String exten() {
        return spec.exten();
    }

    @Override
    public int priority() {
        throw new UnsupportedOperationException("priority");
    }

    @Override
    public void setDialplanLocation(String context, String exten, int priority) {
        throw new UnsupportedOperationException("setDialplanLocation");
    }

    @Override
    public String application() {
        throw new UnsupportedOperationException("application");
    }

    @Override
    public String applicationData() {
        throw new UnsupportedOperationException("applicationData");
    }

    @Override
    public void setApplication(String application, String data) {
        throw new UnsupportedOperationException("setApplication");
    }

    @Override
    public String language() {
        throw new UnsupportedOperationException("language");
    }

    @Override
    public void setLanguage(String language) {
        throw new UnsupportedOperationException("setLanguage");
    }

    @Override
    public String musicClass() {
        throw new UnsupportedOperationException("musicClass");
    }

    @Override
    public void setMusicClass(String musicClass) {
        throw new UnsupportedOperationException("setMusicClass");
    }

    @Override
    public String accountCode() {
        throw new UnsupportedOperationException("accountCode");
    }

    @Override
    public void setAccountCode(String accountCode) {
        throw new UnsupportedOperationException("setAccountCode");
    }

    @Override
    public Optional<String> variable(String name) {
        throw new UnsupportedOperationException("variable");
    }

    @Override
    public void setVariable(String name, String value) {
        throw new UnsupportedOperationException("setVariable");
    }

    @Override
    public Map<String, String> variables() {
        throw new UnsupportedOperationException("variables");
    }

    @Override
    public Set<Format> nativeFormats() {
        return spec.nativeFormats();
    }

    @Override
    public Format readFormat() {
        throw new UnsupportedOperationException("readFormat");
    }

    @Override
    public Format writeFormat() {
        throw new UnsupportedOperationException("writeFormat");
    }

    @Override
    public Optional<Bridge> bridge() {
        throw new UnsupportedOperationException("bridge");
    }

    @Override
    public void answer() {
        throw new UnsupportedOperationException("answer");
    }

    @Override
    public void call(long timeoutMillis) {
        throw new UnsupportedOperationException("call");
    }

    @Override
    public void indicate(ControlFrame.Control control, String data) {
        throw new UnsupportedOperationException("indicate");
    }

    @Override
    public void write(Frame frame) {
        throw new UnsupportedOperationException("write");
    }

    @Override
    public boolean transfer(String destination) {
        throw new UnsupportedOperationException("transfer");
    }

    @Override
    public Frame read(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("read");
    }

    @Override
    public void hangup(int cause) {
        throw new UnsupportedOperationException("hangup");
    }

    @Override
    public boolean isHungUp() {
        throw new UnsupportedOperationException("isHungUp");
    }

    @Override
    public int hangupCause() {
        throw new UnsupportedOperationException("hangupCause");
    }

    @Override
    public CompletionStage<Integer> hungUp() {
        throw new UnsupportedOperationException("hungUp");
    }

    @Override
    public Optional<String> technologyItem(String item) {
        throw new UnsupportedOperationException("technologyItem");
    }

    @Override
    public boolean setTechnologyItem(String item, String value) {
        return false;
    }
}

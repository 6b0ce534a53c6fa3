package org.strowger.core.internal.dialplan;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.strowger.api.channel.Channel;
import org.strowger.api.dialplan.DialplanApplication;

/** {@code Record(data)} for tests: remembers each run (channel, data, thread) and goes on. */
public final class RecordingApplication implements DialplanApplication {

    public record Run(String channel, String data, String thread, String exten, int priority) {
    }

    public final List<Run> runs = new CopyOnWriteArrayList<>();

    @Override
    public Result execute(Channel channel, String data) {
        runs.add(new Run(channel.name(), data, Thread.currentThread().getName(), channel.exten(), channel.priority()));
        return Result.CONTINUE;
    }

    public List<String> data() {
        return runs.stream().map(Run::data).toList();
    }
}

package org.strowger.core.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.strowger.api.channel.OriginateException;
import org.strowger.api.channel.OriginateRequest;
import org.strowger.api.channel.OriginateResult;
import org.strowger.api.channel.Originator;

/** Records requests; refuses them with {@link #refusal} when set; never finishes a call. */
final class FakeOriginator implements Originator {

    final List<OriginateRequest> requests = new ArrayList<>();
    String refusal;

    @Override
    public CompletionStage<OriginateResult> originate(OriginateRequest request) throws OriginateException {
        if (refusal != null) {
            throw new OriginateException(refusal);
        }
        requests.add(request);
        // Never completed: a command that waited for it would hang the test.
        return new CompletableFuture<>();
    }
}

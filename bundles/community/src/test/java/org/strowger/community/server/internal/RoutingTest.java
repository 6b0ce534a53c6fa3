package org.strowger.community.server.internal;

import static org.junit.Assert.assertEquals;

import java.util.Optional;

import org.junit.Test;
import org.strowger.community.directory.DebitResult;
import org.strowger.community.directory.PstnBehaviour;
import org.strowger.community.protocol.FailureReason;
import org.strowger.community.server.internal.Routing.Action;
import org.strowger.community.server.internal.Routing.Decision;
import org.strowger.community.server.internal.Routing.EndStatus;

/** The routing rules of protocol section 7, decision by decision. */
public class RoutingTest {
    private static Routing.AccountFacts facts(boolean blocked, int sessions, boolean dnd, boolean forward,
            boolean voicemail, boolean forwarded) {
        return new Routing.AccountFacts(true, blocked, sessions, dnd, forward, voicemail, forwarded);
    }

    @Test
    public void onlineCalleeRings() {
        assertEquals(Action.RING, Routing.toAccount(facts(false, 2, false, false, false, false)).action());
        // forwarding on no answer is a timer, not a routing decision
        assertEquals(Action.RING, Routing.toAccount(facts(false, 1, false, true, false, false)).action());
    }

    @Test
    public void blockBeatsEverything() {
        Decision d = Routing.toAccount(facts(true, 1, true, true, true, false));
        assertEquals(Action.END, d.action());
        assertEquals(EndStatus.REFUSED, d.status());
    }

    @Test
    public void offlineCalleeForwardsOrFailsWithVoicemailText() {
        assertEquals(Action.FORWARD_NOW, Routing.toAccount(facts(false, 0, false, true, true, false)).action());
        Decision plain = Routing.toAccount(facts(false, 0, false, false, false, false));
        assertEquals(EndStatus.FAILED, plain.status());
        assertEquals(FailureReason.USER_OFFLINE, plain.reason());
        assertEquals("user offline", plain.reasonText());
        Decision vm = Routing.toAccount(facts(false, 0, false, false, true, false));
        assertEquals("user offline (voicemail)", vm.reasonText());
        // one hop: an already forwarded call is not forwarded again
        assertEquals(EndStatus.FAILED, Routing.toAccount(facts(false, 0, false, true, false, true)).status());
    }

    @Test
    public void dndIsBusy() {
        assertEquals(EndStatus.BUSY, Routing.toAccount(facts(false, 1, true, false, false, false)).status());
    }

    @Test
    public void unknownAccountFails() {
        Decision d = Routing.toAccount(new Routing.AccountFacts(false, false, 0, false, false, false, false));
        assertEquals(FailureReason.NO_SUCH_USER, d.reason());
    }

    @Test
    public void numbers() {
        Optional<DebitResult.Refused> ok = Optional.empty();
        assertEquals(Action.SKYPEIN, Routing.toNumber(true, ok, Optional.empty()).action());
        assertEquals(Action.PSTN, Routing.toNumber(false, ok, Optional.of(PstnBehaviour.parse("echo"))).action());
        assertEquals(Action.PSTN, Routing.toNumber(false, ok, Optional.of(PstnBehaviour.parse("slow 3"))).action());
        assertEquals(Action.PSTN, Routing.toNumber(false, ok, Optional.of(PstnBehaviour.parse("noanswer"))).action());
        assertEquals(EndStatus.BUSY, Routing.toNumber(false, ok, Optional.of(PstnBehaviour.parse("busy"))).status());
        assertEquals(FailureReason.INVALID_NUMBER,
                Routing.toNumber(false, ok, Optional.of(PstnBehaviour.parse("invalid"))).reason());
        assertEquals(FailureReason.INVALID_NUMBER, Routing.toNumber(false, ok, Optional.empty()).reason());
        Optional<DebitResult.Refused> poor = Optional.of(new DebitResult.Refused(DebitResult.Refusal.INSUFFICIENT_FUNDS, "x"));
        // credit is checked before anything rings, SkypeIn numbers included
        assertEquals(FailureReason.INSUFFICIENT_FUNDS, Routing.toNumber(true, poor, Optional.empty()).reason());
        Optional<DebitResult.Refused> noTariff = Optional.of(new DebitResult.Refused(DebitResult.Refusal.NO_TARIFF, "x"));
        assertEquals(FailureReason.INVALID_NUMBER,
                Routing.toNumber(false, noTariff, Optional.of(PstnBehaviour.parse("echo"))).reason());
    }
}

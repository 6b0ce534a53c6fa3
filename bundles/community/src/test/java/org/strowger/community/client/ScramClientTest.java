package org.strowger.community.client;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ScramClientTest {

    /** The worked example of docs/community-protocol.md section 3 (computed there with Python's hashlib). */
    @Test
    public void matchesTheWorkedExampleOfTheProtocolDocument() {
        ScramClient.Proof proof = ScramClient.prove("james_bond", "Sp3ctre!", "ZGVmZ2hpamtsbW5vcHFyc3R1",
                "ZGVmZ2hpamtsbW5vcHFyc3R1yMnKy8zNzs/Q0dLT1NXW19jZ", "AQIDBAUGBwgJCgsMDQ4PEA==", 4096);
        assertEquals("MNHvozGrA5ZnmT16saJ9TNsWdudhyx04wRbb8iuFP/s=", proof.clientProofB64());
        assertEquals("2wwTeCZpevDvN8sYZpusfeFq2uHjc2FDQlS70iPkwfo=", proof.serverSignatureB64());
    }
}

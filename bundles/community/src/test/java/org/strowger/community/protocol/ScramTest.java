package org.strowger.community.protocol;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.Test;

/**
 * The expected values were computed independently of this code, from the definitions in the protocol (and
 * RFC 7677), with Python's hashlib/hmac; the RFC 7677 vector is the RFC's own.
 */
public class ScramTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] range(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    // the worked example of docs/community-protocol.md section 3
    private static final String USER = "james_bond";
    private static final String PASSWORD = "Sp3ctre!";
    private static final byte[] SALT = range(1, 16);
    private static final String CLIENT_NONCE = "ZGVmZ2hpamtsbW5vcHFyc3R1";
    private static final String COMBINED = "ZGVmZ2hpamtsbW5vcHFyc3R1yMnKy8zNzs/Q0dLT1NXW19jZ";
    private static final String AUTH_MESSAGE = "james_bond,ZGVmZ2hpamtsbW5vcHFyc3R1,"
            + "ZGVmZ2hpamtsbW5vcHFyc3R1yMnKy8zNzs/Q0dLT1NXW19jZ,AQIDBAUGBwgJCgsMDQ4PEA==,4096";

    @Test
    public void workedExampleOfTheProtocolDocument() {
        assertEquals(CLIENT_NONCE, Scram.b64(range(100, 18)));
        assertEquals(AUTH_MESSAGE, Scram.authMessage(USER, CLIENT_NONCE, COMBINED, Scram.b64(SALT), 4096));
        assertEquals("8feb455de943eecaff571abb75b80816afdb9a6bb1defeefa5f066f92255ea39",
                HEX.formatHex(Scram.saltedPassword(PASSWORD, SALT, 4096)));

        Scram.Credentials c = Scram.Credentials.derive(PASSWORD, SALT, 4096);
        assertEquals("cf80417f0a620b5e8ecfac6a24de379cb41cb3a1b24f8d91506d77a97712f32b", HEX.formatHex(c.storedKey()));
        assertEquals("8935abfdf85ca1341bd8882277f66f519bcd5907ba68733aff4d580aa214e28f", HEX.formatHex(c.serverKey()));

        byte[] proof = Scram.clientProof(PASSWORD, SALT, 4096, AUTH_MESSAGE);
        assertEquals("MNHvozGrA5ZnmT16saJ9TNsWdudhyx04wRbb8iuFP/s=", Scram.b64(proof));
        assertTrue(Scram.verifyClientProof(c.storedKey(), AUTH_MESSAGE, proof));

        assertEquals("2wwTeCZpevDvN8sYZpusfeFq2uHjc2FDQlS70iPkwfo=",
                Scram.b64(Scram.serverSignature(c.serverKey(), AUTH_MESSAGE)));
        assertArrayEquals(Scram.serverSignature(c.serverKey(), AUTH_MESSAGE),
                Scram.expectedServerSignature(PASSWORD, SALT, 4096, AUTH_MESSAGE));
        assertTrue(Scram.combinedNonceExtends(CLIENT_NONCE, COMBINED));
    }

    @Test
    public void rfc7677VectorForTheKeyDerivation() {
        // RFC 7677 section 3: user "user", password "pencil"; its AuthMessage is the RFC's own string
        byte[] salt = Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ==");
        String authMessage = "n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                + "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";
        assertEquals("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
                Scram.b64(Scram.clientProof("pencil", salt, 4096, authMessage)));
        Scram.Credentials c = Scram.Credentials.derive("pencil", salt, 4096);
        assertEquals("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
                Scram.b64(Scram.serverSignature(c.serverKey(), authMessage)));
        // the same vector from a SaltedPassword computed once (what the client does: one PBKDF2 per login)
        byte[] salted = Scram.saltedPassword("pencil", salt, 4096);
        assertEquals("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=", Scram.b64(Scram.clientProof(salted, authMessage)));
        assertEquals("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
                Scram.b64(Scram.expectedServerSignature(salted, authMessage)));
    }

    @Test
    public void wrongPasswordIsRefused() {
        Scram.Credentials c = Scram.Credentials.derive(PASSWORD, SALT, 4096);
        byte[] proof = Scram.clientProof("Sp3ctre?", SALT, 4096, AUTH_MESSAGE);
        assertFalse(Scram.verifyClientProof(c.storedKey(), AUTH_MESSAGE, proof));
    }

    @Test
    public void tamperedProofOrReplayedMessageIsRefused() {
        Scram.Credentials c = Scram.Credentials.derive(PASSWORD, SALT, 4096);
        byte[] proof = Scram.clientProof(PASSWORD, SALT, 4096, AUTH_MESSAGE);
        for (int bit = 0; bit < proof.length * 8; bit += 37) {
            byte[] t = proof.clone();
            t[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse("bit " + bit, Scram.verifyClientProof(c.storedKey(), AUTH_MESSAGE, t));
        }
        // the same proof for another nonce (a replay) does not verify
        String other = Scram.authMessage(USER, CLIENT_NONCE, CLIENT_NONCE + "AAAA", Scram.b64(SALT), 4096);
        assertFalse(Scram.verifyClientProof(c.storedKey(), other, proof));
        assertFalse(Scram.verifyClientProof(c.storedKey(), AUTH_MESSAGE, new byte[31]));
        assertFalse(Scram.verifyClientProof(c.storedKey(), AUTH_MESSAGE, null));
    }

    @Test
    public void combinedNonceMustExtendTheClientNonce() {
        assertFalse(Scram.combinedNonceExtends(CLIENT_NONCE, CLIENT_NONCE));
        assertFalse(Scram.combinedNonceExtends(CLIENT_NONCE, "yMnKy8zNzs/Q0dLT1NXW19jZZGVmZ2hpamtsbW5vcHFyc3R1"));
        assertFalse(Scram.combinedNonceExtends(CLIENT_NONCE, "not base64!"));
        String combined = Scram.combineNonce(range(100, 18));
        assertTrue(Scram.combinedNonceExtends(CLIENT_NONCE, combined));
        assertEquals(36, Base64.getDecoder().decode(combined).length);
    }

    @Test
    public void derivedCredentialsUseFreshSaltsAndNeverPrintKeys() {
        Scram.Credentials a = Scram.Credentials.derive("same");
        Scram.Credentials b = Scram.Credentials.derive("same");
        assertFalse(java.util.Arrays.equals(a.salt(), b.salt()));
        assertEquals(Scram.DEFAULT_ITERATIONS, a.iterations());
        assertEquals("Credentials[iterations=4096]", a.toString());
    }
}

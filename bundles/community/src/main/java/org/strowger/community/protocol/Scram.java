package org.strowger.community.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM-SHA-256 computations of the login (protocol section 3; RFC 5802 and RFC 7677 definitions with the
 * protocol's own AuthMessage). Client side: {@link #clientProof}, {@link #serverSignature} to check the server.
 * Server side: {@link Credentials#derive} once when the password is set, then {@link #verifyClientProof} and
 * {@link #serverSignature} per login.
 */
public final class Scram {
    public static final int DEFAULT_ITERATIONS = 4096;
    /** Fewer iterations than this are refused by clients (a server that weakens the hash is not trusted). */
    public static final int MIN_ITERATIONS = 1000;
    public static final int SALT_BYTES = 16;
    public static final int NONCE_BYTES = 18;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private Scram() {
    }

    /**
     * What the store keeps of a password: salt, iterations, StoredKey and ServerKey. The password itself cannot be
     * recovered from it.
     */
    public record Credentials(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
        public Credentials {
            Objects.requireNonNull(salt, "salt");
            Objects.requireNonNull(storedKey, "storedKey");
            Objects.requireNonNull(serverKey, "serverKey");
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be positive");
            }
            salt = salt.clone();
            storedKey = storedKey.clone();
            serverKey = serverKey.clone();
        }

        @Override
        public byte[] salt() {
            return salt.clone();
        }

        @Override
        public byte[] storedKey() {
            return storedKey.clone();
        }

        @Override
        public byte[] serverKey() {
            return serverKey.clone();
        }

        /** New credentials with a random salt and the default iteration count. */
        public static Credentials derive(String password) {
            return derive(password, DEFAULT_ITERATIONS);
        }

        /** New credentials with a random salt (tests use a low count to stay fast). */
        public static Credentials derive(String password, int iterations) {
            return derive(password, randomBytes(SALT_BYTES), iterations);
        }

        public static Credentials derive(String password, byte[] salt, int iterations) {
            byte[] salted = saltedPassword(password, salt, iterations);
            byte[] clientKey = hmac(salted, "Client Key");
            return new Credentials(salt, iterations, sha256(clientKey), hmac(salted, "Server Key"));
        }

        /** Whether {@code password} is the one these credentials were made from (constant time). */
        public boolean matches(String password) {
            Credentials other = derive(password, salt, iterations);
            return MessageDigest.isEqual(storedKey, other.storedKey) && MessageDigest.isEqual(serverKey, other.serverKey);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Credentials c && iterations == c.iterations && Arrays.equals(salt, c.salt)
                    && Arrays.equals(storedKey, c.storedKey) && Arrays.equals(serverKey, c.serverKey);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(storedKey);
        }

        /** Never prints the keys. */
        @Override
        public String toString() {
            return "Credentials[iterations=" + iterations + "]";
        }
    }

    /** {@code user,clientNonceB64,combinedNonceB64,saltB64,iterations}. */
    public static String authMessage(String user, String clientNonceB64, String combinedNonceB64, String saltB64,
            int iterations) {
        return user + "," + clientNonceB64 + "," + combinedNonceB64 + "," + saltB64 + "," + iterations;
    }

    /** PBKDF2-HMAC-SHA256 of the password's UTF-8 bytes, 32 bytes. */
    public static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        try {
            // SunJCE's PBKDF2 encodes the chars as UTF-8, as the protocol says
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BYTES * 8);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    /** The client's proof: ClientKey XOR HMAC(StoredKey, AuthMessage). */
    public static byte[] clientProof(String password, byte[] salt, int iterations, String authMessage) {
        return clientProof(saltedPassword(password, salt, iterations), authMessage);
    }

    /**
     * The client's proof from an already computed {@link #saltedPassword}: a client derives SaltedPassword once per
     * login and makes both the proof and the expected server signature from it (PBKDF2 is the whole cost of a login).
     */
    public static byte[] clientProof(byte[] saltedPassword, String authMessage) {
        byte[] clientKey = hmac(saltedPassword, "Client Key");
        byte[] signature = hmac(sha256(clientKey), authMessage);
        return xor(clientKey, signature);
    }

    /** HMAC(ServerKey, AuthMessage): the server proves it knows the ServerKey. */
    public static byte[] serverSignature(byte[] serverKey, String authMessage) {
        return hmac(serverKey, authMessage);
    }

    /** The ServerSignature the client expects, computed from the password. */
    public static byte[] expectedServerSignature(String password, byte[] salt, int iterations, String authMessage) {
        return expectedServerSignature(saltedPassword(password, salt, iterations), authMessage);
    }

    /** The ServerSignature the client expects, from an already computed {@link #saltedPassword}. */
    public static byte[] expectedServerSignature(byte[] saltedPassword, String authMessage) {
        return hmac(hmac(saltedPassword, "Server Key"), authMessage);
    }

    /** Server side: true when the proof was made from the password behind {@code storedKey}. Constant time. */
    public static boolean verifyClientProof(byte[] storedKey, String authMessage, byte[] proof) {
        if (proof == null || proof.length != KEY_BYTES) {
            return false;
        }
        byte[] clientKey = xor(proof, hmac(storedKey, authMessage));
        return MessageDigest.isEqual(sha256(clientKey), storedKey);
    }

    /** Constant-time comparison of two signatures (the client's check of the server). */
    public static boolean signaturesEqual(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    /** Client side: true when the server's combined nonce extends our own (else someone replays another login). */
    public static boolean combinedNonceExtends(String clientNonceB64, String combinedNonceB64) {
        try {
            byte[] c = B64D.decode(clientNonceB64);
            byte[] combined = B64D.decode(combinedNonceB64);
            return combined.length > c.length && Arrays.equals(c, Arrays.copyOf(combined, c.length));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Server side: the client's nonce followed by {@link #NONCE_BYTES} fresh random bytes. */
    public static String combineNonce(byte[] clientNonce) {
        byte[] server = randomBytes(NONCE_BYTES);
        byte[] combined = Arrays.copyOf(clientNonce, clientNonce.length + server.length);
        System.arraycopy(server, 0, combined, clientNonce.length, server.length);
        return b64(combined);
    }

    /** A fresh client nonce, Base64. */
    public static String newClientNonce() {
        return b64(randomBytes(NONCE_BYTES));
    }

    public static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    public static String b64(byte[] bytes) {
        return B64.encodeToString(bytes);
    }

    /** Decodes standard Base64; {@code ERROR 4 invalid <what>} when it is not. */
    public static byte[] unb64(String text, String what) throws ProtocolException {
        try {
            return B64D.decode(text);
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.INVALID_ARGUMENT, "invalid " + what + " (not Base64)");
        }
    }

    public static byte[] hmac(byte[] key, String message) {
        return hmac(key, message.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17", e);
        }
    }

    private static byte[] xor(byte[] a, byte[] b) {
        byte[] r = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = (byte) (a[i] ^ b[i]);
        }
        return r;
    }
}

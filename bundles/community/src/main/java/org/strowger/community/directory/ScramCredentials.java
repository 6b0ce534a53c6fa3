package org.strowger.community.directory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the store keeps of a password (RFC 5802/7677 SCRAM-SHA-256): the server can check a client proof and
 * prove itself with these, but cannot recover the password or log in as the user.
 *
 * <p>SaltedPassword = PBKDF2-HMAC-SHA256(password, salt, iterations, 32); StoredKey = SHA-256(HMAC(SaltedPassword,
 * "Client Key")); ServerKey = HMAC(SaltedPassword, "Server Key").
 */
public record ScramCredentials(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

    /** RFC 7677's minimum and recommended count. */
    public static final int DEFAULT_ITERATIONS = 4096;
    public static final int SALT_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ScramCredentials {
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

    /** Derives credentials for a new password with a fresh random salt and {@link #DEFAULT_ITERATIONS}. */
    public static ScramCredentials create(String password) {
        return create(password, DEFAULT_ITERATIONS);
    }

    public static ScramCredentials create(String password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return derive(password, salt, iterations);
    }

    /** The credentials of {@code password} with the given salt and count (what a client computes too). */
    public static ScramCredentials derive(String password, byte[] salt, int iterations) {
        byte[] salted = saltedPassword(password, salt, iterations);
        try {
            byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] stored = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] server = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
            return new ScramCredentials(salt, iterations, stored, server);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** Whether {@code password} is the one these credentials were made from (constant time). */
    public boolean matches(String password) {
        ScramCredentials other = derive(password, salt, iterations);
        return MessageDigest.isEqual(storedKey, other.storedKey) && MessageDigest.isEqual(serverKey, other.serverKey);
    }

    /** PBKDF2-HMAC-SHA256 with a 32-byte result. */
    public static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** HMAC-SHA256. */
    public static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScramCredentials c && iterations == c.iterations && Arrays.equals(salt, c.salt)
                && Arrays.equals(storedKey, c.storedKey) && Arrays.equals(serverKey, c.serverKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(storedKey);
    }

    /** Never shows the keys: they would let an eavesdropper of the log impersonate the server. */
    @Override
    public String toString() {
        return "ScramCredentials[iterations=" + iterations + "]";
    }
}

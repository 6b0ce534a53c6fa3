package org.strowger.community.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.strowger.community.directory.Account;
import org.strowger.community.directory.AccountType;
import org.strowger.community.protocol.Availability;
import org.strowger.community.protocol.CallForward;
import org.strowger.community.protocol.ProfileProperty;
import org.strowger.community.protocol.Scram;

/**
 * Accounts as compact byte arrays in the store: a few hundred bytes per account instead of a serialised object
 * graph, and a format we own (a version byte first), so that a later release can read what this one wrote.
 * Enums are stored by name, not ordinal, so reordering them cannot corrupt a store.
 */
final class AccountCodec {

    private static final int VERSION = 1;

    private AccountCodec() {
    }

    static byte[] encode(Account account) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(account.type().name());
            Scram.Credentials c = account.credentials();
            writeBytes(out, c.salt());
            out.writeInt(c.iterations());
            writeBytes(out, c.storedKey());
            writeBytes(out, c.serverKey());
            out.writeUTF(account.availability().name());
            out.writeLong(account.balanceCents());
            out.writeUTF(account.currency());
            out.writeBoolean(account.voicemail());
            CallForward forward = account.callForward();
            out.writeInt(forward == null ? -1 : forward.seconds());
            out.writeUTF(forward == null ? "" : forward.target());
            out.writeShort(account.profile().size());
            for (Map.Entry<ProfileProperty, String> e : account.profile().entrySet()) {
                out.writeUTF(e.getKey().name());
                out.writeUTF(e.getValue());
            }
            out.writeShort(account.skypeInNumbers().size());
            for (String number : account.skypeInNumbers()) {
                out.writeUTF(number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Account decode(String name, byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IllegalStateException("account " + name + " is stored in format " + version
                        + ", which this version cannot read");
            }
            AccountType type = AccountType.valueOf(in.readUTF());
            byte[] salt = readBytes(in);
            int iterations = in.readInt();
            byte[] stored = readBytes(in);
            byte[] server = readBytes(in);
            Availability availability = Availability.valueOf(in.readUTF());
            long balance = in.readLong();
            String currency = in.readUTF();
            boolean voicemail = in.readBoolean();
            int seconds = in.readInt();
            String target = in.readUTF();
            CallForward forward = seconds < 0 ? null : new CallForward(seconds, target);
            int count = in.readUnsignedShort();
            Map<ProfileProperty, String> profile = new EnumMap<>(ProfileProperty.class);
            for (int i = 0; i < count; i++) {
                profile.put(ProfileProperty.valueOf(in.readUTF()), in.readUTF());
            }
            int numbers = in.readUnsignedShort();
            List<String> skypeIn = new ArrayList<>(numbers);
            for (int i = 0; i < numbers; i++) {
                skypeIn.add(in.readUTF());
            }
            return new Account(name, type, new Scram.Credentials(salt, iterations, stored, server), availability, profile,
                    balance, currency, voicemail, forward, skypeIn);
        } catch (IOException e) {
            throw new IllegalStateException("account " + name + " is stored damaged: " + e, e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeByte(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readUnsignedByte()];
        in.readFully(bytes);
        return bytes;
    }
}

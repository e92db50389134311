package org.netorch.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful HTTP Basic logins, each for a short time to live, so a client's burst of requests costs one password
 * check. An entry is found by an HMAC of user and password under a key made at start-up: neither the password nor a
 * plain hash of it is kept. Failures are never stored, so every wrong password still reaches Camunda.
 */
class LoginCache {

    /** Bounds the memory many distinct logins can take; expired entries are dropped first. */
    static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    LoginCache(Duration timeToLive, Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    Optional<VerifiedUser> find(String user, String password) {
        String fingerprint = fingerprint(user, password);
        Entry entry = entries.get(fingerprint);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expiresAt().isAfter(clock.instant())) {
            entries.remove(fingerprint, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void remember(String user, String password, VerifiedUser verified) {
        if (timeToLive.isZero() || timeToLive.isNegative()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !entry.expiresAt().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(fingerprint(user, password), new Entry(verified, now.plus(timeToLive)));
    }

    int size() {
        return entries.size();
    }

    private String fingerprint(String user, String password) {
        byte[] userBytes = user.getBytes(StandardCharsets.UTF_8);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            // the user's length first, so no other split of the same characters into user and password matches
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(userBytes.length).array());
            mac.update(userBytes);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every Java runtime", e);
        }
    }

    private record Entry(VerifiedUser user, Instant expiresAt) {
    }
}

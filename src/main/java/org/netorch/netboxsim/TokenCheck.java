package org.netorch.netboxsim;

import java.util.Optional;

/** NetBox 4.6's token authentication: which Authorization header is refused, and with which 403 detail. */
final class TokenCheck {

    static final String NOT_PROVIDED = "Authentication credentials were not provided.";
    static final String MALFORMED =
            "Invalid authorization header: Must be in the form \"Bearer <key>.<token>\" or \"Token <token>\"";
    static final String BEARER_WITHOUT_V2 = "Invalid authorization header: Could not parse key from v2 token. "
            + "Did you mean to use 'Token' instead of 'Bearer'?";

    private final String v1Token;
    private final String v2Token;

    /** @param token a 40-character v1 token (also accepted as {@code nbt_demodemodemo.<token>}), or a full v2 token */
    TokenCheck(String token) {
        if (token.startsWith("nbt_")) {
            v1Token = null;
            v2Token = token;
        } else {
            v1Token = token;
            v2Token = "nbt_" + SimulatorProperties.DEMO_V2_KEY + "." + token;
        }
    }

    /** The 403 detail for this header, or empty when it carries a valid token. */
    Optional<String> rejection(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.of(NOT_PROVIDED);
        }
        String[] parts = authorization.trim().split("\\s+");
        String keyword = parts[0].toLowerCase();
        if (!keyword.equals("token") && !keyword.equals("bearer")) {
            // other schemes (Basic, ...) are not NetBox's business: the request counts as anonymous
            return Optional.of(NOT_PROVIDED);
        }
        if (parts.length != 2) {
            return Optional.of(MALFORMED);
        }
        String token = parts[1];
        if (token.startsWith("nbt_")) {
            if (!token.contains(".")) {
                return Optional.of(BEARER_WITHOUT_V2);
            }
            return token.equals(v2Token) ? Optional.empty() : Optional.of("Invalid v2 token");
        }
        if (keyword.equals("bearer")) {
            return Optional.of(BEARER_WITHOUT_V2);
        }
        return token.equals(v1Token) ? Optional.empty() : Optional.of("Invalid v1 token");
    }
}

package org.netorch.netbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where NetBox is and how to talk to it. An empty {@code url} means demo mode: the built-in simulator answers.
 * {@code NETBOX_URL} and {@code NETBOX_TOKEN} bind here through Spring's relaxed binding.
 */
@Validated
@ConfigurationProperties("netbox")
public record NetBoxProperties(
        @DefaultValue("") @Pattern(regexp = "^$|^https?://.+", message = "must be empty or an http(s) URL") String url,
        @DefaultValue("") String token,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("10s") @NotNull Duration readTimeout,
        @DefaultValue("200") @Min(1) @Max(1000) int pageSize,
        @DefaultValue("2001:db8:10::/44") @NotBlank String circuitPool,
        @DefaultValue("R3/PT30S") @NotBlank String retryCycle,
        @DefaultValue("30s") @NotNull Duration requestLimit) {

    /** Between a request reaching NetBox and a worker taking it up, and the answer's way back. */
    public static final Duration IN_DOUBT_MARGIN = Duration.ofSeconds(5);

    public NetBoxProperties {
        url = url == null ? "" : url.strip();
        token = token == null ? "" : token.strip();
    }

    /**
     * How long after it was sent a write NetBox gave no answer to may still be applied: NetBox works on a request
     * until its own limit ({@code requestLimit}, e.g. gunicorn's worker timeout), however long ago we gave up.
     */
    public Duration writeInDoubtFor() {
        return requestLimit.plus(IN_DOUBT_MARGIN);
    }

    public boolean demoMode() {
        return url.isEmpty();
    }

    @Override
    public String toString() {
        return "NetBoxProperties[url=" + url + ", token=" + (token.isEmpty() ? "" : "****")
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", pageSize=" + pageSize
                + ", circuitPool=" + circuitPool + ", retryCycle=" + retryCycle + ", requestLimit=" + requestLimit
                + "]";
    }
}

package org.netorch.netbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.util.regex.Pattern;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Times every NetBox call as {@code netbox.requests}, tagged with the method, the path with ids folded into
 * {@code {id}} (so devices 1 and 2 share one series) and the status, or {@code timeout} / {@code io_error}.
 */
class NetBoxRequestMetrics implements ClientHttpRequestInterceptor {

    static final String METER = "netbox.requests";
    private static final Pattern ID_SEGMENT = Pattern.compile("/\\d+(?=/|$)");

    private final MeterRegistry registry;

    NetBoxRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        Timer.Sample sample = Timer.start(registry);
        String status = "io_error";
        try {
            ClientHttpResponse response = execution.execute(request, body);
            status = Integer.toString(response.getStatusCode().value());
            return response;
        } catch (HttpTimeoutException | SocketTimeoutException e) {
            status = "timeout";
            throw e;
        } finally {
            sample.stop(Timer.builder(METER)
                    .description("NetBox API calls")
                    .tag("method", request.getMethod().name())
                    .tag("path", pathTemplate(request.getURI()))
                    .tag("status", status)
                    .register(registry));
        }
    }

    /** {@code http://nb/netbox/api/dcim/devices/12/?limit=1} gives {@code /api/dcim/devices/{id}/}. */
    static String pathTemplate(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        int api = path.indexOf("/api/");
        return ID_SEGMENT.matcher(api > 0 ? path.substring(api) : path).replaceAll("/{id}");
    }
}

package nl.samenspel.notification.receiver;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpOptions;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Calls receivers, and nothing else: every connection goes to addresses {@link ReceiverAddresses} checked when it
 * resolved the host for that connection (so a name cannot be made to point elsewhere between check and connection);
 * redirects are never followed, nothing is retried here, no proxy or cookie is used; a call is cut off after the
 * timeout and at most a few kilobytes of the answer are read.
 */
public final class ReceiverClient implements AutoCloseable {

    private final ReceiverAddresses addresses;
    private final CloseableHttpClient http;
    private final Duration timeout;
    private final int maxResponseBytes;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    public ReceiverClient(ReceiverAddresses addresses, Duration timeout, int maxResponseBytes, int connections) {
        this.addresses = addresses;
        this.timeout = timeout;
        this.maxResponseBytes = maxResponseBytes;
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                try {
                    return addresses.resolve(host).toArray(InetAddress[]::new);
                } catch (RefusedReceiverException e) {
                    throw new UnknownHostException(e.getMessage());
                }
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        Timeout limit = Timeout.of(timeout);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).setConnectionRequestTimeout(limit)
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .setUserAgent("Samenspel-Webhooks/1")
                .build();
    }

    /** POSTs a body to a receiver with these headers. */
    public ReceiverAnswer post(URI url, Map<String, String> headers, byte[] body, String contentType) {
        HttpPost post = new HttpPost(url);
        post.setEntity(new ByteArrayEntity(body, ContentType.parse(contentType)));
        return call(post, url, headers);
    }

    /** Sends an OPTIONS request, as the CloudEvents webhook handshake does. */
    public ReceiverAnswer options(URI url, Map<String, String> headers) {
        return call(new HttpOptions(url), url, headers);
    }

    private ReceiverAnswer call(HttpUriRequestBase request, URI url, Map<String, String> headers) {
        try {
            // Checked again before each call: the form and the addresses as they resolve now.
            addresses.check(url.toString());
        } catch (RefusedReceiverException e) {
            return ReceiverAnswer.none(e.getMessage());
        }
        headers.forEach(request::setHeader);
        ScheduledFuture<?> cutOff = deadlines.schedule(request::cancel, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = http.executeOpen(null, request, null)) {
            Map<String, String> answerHeaders = new HashMap<>();
            for (Header header : response.getHeaders()) {
                answerHeaders.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
            }
            return new ReceiverAnswer(response.getCode(), answerHeaders, start(response), null);
        } catch (UnknownHostException e) {
            return ReceiverAnswer.none(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return ReceiverAnswer.none(request.isCancelled() ? "No answer within " + timeout.toSeconds() + " s."
                    : e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            cutOff.cancel(false);
        }
    }

    /** The first bytes of the body; the rest is not read (the connection is closed instead). */
    private String start(ClassicHttpResponse response) throws IOException {
        if (response.getEntity() == null) {
            return "";
        }
        try (InputStream body = response.getEntity().getContent()) {
            return new String(body.readNBytes(maxResponseBytes), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        http.close();
    }
}

package io.sitrep.ops.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint on the JDK's HTTP server: {@code GET /metrics} (Prometheus text format),
 * {@code GET /health/live} and {@code GET /health/ready} (200 with {"status":"UP"}, else 503 with "DOWN").
 * Any other path is 404, any method but GET and HEAD is 405. Binds to loopback unless told otherwise, because
 * metrics can tell an outsider more than they should.
 */
public final class OpsHttpServer implements Closeable {

  /** The host bound by default. */
  public static final String LOOPBACK = "127.0.0.1";

  private static final Logger log = LoggerFactory.getLogger(OpsHttpServer.class);
  private static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  private static final String JSON = "application/json";

  private final PrometheusMeterRegistry registry;
  private final HealthCheck health;
  private final ObjectMapper mapper = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * Binds and starts serving.
   *
   * @param host the address to bind, {@value #LOOPBACK} to stay private, 0.0.0.0 for every interface
   * @param port the port, 0 for any free port (see {@link #port()})
   * @throws UncheckedIOException when the address cannot be bound (in use, not local)
   */
  public OpsHttpServer(String host, int port, PrometheusMeterRegistry registry, HealthCheck health) {
    this.registry = registry;
    this.health = health;
    try {
      this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    // Two threads: a slow scrape must not hold up a liveness probe.
    this.executor = Executors.newFixedThreadPool(2, runnable -> {
      Thread thread = new Thread(runnable, "sitrep-ops-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    log.info("serving metrics and health on http://{}:{}", host, port());
  }

  /** Binds to {@value #LOOPBACK}. */
  public OpsHttpServer(int port, PrometheusMeterRegistry registry, HealthCheck health) {
    this(LOOPBACK, port, registry, health);
  }

  /** The port bound, useful after asking for port 0. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The address bound. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      boolean known = path.equals("/metrics") || path.equals("/health/live") || path.equals("/health/ready");
      if (!known) {
        send(exchange, 404, JSON, json("NOT_FOUND", "no such path: " + path));
      } else if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, JSON, json("METHOD_NOT_ALLOWED", method + " is not allowed"));
      } else if (path.equals("/metrics")) {
        send(exchange, 200, METRICS_CONTENT_TYPE, registry.scrape().getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/health/live")) {
        health(exchange, health::live);
      } else {
        health(exchange, health::ready);
      }
    } catch (RuntimeException e) {
      log.warn("ops endpoint failed: {}", e.toString());
      log.debug("ops endpoint failed", e);
      throw e;
    }
  }

  private void health(HttpExchange exchange, BooleanSupplier check) throws IOException {
    boolean up;
    String detail;
    try {
      up = check.getAsBoolean();
      detail = health.detail();
    } catch (RuntimeException e) {
      // A health check that throws is a process that cannot vouch for itself.
      up = false;
      detail = e.toString();
    }
    send(exchange, up ? 200 : 503, JSON, json(up ? "UP" : "DOWN", detail));
  }

  private byte[] json(String status, String detail) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("detail", detail);
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (exchange.getRequestMethod().equals("HEAD")) {
      // -1: no body follows; the JDK server warns if a HEAD response announces a length.
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}

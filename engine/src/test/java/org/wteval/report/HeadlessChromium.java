package org.wteval.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol through the JDK's WebSocket: just enough of the
 * protocol to open a page in its own tab, watch its console, errors and requests, query its DOM and take a
 * screenshot. Started once and shared; {@link #close} ends the browser.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, String endpoint) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(URI.create(endpoint), new Listener()).join();
    }

    /** Starts the browser with a profile of its own in {@code profile}, which must be a new empty folder. */
    static HeadlessChromium start(Path profile) throws IOException, InterruptedException {
        Path log = profile.resolveSibling(profile.getFileName() + ".log");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // With port 0 the browser picks a free port and writes it, with the browser's path, into the profile.
        Path active = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Files.isRegularFile(active) || Files.readAllLines(active).size() < 2) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IllegalStateException("Chromium did not open its DevTools port; its output:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(active);
        return new HeadlessChromium(p, "ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
    }

    /** Opens a new blank tab and attaches to it; the returned session id addresses it. */
    String newTab() {
        String target = send(null, "Target.createTarget", params().put("url", "about:blank")).get("targetId")
                .asText();
        return send(null, "Target.attachToTarget", params().put("targetId", target).put("flatten", true))
                .get("sessionId").asText();
    }

    void closeTab(String session) {
        send(session, "Page.close", params());
    }

    /** Sends a command and waits for its result; a protocol error fails the test with the error. */
    JsonNode send(String session, String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", params);
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        JsonNode answer;
        try {
            answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(method + " got no answer from Chromium", e);
        }
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    /** Every event of {@code session} so far. */
    List<JsonNode> events(String session) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (session.equals(e.path("sessionId").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Waits until an event of {@code session} matches. */
    void await(String session, Predicate<JsonNode> event, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events(session).stream().noneMatch(event)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Chromium never reported " + what);
            }
            Thread.sleep(20);
        }
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            send(null, "Browser.close", params());
        } catch (RuntimeException alreadyGone) {
            // The browser is ended below either way.
        }
        socket.abort();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Gathers each message from its fragments, then hands a reply to its caller or keeps an event. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                JsonNode message = parse(partial.toString());
                partial.setLength(0);
                if (message.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                    if (reply != null) {
                        reply.complete(message);
                    }
                } else {
                    events.add(message);
                }
            }
            ws.request(1);
            return null;
        }
    }
}

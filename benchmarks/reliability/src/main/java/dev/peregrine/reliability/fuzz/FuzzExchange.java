package dev.peregrine.reliability.fuzz;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends one input on a fresh connection, followed by a canary request, and judges every answer:
 *
 * <ul>
 * <li>each is a well-formed HTTP/1.x response whose status is 2xx, 4xx, 501 (an unknown method)
 *     or 505 (an HTTP version other than 1.x); never 500 or any other 5xx;</li>
 * <li>no answer echoes a hidden request (one inside a body) or, when the input says so, a
 *     method and target other than those of the intended request at its position;</li>
 * <li>no more answers come than the intended requests, the canary and the input's allowed stray
 *     answers; none after an answer saying {@code Connection: close};</li>
 * <li>a first answer is not 2xx when the RFCs require rejection, and every answer is 2xx for
 *     valid input;</li>
 * <li>no read waits longer than {@code hangAfter}: the server must answer or close within its own
 *     timeouts.</li>
 * </ul>
 *
 * <p>The exchange ends when the canary is answered (nothing the server could still send would be
 * an answer to a request of this input) or when the server closes the connection.
 */
final class FuzzExchange {

    /** Sent after every input: any answer after its echo, or in its place, is out of order. */
    static final IntendedRequest CANARY = new IntendedRequest("GET", "/echo/canary");
    private static final byte[] CANARY_BYTES = ValidRequests.ascii("GET /echo/canary HTTP/1.1\r\nHost: fuzz\r\n\r\n");

    private final InetSocketAddress server;
    private final Duration hangAfter;

    FuzzExchange(InetSocketAddress server, Duration hangAfter) {
        this.server = server;
        this.hangAfter = hangAfter;
    }

    ExchangeResult run(FuzzInput input) {
        List<Integer> statuses = new ArrayList<>();
        int[] interim = {0};
        try (Socket socket = new Socket()) {
            socket.connect(server, (int) hangAfter.toMillis());
            socket.setSoTimeout((int) hangAfter.toMillis());
            socket.setTcpNoDelay(true);
            Thread writer = Thread.ofVirtual().start(() -> send(socket, input.bytes()));
            try {
                String failure = judge(input, new ResponseReader(new BufferedInputStream(socket.getInputStream())), statuses, interim);
                return new ExchangeResult(statuses, interim[0], failure == CLOSED, failure == CLOSED ? null : failure);
            } finally {
                socket.close();
                writer.join();
            }
        } catch (SocketTimeoutException e) {
            return new ExchangeResult(statuses, interim[0], false,
                    "hang: no byte and no close for " + hangAfter.toMillis() + " ms after " + statuses.size() + " answers");
        } catch (MalformedResponseException e) {
            return new ExchangeResult(statuses, interim[0], false, "malformed response: " + e.getMessage());
        } catch (SocketException e) {
            return new ExchangeResult(statuses, interim[0], true, null);
        } catch (IOException e) {
            return new ExchangeResult(statuses, interim[0], false, "I/O error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ExchangeResult(statuses, interim[0], false, "interrupted");
        }
    }

    /** The judge's verdict when the server closed the connection with nothing to complain about. */
    private static final String CLOSED = "closed";

    private static String judge(FuzzInput input, ResponseReader reader, List<Integer> statuses, int[] interim) throws IOException {
        List<IntendedRequest> intended = input.intended();
        int allowed = intended.size() + 1 + input.strayAnswers();
        boolean closeAnnounced = false;
        while (true) {
            int index = statuses.size();
            IntendedRequest expected = index < intended.size() ? intended.get(index) : CANARY;
            ParsedResponse response;
            try {
                response = reader.next();
            } catch (SocketException e) {
                return CLOSED;
            }
            if (response == null) {
                return input.expectation() == Expectation.ACCEPT
                        ? "valid input, but the connection closed after " + index + " of " + (intended.size() + 1) + " answers"
                        : CLOSED;
            }
            if (closeAnnounced) {
                return "an answer (" + response.status() + ") after one saying Connection: close";
            }
            if (response.interim()) {
                interim[0]++;
                if (response.status() != 100) {
                    return "interim status " + response.status();
                }
                continue;
            }
            statuses.add(response.status());
            String complaint = complaint(input, index, expected, response, allowed);
            if (complaint != null) {
                return complaint;
            }
            if (response.successful() && response.text().startsWith(CANARY.echoPrefix())) {
                return null;
            }
            closeAnnounced = response.closes();
        }
    }

    private static String complaint(FuzzInput input, int index, IntendedRequest expected, ParsedResponse response, int allowed) {
        int status = response.status();
        boolean allowedStatus = response.successful() || (status >= 400 && status < 500) || status == 501 || status == 505;
        if (!allowedStatus) {
            return "status " + status + " to answer " + index + ": " + response.text();
        }
        if (index >= allowed) {
            return "answer " + (index + 1) + " (" + status + " " + response.text() + ") to " + (allowed - 1)
                    + " intended requests and the canary: a request was smuggled or split";
        }
        if (response.successful() && response.text().contains(ValidRequests.HIDDEN_MARKER)) {
            return "a request hidden in a body was served: " + response.text();
        }
        boolean echoChecked = input.exactEcho() && response.successful() && response.header("x-echo-head") == null;
        if (echoChecked && index <= input.intended().size() && !response.text().startsWith(expected.echoPrefix())) {
            return "answer " + index + " echoes '" + response.text() + "', expected '" + expected.echoPrefix() + "…'";
        }
        if (index == 0 && input.expectation() == Expectation.REJECT && response.successful()) {
            return "accepted (" + status + " " + response.text() + ") a request RFC 9112 requires rejecting";
        }
        if (input.expectation() == Expectation.ACCEPT && !response.successful()) {
            return "refused valid input: answer " + index + " is " + status + " " + response.text();
        }
        return null;
    }

    private static void send(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.write(CANARY_BYTES);
            out.flush();
        } catch (IOException e) {
            // NOTE: the server may close before reading everything (it answered 400, 413 or 431): normal.
        }
    }
}

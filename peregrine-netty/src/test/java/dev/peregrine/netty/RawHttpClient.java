package dev.peregrine.netty;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny HTTP/1.1 client on a plain socket, so tests control every byte sent (pipelining,
 * malformed messages, slow clients) and see every byte answered. Reads time out after ten seconds
 * so a broken server fails a test instead of hanging it.
 */
final class RawHttpClient implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttpClient(int port) throws IOException {
        this(port, "127.0.0.1");
    }

    /** A client whose connection comes from {@code localAddress}, a loopback address such as {@code 127.0.0.2}. */
    RawHttpClient(int port, String localAddress) throws IOException {
        socket = new Socket("127.0.0.1", port, InetAddress.getByName(localAddress), 0);
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** A client on a socket connected already, such as a TLS socket whose handshake is done. */
    RawHttpClient(Socket connected) throws IOException {
        socket = connected;
        socket.setSoTimeout(10_000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends raw text (CRLFs included) as ISO-8859-1 bytes. */
    RawHttpClient send(String raw) throws IOException {
        return send(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends raw bytes. */
    RawHttpClient send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** A GET with Host, keep-alive. */
    RawResponse get(String path) throws IOException {
        send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        return read();
    }

    /** Reads one response to a request other than HEAD. */
    RawResponse read() throws IOException {
        return read(false);
    }

    /** Reads one response; {@code head} when it answers a HEAD, which has no body whatever its headers say. */
    RawResponse read(boolean head) throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("The server closed the connection instead of answering");
        }
        String version = statusLine.substring(0, 8);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        String reason = statusLine.length() > 13 ? statusLine.substring(13) : "";
        List<String[]> headers = new ArrayList<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
        }
        RawResponse partial = new RawResponse(version, status, reason, headers, new byte[0]);
        if (status == 100) {
            return partial;
        }
        if (head || status == 204 || status == 304) {
            return partial;
        }
        String length = partial.header("Content-Length");
        if (length != null) {
            return new RawResponse(version, status, reason, headers, in.readNBytes(Integer.parseInt(length)));
        }
        if ("chunked".equalsIgnoreCase(partial.header("Transfer-Encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (byte[] chunk = chunk(); chunk.length > 0; chunk = chunk()) {
                body.write(chunk);
            }
            return new RawResponse(version, status, reason, headers, body.toByteArray());
        }
        return new RawResponse(version, status, reason, headers, in.readAllBytes());
    }

    /** Reads only a response's status line and headers, leaving its body to {@link #chunk()}. */
    RawResponse readHead() throws IOException {
        String statusLine = line();
        List<String[]> headers = new ArrayList<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
        }
        return new RawResponse(statusLine.substring(0, 8), Integer.parseInt(statusLine.substring(9, 12)),
                statusLine.length() > 13 ? statusLine.substring(13) : "", headers, new byte[0]);
    }

    /** Reads the next chunk of a chunked body; empty at the last chunk (whose trailer it consumes). */
    byte[] chunk() throws IOException {
        String sizeLine = line();
        int size = Integer.parseInt(sizeLine.strip(), 16);
        byte[] data = in.readNBytes(size);
        if (size == 0) {
            for (String line = line(); line != null && !line.isEmpty(); line = line()) {
                // trailer fields, ignored
            }
        } else {
            line();
        }
        return data;
    }

    /** Whether the server closed the connection: the next read ends the stream (or resets it). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    /** The socket, for tests that tune it. */
    Socket socket() {
        return socket;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

package org.dyad.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * How {@code dyad serve} listens.
 *
 * @param host         address to bind; loopback unless the user says otherwise
 * @param port         port to bind, 0 for any free one
 * @param token        the token POST requests must carry (Authorization: Bearer …), or null for none given
 * @param maxBodyBytes request bodies larger than this are refused with 413
 */
public record ServeOptions(String host, int port, String token, long maxBodyBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    /** An article of a few hundred kilobytes fits many times over; more is a mistake or an attack. */
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;

    public ServeOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    /** Loopback only, any free port, no token: what tests and local use need. */
    public static ServeOptions local(int port) {
        return new ServeOptions(DEFAULT_HOST, port, null, DEFAULT_MAX_BODY);
    }

    /** Whether others on the network can reach the server, so writes must be guarded by a token. */
    public boolean beyondLoopback() {
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to bind: " + host, e);
        }
    }
}

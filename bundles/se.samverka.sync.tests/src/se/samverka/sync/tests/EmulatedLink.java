package se.samverka.sync.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A slow network link between a laptop and the county server, emulated in user space (this machine's kernel has
 * no {@code netem}): a TCP proxy on loopback whose two directions each behave as a serial line of a given bandwidth
 * followed by a given one-way delay. A chunk the laptop writes starts on the line when the line is free, occupies it
 * for its size ÷ bandwidth, and arrives a one-way delay after it has left, in order; a new connection can carry data
 * one round trip after it is opened (TCP's handshake). The proxy counts the bytes each way and the round trips: one
 * for each connection's handshake, and one each time the laptop sends after the server has answered.
 */
final class EmulatedLink implements AutoCloseable {

    private final ServerSocket listener;
    private final String targetHost;
    private final int targetPort;
    private final long oneWayNanos;
    private final double bytesPerNano;
    private final AtomicLong up = new AtomicLong();
    private final AtomicLong down = new AtomicLong();
    /** The round trips since the counters were reset: bytes up and down of each, or -1 up for TCP's handshake. */
    private final java.util.List<long[]> turns = new java.util.ArrayList<>();
    private volatile boolean closed;

    /**
     * @param roundTripMillis the round-trip time (twice the one-way delay); 0 for none
     * @param bitsPerSecond   each direction's bandwidth; 0 for unlimited
     */
    EmulatedLink(String targetHost, int targetPort, long roundTripMillis, long bitsPerSecond) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.oneWayNanos = roundTripMillis * 1_000_000 / 2;
        this.bytesPerNano = bitsPerSecond == 0 ? 0 : bitsPerSecond / 8.0 / 1e9;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "emulated link");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The port the laptop connects to instead of the server's. */
    int port() {
        return listener.getLocalPort();
    }

    long bytesUp() {
        return up.get();
    }

    long bytesDown() {
        return down.get();
    }

    long roundTrips() {
        synchronized (turns) {
            return turns.size();
        }
    }

    void resetCounters() {
        up.set(0);
        down.set(0);
        synchronized (turns) {
            turns.clear();
        }
    }

    /** The round trips since the counters were reset, as {@code up/down} bytes ({@code tcp} for a handshake). */
    String turns() {
        synchronized (turns) {
            return String.join(" ", turns.stream().map(t -> t[0] < 0 ? "tcp" : t[0] + "/" + t[1]).toList());
        }
    }

    /** Counts bytes into the round trips: the laptop sending after the server answered begins a new one. */
    private void turn(long bytes, boolean upward) {
        synchronized (turns) {
            if (upward && (turns.isEmpty() || turns.get(turns.size() - 1)[1] > 0
                    || turns.get(turns.size() - 1)[0] < 0)) {
                turns.add(new long[] { bytes, 0 });
            } else if (!turns.isEmpty()) {
                turns.get(turns.size() - 1)[upward ? 0 : 1] += bytes;
            }
        }
    }

    private void accept() {
        while (!closed) {
            try {
                Socket laptop = listener.accept();
                Socket server = new Socket(targetHost, targetPort);
                laptop.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                // TCP's own handshake: on a real link the laptop can send its first byte one round trip after it
                // began to connect, which this proxy (accepting at once on loopback) must add.
                synchronized (turns) {
                    turns.add(new long[] { -1, 0 });
                }
                Direction up = new Direction(laptop, server, true);
                up.lineFreeAt = System.nanoTime() + 2 * oneWayNanos;
                up.start();
                new Direction(server, laptop, false).start();
            } catch (IOException e) {
                if (!closed) {
                    System.err.println("Emulated link: " + e);
                }
            }
        }
    }

    /** One direction of one connection: a reader that timestamps chunks and a writer that delivers them on time. */
    private final class Direction {
        private final Socket from;
        private final Socket to;
        private final boolean upward;
        private final BlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
        private volatile long lineFreeAt;

        Direction(Socket from, Socket to, boolean upward) {
            this.from = from;
            this.to = to;
            this.upward = upward;
        }

        void start() {
            Thread reader = new Thread(this::read, "emulated link " + (upward ? "up" : "down") + " reader");
            Thread writer = new Thread(this::write, "emulated link " + (upward ? "up" : "down") + " writer");
            reader.setDaemon(true);
            writer.setDaemon(true);
            reader.start();
            writer.start();
        }

        private void read() {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    long now = System.nanoTime();
                    turn(n, upward);
                    (upward ? up : down).addAndGet(n);
                    long start = Math.max(now, lineFreeAt);
                    lineFreeAt = start + (bytesPerNano == 0 ? 0 : (long) (n / bytesPerNano));
                    line.add(new Chunk(java.util.Arrays.copyOf(buffer, n), lineFreeAt + oneWayNanos));
                }
            } catch (IOException e) {
                // the connection ended
            }
            line.add(new Chunk(null, lineFreeAt + oneWayNanos));
        }

        private void write() {
            try (OutputStream out = to.getOutputStream()) {
                while (true) {
                    Chunk chunk = line.take();
                    long wait = chunk.deliverAt() - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    if (chunk.bytes() == null) {
                        to.shutdownOutput();
                        return;
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the connection ended
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }
    }

    private record Chunk(byte[] bytes, long deliverAt) {
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }
}

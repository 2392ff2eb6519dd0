package se.samverka.sync;

/**
 * What one sync did.
 *
 * @param pushed    records sent
 * @param received  records taken in from the server
 * @param conflicts new conflicts reported by the server
 * @param bytesSent the request's size on the wire (compressed)
 * @param bytesReceived the response's size on the wire (compressed)
 * @param millis    the whole sync, wall time
 */
public record SyncReport(int pushed, int received, int conflicts, long bytesSent, long bytesReceived, long millis) {
}

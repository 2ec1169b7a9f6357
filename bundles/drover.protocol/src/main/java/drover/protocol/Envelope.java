package drover.protocol;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one JSON document every request answers with: {@code ok} with a {@code result}, or not ok with an
 * {@link ErrorInfo}. The protocol version travels in every answer so a client can tell a stale agent.
 */
public record Envelope(int protocol, boolean ok, JsonNode result, ErrorInfo error) {

	public static Envelope success(JsonNode result) {
		return new Envelope(Protocol.VERSION, true, result, null);
	}

	public static Envelope failure(ErrorInfo error) {
		return new Envelope(Protocol.VERSION, false, null, error);
	}
}

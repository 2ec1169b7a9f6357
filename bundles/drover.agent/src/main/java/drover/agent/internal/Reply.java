package drover.agent.internal;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.protocol.ErrorInfo;
import drover.protocol.Protocol;

/**
 * What a request produced: a result or an error. It is written straight to the channel as the protocol's
 * envelope ({@link drover.protocol.Envelope} on the reading side), streaming, so a large inventory is never
 * held twice in the agent's memory.
 */
public record Reply(Object result, ErrorInfo error) {

	public int exitStatus() {
		return error == null ? 0 : 1;
	}

	public void writeTo(OutputStream out, ObjectMapper json) throws IOException {
		try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
			gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
			gen.writeStartObject();
			gen.writeNumberField("protocol", Protocol.VERSION);
			gen.writeBooleanField("ok", error == null);
			if (error == null) {
				gen.writeFieldName("result");
				json.writeValue(gen, result);
			} else {
				gen.writeFieldName("error");
				json.writeValue(gen, error);
			}
			gen.writeEndObject();
		}
		out.write('\n');
		out.flush();
	}
}

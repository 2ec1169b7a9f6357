package drover.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one Jackson configuration both ends use: nulls left out, unknown fields tolerated (newer peers). */
public final class Json {

	/** For the one-line documents both ends exchange often (progress events): one mapper, made once. */
	private static final ObjectMapper SHARED = newMapper();

	private Json() {
	}

	/** {@code value} as one line of JSON. */
	public static String toJson(Object value) {
		try {
			return SHARED.writeValueAsString(value);
		} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalArgumentException("not writable as JSON: " + value, e);
		}
	}

	public static ObjectMapper newMapper() {
		return new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
	}
}

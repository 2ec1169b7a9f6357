package drover.agent.internal.criu;

import java.io.IOException;
import java.io.InputStream;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;

/**
 * One file header of a framed image transfer ({@code receive-image}): a line {@code NAME SIZE}, then SIZE bytes;
 * an empty line ends the transfer. Everything in it is untrusted: the name must be a plain file name (no
 * separator, no {@code ..}), the size a plain decimal number within what the transfer may still bring.
 */
public record TransferHeader(String name, long size) {

	/** The longest header line taken (a file name is at most 121 characters). */
	static final int MAX_LINE = 300;

	/**
	 * Parses a header line; {@code allowance} is how many bytes the transfer may still bring. An empty line
	 * (the end of the transfer) is null.
	 */
	public static TransferHeader parse(String line, long allowance) throws RequestException {
		return parse(line, allowance, "Nothing was kept. Raise the target's cap (-Ddrover.agent.maxImageBytes) if images this"
				+ " large are expected.");
	}

	/** As above; {@code capHint} says what to do when a file is more than the allowance. */
	public static TransferHeader parse(String line, long allowance, String capHint) throws RequestException {
		if (line.isEmpty()) {
			return null;
		}
		int space = line.lastIndexOf(' ');
		if (space <= 0 || space == line.length() - 1) {
			throw malformed("'" + printable(line) + "' is not NAME SIZE");
		}
		String name = ImageLibrary.checkName(line.substring(0, space));
		String digits = line.substring(space + 1);
		if (digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw malformed("the size of " + name + " is not a number of bytes: '" + printable(digits) + "'");
		}
		long size = Long.parseLong(digits);
		if (size > allowance) {
			throw new RequestException(ErrorInfo.TOO_LARGE, "Image file " + name + " (" + size + " bytes) is more than the"
					+ " transfer may still bring (" + Math.max(0, allowance) + " bytes).", capHint);
		}
		return new TransferHeader(name, size);
	}

	/** Reads one header line (up to, not including, its newline). */
	public static String readLine(InputStream in) throws IOException, RequestException {
		StringBuilder line = new StringBuilder();
		int c;
		while ((c = in.read()) != '\n') {
			if (c < 0) {
				throw new RequestException(ErrorInfo.TRANSFER_FAILED, "The image stream ended in the middle.",
						"The link or the sending agent failed; nothing was kept.");
			}
			if (line.length() >= MAX_LINE) {
				throw malformed("a header line is longer than " + MAX_LINE + " bytes");
			}
			line.append((char) c);
		}
		return line.toString();
	}

	private static RequestException malformed(String what) {
		return new RequestException(ErrorInfo.BAD_REQUEST, "Malformed image stream: " + what + ".",
				"Nothing was kept. Only a Drover agent's push sends this stream.");
	}

	private static String printable(String text) {
		String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
		return shown.replaceAll("[^\\x20-\\x7e]", "?");
	}
}

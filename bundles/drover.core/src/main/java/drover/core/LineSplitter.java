package drover.core;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** An output stream that hands each complete line to a consumer as it arrives (progress events on stderr). */
public final class LineSplitter extends OutputStream {

	private final Consumer<String> lines;
	private final ByteArrayOutputStream line = new ByteArrayOutputStream();

	public LineSplitter(Consumer<String> lines) {
		this.lines = lines;
	}

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			lines.accept(line.toString(StandardCharsets.UTF_8));
			line.reset();
		} else {
			line.write(b);
		}
	}

	@Override
	public synchronized void write(byte[] b, int off, int len) {
		for (int i = off; i < off + len; i++) {
			write(b[i]);
		}
	}
}

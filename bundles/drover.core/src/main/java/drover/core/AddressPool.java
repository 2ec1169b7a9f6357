package drover.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The cluster's pool of addresses for trees launched with an address of their own ({@code drover launch}): one
 * IPv4 range with its prefix, kept as one line {@code FIRST-LAST/PREFIX} in {@code launch-pool} beside hosts.json.
 * An address is picked as the first one of the range that no host reports in use.
 */
public record AddressPool(long first, long last, int prefix) {

	public AddressPool {
		if (first > last || prefix < 1 || prefix > 32) {
			throw new IllegalArgumentException("an address pool needs FIRST <= LAST and a prefix of 1 to 32");
		}
	}

	public static Path file(DroverHome home) {
		return home.dir().resolve("launch-pool");
	}

	/** Reads {@code 10.213.7.100-10.213.7.199/24}. */
	public static AddressPool parse(String text) {
		String t = text.strip();
		int slash = t.indexOf('/');
		int dash = t.indexOf('-');
		if (slash < 0 || dash < 0 || dash > slash) {
			throw new IllegalArgumentException("'" + text + "' is not a pool: write FIRST-LAST/PREFIX, e.g. 10.213.7.100-10.213.7.199/24");
		}
		return new AddressPool(toLong(t.substring(0, dash)), toLong(t.substring(dash + 1, slash)),
				Integer.parseInt(t.substring(slash + 1)));
	}

	public static Optional<AddressPool> load(DroverHome home) throws IOException {
		Path file = file(home);
		return Files.exists(file) ? Optional.of(parse(Files.readString(file))) : Optional.empty();
	}

	public void save(DroverHome home) throws IOException {
		Files.createDirectories(home.dir());
		Files.writeString(file(home), this + "\n");
	}

	/** The first address of the pool nobody uses, as A/PREFIX; empty when every one is taken. */
	public Optional<String> pick(Collection<String> used) {
		for (long a = first; a <= last; a++) {
			String text = toText(a);
			if (!used.contains(text)) {
				return Optional.of(text + "/" + prefix);
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return toText(first) + "-" + toText(last) + "/" + prefix;
	}

	static long toLong(String address) {
		String[] parts = address.strip().split("\\.");
		if (parts.length != 4) {
			throw new IllegalArgumentException("'" + address + "' is not an IPv4 address");
		}
		long value = 0;
		for (String p : parts) {
			int n = Integer.parseInt(p);
			if (n < 0 || n > 255) {
				throw new IllegalArgumentException("'" + address + "' is not an IPv4 address");
			}
			value = value << 8 | n;
		}
		return value;
	}

	static String toText(long a) {
		return (a >> 24 & 255) + "." + (a >> 16 & 255) + "." + (a >> 8 & 255) + "." + (a & 255);
	}
}

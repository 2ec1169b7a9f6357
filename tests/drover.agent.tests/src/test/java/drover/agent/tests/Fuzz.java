package drover.agent.tests;

import java.util.Random;

/**
 * A small seeded fuzzing harness for property tests of the agent's parsers, with no library of its own: each
 * input comes from a generator fed by {@code Random(seed + i)}, so a failure names the seed and input number that
 * reproduce it ({@code -Ddrover.fuzz.seed=S -Ddrover.fuzz.from=I}). CI runs {@code drover.fuzz.inputs} inputs per
 * property (20,000 by default, seconds); the long run is the same tests with {@code -Ddrover.fuzz.inputs=1000000}
 * (see the README, Security).
 */
final class Fuzz {

	/** A property over one generated input; throws to fail. */
	interface Property {
		void check(Random random) throws Exception;
	}

	/** What one run did, for the test's report. */
	record Run(String name, long inputs, long millis) {
		@Override
		public String toString() {
			return String.format("%s: %,d inputs in %,d ms (%,.0f/s)", name, inputs, millis, inputs * 1000.0 / Math.max(1, millis));
		}
	}

	private Fuzz() {
	}

	static long inputs() {
		return Long.getLong("drover.fuzz.inputs", 20_000);
	}

	static Run run(String name, Property property) {
		long seed = Long.getLong("drover.fuzz.seed", System.nanoTime());
		long from = Long.getLong("drover.fuzz.from", 0);
		long n = inputs();
		long started = System.nanoTime();
		for (long i = from; i < from + n; i++) {
			Random random = new Random(seed + i);
			try {
				property.check(random);
			} catch (Throwable e) {
				throw new AssertionError(name + " failed on input " + i + " (reproduce: -Ddrover.fuzz.seed=" + seed
						+ " -Ddrover.fuzz.from=" + i + " -Ddrover.fuzz.inputs=1): " + e, e);
			}
		}
		Run run = new Run(name, n, (System.nanoTime() - started) / 1_000_000);
		System.out.println("fuzz " + run);
		return run;
	}

	/** Characters that matter to the parsers, often; anything else, sometimes. */
	private static final String SPECIAL = " \t\n\r'\"\\$`-./:=,{}[]0123456789";

	static char character(Random random) {
		return switch (random.nextInt(10)) {
		case 0, 1, 2, 3 -> SPECIAL.charAt(random.nextInt(SPECIAL.length()));
		case 4, 5, 6 -> (char) ('a' + random.nextInt(26));
		case 7 -> (char) random.nextInt(32); // control characters, NUL included
		case 8 -> (char) (0x80 + random.nextInt(0x780)); // Latin and others
		default -> (char) random.nextInt(0x10000); // anything, lone surrogates included
		};
	}

	static String text(Random random, int maxLength) {
		int length = random.nextInt(10) == 0 ? random.nextInt(maxLength + 1) : random.nextInt(Math.min(maxLength, 40) + 1);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(character(random));
		}
		return text.toString();
	}

	/** A word a request might carry: names, numbers at the edges, paths with .., options. */
	static String word(Random random) {
		return switch (random.nextInt(12)) {
		case 0 -> "../" + text(random, 10);
		case 1 -> Long.toString(random.nextLong());
		case 2 -> random.nextBoolean() ? "99999999999999999999999" : "-1";
		case 3 -> "--" + text(random, 8);
		case 4 -> "mig-" + random.nextInt(1000);
		case 5 -> "0";
		case 6 -> "/" + text(random, 12);
		case 7 -> "'" + text(random, 12);
		case 8 -> "\"" + text(random, 12) + "\"";
		default -> text(random, 30);
		};
	}

	/** Mutates {@code text} a few times: deletes, inserts, swaps or duplicates a piece. */
	static String mutate(Random random, String text) {
		StringBuilder s = new StringBuilder(text);
		int times = 1 + random.nextInt(4);
		for (int t = 0; t < times; t++) {
			int at = s.isEmpty() ? 0 : random.nextInt(s.length());
			switch (random.nextInt(4)) {
			case 0 -> {
				if (!s.isEmpty()) {
					s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(5)));
				}
			}
			case 1 -> s.insert(at, character(random));
			case 2 -> s.insert(at, word(random));
			default -> {
				if (!s.isEmpty()) {
					int end = Math.min(s.length(), at + 1 + random.nextInt(10));
					s.insert(at, s.substring(at, end));
				}
			}
			}
		}
		return s.toString();
	}
}

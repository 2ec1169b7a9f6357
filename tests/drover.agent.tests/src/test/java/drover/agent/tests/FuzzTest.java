package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Args;
import drover.agent.internal.CommandTokenizer;
import drover.agent.internal.RequestException;
import drover.agent.internal.criu.ImageLibrary;
import drover.agent.internal.criu.TransferHeader;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;
import drover.protocol.Json;
import drover.protocol.MigrationReport;
import drover.protocol.MigrationRequest;
import drover.protocol.Preflight;
import drover.protocol.TargetStatus;

/**
 * Property tests of what an agent parses from the wire, on generated input (see {@link Fuzz}): the request
 * tokenizer, the argument parser, the framed transfer's header reader, and the JSON records. Each either gives a
 * well-formed result or refuses with its own kind of error; nothing else may come out (no NullPointerException, no
 * NumberFormatException, no StackOverflowError, no name with a separator).
 */
class FuzzTest {

	static final Set<String> REQUEST_CODES = Set.of(ErrorInfo.BAD_REQUEST, ErrorInfo.BAD_IMAGE, ErrorInfo.TOO_LARGE,
			ErrorInfo.TRANSFER_FAILED);

	/** How Drover's clients quote a word for the agent (AgentConnection.quote): POSIX single quotes. */
	static String quote(String word) {
		if (!word.isEmpty() && word.matches("[A-Za-z0-9_./=:,+@%-]+")) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	@Test
	void theTokenizerSplitsAnyLineOrSaysItIsUnterminated() {
		Fuzz.run("tokenizer, any line", random -> {
			String line = random.nextBoolean() ? Fuzz.text(random, 400) : String.join(" ", words(random));
			try {
				List<String> words = CommandTokenizer.split(line);
				for (String w : words) {
					if (w == null) {
						throw new AssertionError("a null word");
					}
				}
			} catch (IllegalArgumentException e) {
				assertTrue(e.getMessage().startsWith("unterminated"), e.getMessage());
			}
		});
	}

	@Test
	void quotedWordsComeBackAsTheyWereSent() {
		Fuzz.run("tokenizer, round trip", random -> {
			List<String> words = words(random);
			String line = String.join(random.nextBoolean() ? " " : " \t ", words.stream().map(FuzzTest::quote).toList());
			assertEquals(words, CommandTokenizer.split(line), line);
		});
	}

	@Test
	void argsParseAnyWordsOrRefuseWithABadRequest() {
		Fuzz.run("args", random -> {
			List<String> words = words(random);
			Set<String> flags = random.nextBoolean() ? Set.of("--force", "--migration") : Set.of();
			try {
				Args args = new Args("fuzz", words, flags);
				args.count();
				args.option("--to", null);
				args.flag("--force");
				for (int i = 0; i < Math.min(3, args.count() + 1); i++) {
					expectRequestError(() -> args.integer(0, "a PID"));
					expectRequestError(() -> args.positional(1, "a name"));
				}
				expectRequestError(() -> args.integers(0, "PIDs"));
				expectRequestError(() -> args.longOption("--limit", 1));
			} catch (RequestException e) {
				assertEquals(ErrorInfo.BAD_REQUEST, e.code());
			}
		});
	}

	@Test
	void transferHeadersGiveAPlainNameAndASizeWithinTheAllowanceOrARefusal() {
		Fuzz.run("transfer header", random -> {
			String line = switch (random.nextInt(4)) {
			case 0 -> Fuzz.word(random) + " " + Fuzz.word(random);
			case 1 -> Fuzz.mutate(random, "pages-1.img " + random.nextInt(1 << 20));
			case 2 -> Fuzz.text(random, 320);
			default -> Fuzz.word(random) + " " + random.nextLong();
			};
			long allowance = random.nextInt(4) == 0 ? 0 : Math.abs(random.nextLong() % (1L << 40));
			try {
				TransferHeader header = TransferHeader.parse(line, allowance);
				if (header == null) {
					assertTrue(line.isEmpty());
					return;
				}
				ImageLibrary.checkName(header.name());
				assertTrue(!header.name().contains("/") && !header.name().contains(".."), header.name());
				assertTrue(header.size() >= 0 && header.size() <= allowance, line);
			} catch (RequestException e) {
				assertTrue(REQUEST_CODES.contains(e.code()), e.code());
			}
		});
	}

	@Test
	void theHeaderReaderStopsAtItsLimitOnAnyBytes() {
		Fuzz.run("transfer header reader", random -> {
			byte[] bytes = new byte[random.nextInt(600)];
			random.nextBytes(bytes);
			if (random.nextBoolean() && bytes.length > 0) {
				bytes[random.nextInt(bytes.length)] = '\n';
			}
			try {
				String line = TransferHeader.readLine(new ByteArrayInputStream(bytes));
				assertTrue(line.length() <= 300 && line.indexOf('\n') < 0);
			} catch (RequestException e) {
				assertTrue(REQUEST_CODES.contains(e.code()), e.code());
			}
		});
	}

	static final String[] RECORD_SEEDS = {
			"{\"pid\":42,\"targetName\":\"demo2\",\"targetAddress\":\"10.213.7.12\",\"targetPort\":2222,\"targetHostKey\":\"SHA256:x\","
					+ "\"mode\":\"POST_COPY\",\"acceptWarnings\":true}",
			ImageTrustTest.metadata("img", "\"--shell-job\"", "{\"name\":\"core-1.img\",\"size\":3,\"sha256\":\"ab\"}"),
			"{\"id\":\"mig-1\",\"kind\":\"MIGRATION\",\"mode\":\"STOP_AND_COPY\",\"pid\":4,\"pids\":[4,5],\"outcome\":\"DONE\","
					+ "\"phases\":[{\"phase\":\"DUMP\",\"startedAt\":1,\"millis\":2}],\"warnings\":[\"w\"]}",
			"{\"migration\":\"mig-1\",\"copy\":\"RUNNING_COMPLETE\",\"restoredPid\":7,\"pids\":[7],\"detail\":\"ledger\"}",
			"{\"hostName\":\"h\",\"pids\":[1,2],\"residentBytes\":5,\"verdicts\":[{\"severity\":\"ERROR\",\"pid\":1}],\"criuFlags\":[]}" };
	static final Class<?>[] RECORD_TYPES = { MigrationRequest.class, ImageInfo.class, MigrationReport.class, TargetStatus.class,
			Preflight.class };

	@Test
	void jsonRecordsParseOrFailAsJsonOnAnyText() {
		ObjectMapper json = Json.newMapper();
		Fuzz.run("JSON records", random -> {
			int which = random.nextInt(RECORD_TYPES.length);
			String text = switch (random.nextInt(4)) {
			case 0 -> Fuzz.mutate(random, RECORD_SEEDS[which]);
			case 1 -> randomJson(random, 0);
			case 2 -> nested(random);
			default -> Fuzz.mutate(random, RECORD_SEEDS[random.nextInt(RECORD_SEEDS.length)]);
			};
			try {
				json.readValue(text, RECORD_TYPES[which]);
			} catch (JsonProcessingException e) {
				// refused as what it is: not that record
			}
		});
	}

	/** Deep nesting: the parser's own depth limit must answer before the stack runs out. */
	static String nested(Random random) {
		int depth = 1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 50);
		String open = random.nextBoolean() ? "[" : "{\"a\":";
		String close = open.equals("[") ? "]" : "}";
		return "{\"pid\":" + open.repeat(depth) + "1" + close.repeat(random.nextInt(depth + 1)) + "}";
	}

	static String randomJson(Random random, int depth) {
		int kind = depth > 4 ? random.nextInt(4) : random.nextInt(6);
		return switch (kind) {
		case 0 -> Long.toString(random.nextLong());
		case 1 -> "\"" + Fuzz.text(random, 20).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
		case 2 -> random.nextBoolean() ? "null" : "true";
		case 3 -> random.nextBoolean() ? "1e999999" : "-0.0";
		case 4 -> {
			List<String> items = new ArrayList<>();
			for (int i = random.nextInt(4); i > 0; i--) {
				items.add(randomJson(random, depth + 1));
			}
			yield "[" + String.join(",", items) + "]";
		}
		default -> {
			List<String> fields = new ArrayList<>();
			String[] names = { "pid", "pids", "name", "files", "criuFlags", "mode", "outcome", "copy", "targetPort", "x" };
			for (int i = random.nextInt(5); i > 0; i--) {
				fields.add("\"" + names[random.nextInt(names.length)] + "\":" + randomJson(random, depth + 1));
			}
			yield "{" + String.join(",", fields) + "}";
		}
		};
	}

	static List<String> words(Random random) {
		List<String> words = new ArrayList<>();
		for (int i = random.nextInt(8); i >= 0; i--) {
			words.add(Fuzz.word(random));
		}
		return words;
	}

	interface Call {
		void run() throws RequestException, IOException;
	}

	static void expectRequestError(Call call) throws IOException {
		try {
			call.run();
		} catch (RequestException e) {
			assertEquals(ErrorInfo.BAD_REQUEST, e.code());
		}
	}
}

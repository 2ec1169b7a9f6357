package drover.agent.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import drover.protocol.ErrorInfo;

/**
 * The words of a request after its name: positional values and {@code --option value} pairs; options named
 * in {@code flags} take no value. Anything malformed is a {@link RequestException} that says what is wrong.
 */
public final class Args {

	private final String request;
	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> options = new HashMap<>();

	public Args(String request, List<String> words, Set<String> flags) throws RequestException {
		this.request = request;
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.startsWith("--") && word.length() > 2) {
				if (flags.contains(word)) {
					options.computeIfAbsent(word, k -> new ArrayList<>()).add("true");
				} else if (i + 1 < words.size()) {
					options.computeIfAbsent(word, k -> new ArrayList<>()).add(words.get(++i));
				} else {
					throw new RequestException(ErrorInfo.BAD_REQUEST, request + ": option " + word + " needs a value.", null);
				}
			} else {
				positional.add(word);
			}
		}
	}

	public String positional(int index, String label) throws RequestException {
		if (index >= positional.size()) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, request + " needs " + label + ".", null);
		}
		return positional.get(index);
	}

	public int count() {
		return positional.size();
	}

	public int integer(int index, String label) throws RequestException {
		String value = positional(index, label);
		try {
			return Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, request + ": " + label + " must be a number, not '" + value + "'.", null);
		}
	}

	public List<Integer> integers(int from, String label) throws RequestException {
		List<Integer> values = new ArrayList<>();
		for (int i = from; i < positional.size(); i++) {
			values.add(integer(i, label));
		}
		return values;
	}

	public String option(String name, String fallback) {
		List<String> values = options.get(name);
		return values == null ? fallback : values.get(values.size() - 1);
	}

	public List<String> options(String name) {
		return options.getOrDefault(name, List.of());
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	public long longOption(String name, long fallback) throws RequestException {
		String value = option(name, null);
		try {
			return value == null ? fallback : Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new RequestException(ErrorInfo.BAD_REQUEST, request + ": " + name + " must be a number, not '" + value + "'.", null);
		}
	}
}

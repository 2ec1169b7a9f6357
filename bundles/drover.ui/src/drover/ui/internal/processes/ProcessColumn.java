package drover.ui.internal.processes;

import java.util.Comparator;
import java.util.function.Function;

import drover.core.model.ProcessNames;
import drover.model.InetSocketResource;
import drover.model.OpenResource;
import drover.model.Process;
import drover.model.UnixSocketResource;

/** The process tree's columns: what each shows for a process and a resource, and how processes sort. */
public enum ProcessColumn {

	// the tree column comes first and holds the command: its indentation grows with the depth of the
	// process tree, which a long command line absorbs and a PID column would not
	// a process's row starts with its short name (program and main argument), then its whole command line
	COMMAND("Process: name, command line / resource", 520, ProcessColumn::label, ProcessColumn::describe,
			Comparator.comparing(ProcessColumn::label, String.CASE_INSENSITIVE_ORDER)),
	PID("PID", 80, p -> String.valueOf(p.getPid()), r -> "fd " + r.getFd(), Comparator.comparingInt(Process::getPid)),
	USER("User", 80, p -> nonNull(p.getUser()), r -> "", Comparator.comparing(p -> nonNull(p.getUser()))),
	STATE("State", 110, p -> nonNull(p.getState()), ProcessColumn::socketState,
			Comparator.comparing(p -> nonNull(p.getState()))),
	THREADS("Threads", 70, p -> String.valueOf(p.getThreads()), r -> "", Comparator.comparingInt(Process::getThreads)),
	RSS("RSS", 90, p -> bytes(p.getResidentMemory()), r -> "", Comparator.comparingLong(Process::getResidentMemory));

	final String title;
	final int width;
	final Function<Process, String> processText;
	final Function<OpenResource, String> resourceText;
	final Comparator<Process> order;

	ProcessColumn(String title, int width, Function<Process, String> processText,
			Function<OpenResource, String> resourceText, Comparator<Process> order) {
		this.title = title;
		this.width = width;
		this.processText = processText;
		this.resourceText = resourceText;
		this.order = order;
	}

	public String text(Object element) {
		if (element instanceof Process p) {
			return processText.apply(p);
		}
		return element instanceof OpenResource r ? resourceText.apply(r) : "";
	}

	/** Stopped, traced, zombie or dead: a process that does not run and will not by itself. */
	static boolean isInactive(Object element) {
		String state = element instanceof Process p ? p.getState() : null;
		return state != null && !state.isEmpty() && "TtZX".indexOf(state.charAt(0)) >= 0;
	}

	static String command(Process p) {
		String line = p.getCommandLine();
		// kernel threads have no command line: show their name the way ps does
		return line == null || line.isBlank() ? "[" + nonNull(p.getName()) + "]" : line;
	}

	/**
	 * "python3 sample-kv-store.py — /usr/bin/python3 /srv/sample-kv-store.py --port 7070": the name an operator
	 * knows the process by, then its command line (whole in the tooltip and the Properties view).
	 */
	static String label(Process p) {
		String full = command(p);
		String name = ProcessNames.shortName(p.getCommandLine(), p.getName());
		drover.protocol.OwnAddress own = drover.core.model.OwnAddresses.of(p);
		if (own != null) { // a tree launched with an address of its own: movable with its connections, at that address
			name = name + "  @ " + drover.core.model.OwnAddresses.describe(own);
		}
		return name.equals(full) ? full : name + "  —  " + full;
	}

	private static String describe(OpenResource r) {
		return r.getDescription() != null ? r.getDescription() : nonNull(r.getTarget());
	}

	private static String socketState(OpenResource r) {
		if (r instanceof InetSocketResource inet) {
			return nonNull(inet.getState());
		}
		return r instanceof UnixSocketResource unix ? nonNull(unix.getState()) : "";
	}

	static String bytes(long n) {
		if (n < 1024) {
			return n + " B";
		}
		String units = "KMGTP";
		int unit = (63 - Long.numberOfLeadingZeros(n)) / 10;
		return String.format("%.1f %siB", n / Math.pow(1024, unit), units.charAt(unit - 1));
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}

package drover.agent.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import drover.agent.internal.proc.ProcState;
import drover.protocol.SpawnResult;

/**
 * Starts a command detached: in its own session, stdin from /dev/null, output to a log file, no descriptor
 * inherited from the agent, re-parented to the node's init once started.
 *
 * <p>
 * A command that daemonizes (forks, lets its first process exit 0 and keeps running in the child, often in
 * a new session) would look like one that died at once. So the launcher is a small Perl program (perl-base is
 * part of every Debian system) that makes itself a child subreaper (prctl PR_SET_CHILD_SUBREAPER) before it
 * starts the command: whatever the command leaves behind when its first process exits is re-parented to the
 * launcher, which names it and exits, handing it on to init. Without Perl, a command that exits at once is
 * reported as such.
 */
final class Spawner {

	private static final String PLAIN = "setsid \"$@\" </dev/null >>\"$DROVER_SPAWN_LOG\" 2>&1 & echo started $!";

	/**
	 * Prints "started PID", then "running" (still there after 0.4 s, or after 10 s while one of its children has
	 * left its session, the sign of a daemon on its way), or "exited STATUS" and "left PIDS" (what its exit left
	 * re-parented to us, once that set has been still for 0.3 s). prctl is syscall 157 on x86-64, 167 on arm64.
	 */
	private static final String LAUNCHER = """
			use POSIX ();
			$| = 1;
			my $log = shift @ARGV;
			my %prctl = (x86_64 => 157, aarch64 => 167);
			my $nr = $prctl{(POSIX::uname())[4]};
			syscall($nr, 36, 1, 0, 0, 0) if $nr;
			my $pid = fork();
			die "fork: $!" unless defined $pid;
			if ($pid == 0) {
				POSIX::setsid();
				open(STDIN, '<', '/dev/null'); open(STDOUT, '>>', $log); open(STDERR, '>&', \\*STDOUT);
				exec { $ARGV[0] } @ARGV;
				print STDERR "cannot run $ARGV[0]: $!\\n";
				POSIX::_exit(127);
			}
			print "started $pid\\n";
			sub nap { select(undef, undef, undef, 0.02) }
			sub children { open(my $c, '<', "/proc/$$/task/$$/children") or return (); my $l = <$c> // ''; return grep { /\\d/ } split(/\\s+/, $l) }
			sub leaving { my $p = shift; open(my $c, '<', "/proc/$p/task/$p/children") or return 0; for my $k (split(/\\s+/, <$c> // '')) {
				next unless $k =~ /^\\d+$/; open(my $s, '<', "/proc/$k/stat") or next; my $t = <$s>; $t =~ s/.*\\) //;
				my @f = split(/ /, $t); return 1 if $f[3] != $p } return 0 }
			my ($status, $n) = (undef, 0);
			while (1) {
				if (waitpid($pid, POSIX::WNOHANG()) == $pid) { $status = $? >> 8; last }
				$n++;
				last if $n >= 20 && !($n < 500 && leaving($pid));
				nap();
			}
			if (!defined $status) { print "running\\n"; exit 0 }
			print "exited $status\\n";
			my ($last, $still) = ('', 0);
			for (my $i = 0; $i < 500 && $still < 15; $i++) {
				1 while waitpid(-1, POSIX::WNOHANG()) > 0;
				my $now = join(' ', sort { $a <=> $b } children());
				$still = $now eq $last ? $still + 1 : 0;
				$last = $now;
				nap();
			}
			print "left $last\\n";
			""";

	private final Path logDir;

	Spawner(Path logDir) {
		this.logDir = logDir;
	}

	SpawnResult spawn(List<String> command) throws IOException, SpawnException {
		Files.createDirectories(logDir);
		String base = Path.of(command.get(0)).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
		Path log = logDir.resolve(System.currentTimeMillis() + "-" + base + ".log");
		LogCaps.createPrivate(log); // 0600 before the command's first byte (it appends; the sweep caps it)
		boolean perl = Files.isExecutable(Path.of("/usr/bin/perl"));
		List<String> argv = new ArrayList<>(perl ? List.of("/usr/bin/perl", "-e", LAUNCHER, log.toString())
				: List.of("/bin/sh", "-c", PLAIN, "drover-spawn"));
		argv.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(argv).directory(Path.of("/").toFile())
				.redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
		builder.environment().put("DROVER_SPAWN_LOG", log.toString());
		Process launcher = builder.start();
		List<String> lines = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		try {
			if (!launcher.waitFor(20, TimeUnit.SECONDS)) {
				launcher.destroyForcibly();
				throw new SpawnException("the launcher did not return in 20 s");
			}
			int pid = Integer.parseInt(word(lines, "started"));
			String exited = word(lines, "exited");
			if (exited == null) {
				if (!perl) {
					Thread.sleep(150); // a command that cannot be executed dies at once
				}
				if (ProcState.alive(pid)) {
					return new SpawnResult(pid, List.copyOf(command), log.toString());
				}
				exited = "?";
			}
			List<Integer> left = new ArrayList<>();
			String leftWords = word(lines, "left");
			for (String w : leftWords == null ? new String[0] : leftWords.trim().split("\\s+")) {
				if (!w.isEmpty() && ProcState.alive(Integer.parseInt(w))) {
					left.add(Integer.parseInt(w));
				}
			}
			if (exited.equals("0") && !left.isEmpty()) {
				return new SpawnResult(left.get(0), List.copyOf(command), log.toString(), true, pid, left);
			}
			String tail = Files.exists(log) ? Files.readString(log).trim() : "";
			throw new SpawnException("the process exited at once" + (exited.equals("?") ? "" : " with status " + exited)
					+ (exited.equals("0") ? " and left nothing running" : "") + (tail.isEmpty() ? "" : ": " + tail));
		} catch (NumberFormatException | NullPointerException e) {
			throw new SpawnException("the launcher printed no PID (" + String.join(" ", lines) + ")");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SpawnException("interrupted");
		}
	}

	/** The rest of the line that starts with {@code key}, or null. */
	private static String word(List<String> lines, String key) {
		return lines.stream().filter(l -> l.equals(key) || l.startsWith(key + " ")).findFirst()
				.map(l -> l.substring(key.length()).trim()).orElse(null);
	}

	static final class SpawnException extends Exception {
		private static final long serialVersionUID = 1L;

		SpawnException(String message) {
			super(message);
		}
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real programs of the catalog (Debian packages, scripts/install-catalog-deps.sh), each with how it is
 * started on a demo host, what Drover must do with it, and how its state is checked in its own terms before
 * and after. Every check talks to the program the way its users do: HTTP, the memcached and redis protocols,
 * the sqlite3 file, the tmux session, the files it writes.
 */
final class CatalogPrograms {

	/** What Drover must do: move it, or refuse at pre-flight with a reason that contains {@code reason}. */
	enum Expect {
		MOVED, REFUSED
	}

	/** One program of the catalog. */
	interface Program {
		String name();

		String kind();

		Expect expect();

		/** For a refusal: text the true reason contains. */
		default String reason() {
			return "";
		}

		/** Starts it on {@code host} (address {@code address}); returns the PID of the tree's root. */
		int start(Catalog catalog, String host, String address) throws Exception;

		/** Checks and changes its state before the migration (on the source). */
		void before(String address) throws Exception;

		/** Checks that the state is all there, on {@code address} (the target after a move, the source after a refusal). */
		void after(Catalog catalog, String host, String address, int pid) throws Exception;
	}

	/** What the programs need from the running catalog: where to put files, and a way to act inside a host. */
	interface Catalog {
		Path files();

		int spawn(String host, List<String> command) throws Exception;

		String exec(String host, String... command) throws Exception;
	}

	private CatalogPrograms() {
	}

	static List<Program> all(Path files) throws IOException {
		Files.createDirectories(files.resolve("www"));
		Files.writeString(files.resolve("www/index.html"), "drover catalog page\n");
		return List.of(new Nginx("nginx (master, 2 workers as root)", "root", 8080, false),
				new Nginx("nginx (workers as www-data)", "www-data", 8081, false),
				new Nginx("nginx on the host's own address", "root", 8082, true), new Memcached(), new Redis(), new Sqlite(),
				new Tmux(), new JavaCounter(), new PythonHttp(false), new PythonHttp(true), new TailFollow(true), new TailFollow(false),
				new Lighttpd());
	}

	// ---------------------------------------------------------------- web servers

	/** nginx from nginx-light: a master and two workers; {@code user} for the workers; optionally bound to the host's address. */
	record Nginx(String name, String user, int port, boolean ownAddress) implements Program {
		public String kind() {
			return ownAddress ? "server bound to its host's own address" : user.equals("root") ? "multi-process server"
					: "processes of an unprivileged user";
		}

		public Expect expect() {
			return user.equals("root") && !ownAddress ? Expect.MOVED : Expect.REFUSED;
		}

		public String reason() {
			return ownAddress ? "refused: bound to an address of citest1 itself" : "CAP_SYS_RESOURCE";
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path dir = catalog.files().resolve("nginx-" + port);
			Files.createDirectories(dir.resolve("tmp"));
			String listen = ownAddress ? "listen " + address + ":" + port + "; listen " + address + ":" + (port + 100) + ";"
					: "listen " + port + ";";
			Files.writeString(dir.resolve("nginx.conf"), String.join("\n", "user " + user + ";", "worker_processes 2;",
					"pid " + dir.resolve("nginx.pid") + ";", "error_log " + dir.resolve("error.log") + ";",
					"events { worker_connections 64; }", "http { access_log off;",
					" client_body_temp_path " + dir.resolve("tmp") + "/body; proxy_temp_path " + dir.resolve("tmp") + "/proxy;",
					" fastcgi_temp_path " + dir.resolve("tmp") + "/fcgi; uwsgi_temp_path " + dir.resolve("tmp") + "/uwsgi;",
					" scgi_temp_path " + dir.resolve("tmp") + "/scgi;",
					" server { " + listen + " root " + catalog.files().resolve("www") + "; } }", ""));
			return catalog.spawn(host, List.of("/usr/sbin/nginx", "-c", dir.resolve("nginx.conf").toString(), "-p", dir.toString()));
		}

		public void before(String address) throws Exception {
			assertEquals("drover catalog page\n", http(address, port, "/index.html"));
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			assertEquals("drover catalog page\n", http(address, port, "/index.html"));
			String ps = catalog.exec(host, "ps", "-o", "args=", "--ppid", Integer.toString(pid));
			assertEquals(2, ps.lines().filter(l -> l.startsWith("nginx: worker process")).count(), "two workers of " + pid + ": " + ps);
		}
	}

	/** lighttpd: one process with an event loop, daemonizing by itself. */
	record Lighttpd() implements Program {
		public String name() {
			return "lighttpd";
		}

		public String kind() {
			return "single-process event-loop server";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path conf = catalog.files().resolve("lighttpd.conf");
			Files.writeString(conf, "server.document-root = \"" + catalog.files().resolve("www") + "\"\nserver.port = 8090\n"
					+ "server.pid-file = \"" + catalog.files().resolve("lighttpd.pid") + "\"\nserver.errorlog = \""
					+ catalog.files().resolve("lighttpd.err") + "\"\n");
			return catalog.spawn(host, List.of("/usr/sbin/lighttpd", "-f", conf.toString()));
		}

		public void before(String address) throws Exception {
			assertEquals("drover catalog page\n", http(address, 8090, "/index.html"));
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			assertEquals("drover catalog page\n", http(address, 8090, "/index.html"));
		}
	}

	/** python3 -m http.server (a threading HTTP server), as root or as the unprivileged user nobody. */
	record PythonHttp(boolean nobody) implements Program {
		public String name() {
			return nobody ? "python3 http.server as nobody" : "python3 http.server";
		}

		public String kind() {
			return nobody ? "process of an unprivileged user" : "threaded server, interpreted runtime";
		}

		public Expect expect() {
			return nobody ? Expect.REFUSED : Expect.MOVED;
		}

		public String reason() {
			return "CAP_SYS_RESOURCE";
		}

		int port() {
			return nobody ? 8001 : 8000;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			List<String> command = new ArrayList<>(nobody ? List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups")
					: List.of());
			command.addAll(List.of("/usr/bin/python3", "-m", "http.server", Integer.toString(port()), "--directory",
					catalog.files().resolve("www").toString()));
			return catalog.spawn(host, command);
		}

		public void before(String address) throws Exception {
			awaitHttp(address, port());
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			assertEquals("drover catalog page\n", http(address, port(), "/index.html"));
		}
	}

	// ---------------------------------------------------------------- data stores

	/** memcached with 4 worker threads, holding 300 keys. */
	record Memcached() implements Program {
		public String name() {
			return "memcached -t 4";
		}

		public String kind() {
			return "threaded server";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			return catalog.spawn(host, List.of("memcached", "-u", "root", "-t", "4", "-p", "11211", "-U", "0", "-m", "16", "-d"));
		}

		public void before(String address) throws Exception {
			awaitPort(address, 11211);
			StringBuilder sets = new StringBuilder();
			for (int i = 0; i < 300; i++) {
				String value = "value-" + i;
				sets.append("set key").append(i).append(" 0 0 ").append(value.length()).append("\r\n").append(value).append("\r\n");
			}
			String replies = talk(address, 11211, sets + "quit\r\n");
			assertEquals(300, replies.lines().filter("STORED"::equals).count(), replies);
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			StringBuilder gets = new StringBuilder("get");
			for (int i = 0; i < 300; i++) {
				gets.append(" key").append(i);
			}
			String replies = talk(address, 11211, gets + "\r\nstats\r\nquit\r\n");
			for (int i = 0; i < 300; i++) {
				assertTrue(replies.contains("VALUE key" + i + " 0 " + ("value-" + i).length() + "\r\nvalue-" + i + "\r\n"), "key" + i);
			}
			assertTrue(replies.contains("STAT threads 4"), replies);
		}
	}

	/** redis-server with its append-only file, fsync on every write: a counter at 100, then 101 after the move. */
	record Redis() implements Program {
		public String name() {
			return "redis-server (appendonly)";
		}

		public String kind() {
			return "database writing its file";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path dir = catalog.files().resolve("redis");
			Files.createDirectories(dir);
			return catalog.spawn(host, List.of("redis-server", "--port", "6379", "--bind", "0.0.0.0", "--protected-mode", "no",
					"--appendonly", "yes", "--appendfsync", "always", "--dir", dir.toString(), "--daemonize", "yes",
					"--logfile", dir.resolve("redis.log").toString()));
		}

		public void before(String address) throws Exception {
			awaitPort(address, 6379);
			StringBuilder commands = new StringBuilder();
			for (int i = 0; i < 100; i++) {
				commands.append("INCR counter\r\n");
			}
			String replies = talk(address, 6379, commands + "SET greeting hello\r\nQUIT\r\n");
			assertTrue(replies.contains(":100\r\n"), replies);
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			String replies = talk(address, 6379, "GET greeting\r\nINCR counter\r\nQUIT\r\n");
			assertTrue(replies.contains("hello") && replies.contains(":101\r\n"), replies);
			long incrs = 0;
			try (Stream<Path> files = Files.walk(Path.of(catalogDir(catalog), "redis"))) {
				for (Path f : files.filter(f -> f.toString().endsWith(".aof")).toList()) {
					incrs += Files.readString(f, StandardCharsets.ISO_8859_1).split("\r\nINCR\r\n", -1).length - 1;
				}
			}
			assertEquals(101, incrs, "the append-only file has every INCR, the one after the move too");
		}
	}

	/** sqlite3 fed by a shell loop: a row every 50 ms into a file it keeps open. */
	record Sqlite() implements Program {
		public String name() {
			return "sqlite3 fed by a loop";
		}

		public String kind() {
			return "database with its file open and being written";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path db = catalog.files().resolve("rows.sqlite");
			return catalog.spawn(host, List.of("bash", "-c", "{ echo 'create table t(i integer);'; i=0; while :; do i=$((i+1));"
					+ " echo \"insert into t values($i);\"; sleep 0.05; done; } | sqlite3 " + db));
		}

		public void before(String address) throws Exception {
			Thread.sleep(1000);
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			Path db = catalog.files().resolve("rows.sqlite");
			long first = rows(catalog, host, db);
			Thread.sleep(1000);
			long later = rows(catalog, host, db);
			assertTrue(later > first, "rows keep coming after the move: " + first + " then " + later);
			assertEquals("ok", catalog.exec(host, "sqlite3", "-cmd", ".timeout 10000", db.toString(), "pragma integrity_check;").trim());
		}

		/** The row count, asserting the rows are exactly 1..n: none lost, none twice. */
		static long rows(Catalog catalog, String host, Path db) throws Exception {
			String[] f = catalog
					.exec(host, "sqlite3", "-cmd", ".timeout 10000", db.toString(),
							"select count(*), count(distinct i), min(i), max(i) from t;")
					.trim()
					.split("\\|");
			assertEquals(f[0], f[1], "no row twice");
			assertEquals("1", f[2]);
			assertEquals(f[0], f[3], "rows 1.." + f[3] + " all there");
			return Long.parseLong(f[0]);
		}
	}

	// ---------------------------------------------------------------- sessions and runtimes

	/** tmux with a bash in it: the pty pair is inside the tree. */
	record Tmux() implements Program {
		public String name() {
			return "tmux with bash";
		}

		public String kind() {
			return "terminal session with a shell in it";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		static String socket(Catalog catalog) {
			return catalog.files().resolve("tmux.sock").toString();
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			int pid = catalog.spawn(host, List.of("tmux", "-S", socket(catalog), "new-session", "-d", "-s", "work", "bash", "--norc"));
			catalog.exec(host, "tmux", "-S", socket(catalog), "send-keys", "-t", "work", "X=42; echo before-$X", "Enter");
			return pid;
		}

		public void before(String address) throws Exception {
			Thread.sleep(300);
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			catalog.exec(host, "tmux", "-S", socket(catalog), "send-keys", "-t", "work", "echo after-$X", "Enter");
			String pane = "";
			for (int i = 0; i < 20 && !pane.contains("after-42"); i++) {
				Thread.sleep(100);
				pane = catalog.exec(host, "tmux", "-S", socket(catalog), "capture-pane", "-p", "-t", "work");
			}
			assertTrue(pane.contains("before-42") && pane.contains("after-42"), "the shell kept its variable and its screen: " + pane);
		}
	}

	/** A Java program (HotSpot's JIT compiles its loop) writing "n checksum" every 100 ms. */
	record JavaCounter() implements Program {
		public String name() {
			return "java (JIT) counter";
		}

		public String kind() {
			return "language runtime with a JIT";
		}

		public Expect expect() {
			return Expect.MOVED;
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path source = catalog.files().resolve("Counter.java");
			Files.writeString(source, String.join("\n", "import java.io.*;", "public class Counter {",
					"  public static void main(String[] a) throws Exception {",
					"    try (PrintWriter out = new PrintWriter(new FileWriter(a[0]))) {",
					"      long sum = 0;",
					"      for (long n = 1;; n++) {",
					"        for (long i = 0; i < 200_000; i++) sum = (sum * 31 + i + n) % 1_000_000_007L;",
					"        out.println(n + \" \" + sum); out.flush(); Thread.sleep(100);",
					"      }", "    }", "  }", "}", ""));
			return catalog.spawn(host, List.of("/usr/bin/java", "-XX:-UsePerfData", "-Xmx48m", "-XX:+UseSerialGC", source.toString(),
					catalog.files().resolve("counter.out").toString()));
		}

		public void before(String address) throws Exception {
			Thread.sleep(2500); // compiled, started, counting
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			Path out = catalog.files().resolve("counter.out");
			long n1 = check(out);
			Thread.sleep(1000);
			long n2 = check(out);
			assertTrue(n2 > n1, "still counting after the move: " + n1 + " then " + n2);
		}

		/** Every line is the next n with the checksum recomputed here: the JVM's state went on where it was. */
		static long check(Path out) throws IOException {
			String text = Files.readString(out);
			List<String> lines = text.substring(0, text.lastIndexOf('\n') + 1).lines().toList(); // whole lines only
			long sum = 0;
			for (int k = 0; k < lines.size(); k++) {
				long n = k + 1;
				for (long i = 0; i < 200_000; i++) {
					sum = (sum * 31 + i + n) % 1_000_000_007L;
				}
				assertEquals(n + " " + sum, lines.get(k), "line " + n);
			}
			return lines.size();
		}
	}

	/**
	 * tail -f following a log that grows before and after the move: with inotify it is refused (it exits on the
	 * EINTR a restore brings), with {@code ---disable-inotify} (polling) it moves.
	 */
	record TailFollow(boolean inotify) implements Program {
		public String name() {
			return inotify ? "tail -f" : "tail ---disable-inotify -f";
		}

		public String kind() {
			return "log follower";
		}

		public Expect expect() {
			return inotify ? Expect.REFUSED : Expect.MOVED;
		}

		public String reason() {
			return "GNU tail following with inotify";
		}

		public int start(Catalog catalog, String host, String address) throws Exception {
			Path log = catalog.files().resolve("app.log");
			append(log, 1, 50);
			return catalog.spawn(host,
					List.of("sh", "-c",
							"exec tail " + (inotify ? "" : "---disable-inotify ") + "-n +1 -f " + log + " > "
									+ catalog.files().resolve("tail.out")
									+ " 2> " + catalog.files().resolve("tail.err")));
		}

		public void before(String address) throws Exception {
			Thread.sleep(500);
		}

		public void after(Catalog catalog, String host, String address, int pid) throws Exception {
			append(catalog.files().resolve("app.log"), 51, 100); // still following, where it runs
			Path out = catalog.files().resolve("tail.out");
			List<String> expected = new ArrayList<>();
			for (int i = 1; i <= 100; i++) {
				expected.add("line " + i);
			}
			List<String> seen = List.of();
			for (int i = 0; i < 30 && !seen.equals(expected); i++) {
				Thread.sleep(200);
				seen = Files.readAllLines(out);
			}
			assertEquals(expected, seen, "tail went on where it was: every line once, in order");
		}

		static void append(Path log, int from, int to) throws IOException {
			StringBuilder lines = new StringBuilder();
			for (int i = from; i <= to; i++) {
				lines.append("line ").append(i).append('\n');
			}
			Files.writeString(log, lines, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
	}

	// ---------------------------------------------------------------- talking to them

	private static String catalogDir(Catalog catalog) {
		return catalog.files().toString();
	}

	static String http(String address, int port, String path) throws IOException {
		HttpURLConnection c = (HttpURLConnection) URI.create("http://" + address + ":" + port + path).toURL().openConnection();
		c.setConnectTimeout(3000);
		c.setReadTimeout(3000);
		c.setRequestProperty("Connection", "close"); // a kept-alive connection would tie the server to this machine
		try (var in = c.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} finally {
			c.disconnect();
		}
	}

	static void awaitHttp(String address, int port) throws Exception {
		awaitPort(address, port);
		http(address, port, "/index.html");
	}

	static void awaitPort(String address, int port) throws Exception {
		for (int i = 0;; i++) {
			try (Socket s = new Socket()) {
				s.connect(new InetSocketAddress(address, port), 1000);
				return;
			} catch (IOException e) {
				if (i > 50) {
					throw e;
				}
				Thread.sleep(100);
			}
		}
	}

	/** Sends {@code text} and reads until the server closes (every text here ends with the protocol's quit). */
	static String talk(String address, int port, String text) throws IOException {
		try (Socket s = new Socket()) {
			s.connect(new InetSocketAddress(address, port), 3000);
			s.setSoTimeout(5000);
			OutputStream out = s.getOutputStream();
			out.write(text.getBytes(StandardCharsets.UTF_8));
			out.flush();
			StringBuilder reply = new StringBuilder();
			BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
			char[] buf = new char[8192];
			for (int n; (n = in.read(buf)) > 0;) {
				reply.append(buf, 0, n);
			}
			return reply.toString();
		}
	}
}

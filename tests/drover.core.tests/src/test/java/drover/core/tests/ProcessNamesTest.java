package drover.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import drover.core.model.ProcessNames;

/** Short names as an operator says them: the program and its main argument, whatever the options around them. */
class ProcessNamesTest {

	private static void name(String expected, String commandLine) {
		assertEquals(expected, ProcessNames.shortName(commandLine, "comm"), commandLine);
	}

	@Test
	void programsShowTheirFirstArgumentThatIsNotAnOption() {
		name("sleep 100", "sleep 100");
		name("redis-server *:6379", "/usr/bin/redis-server *:6379");
		name("memcached", "/usr/bin/memcached -u root -l 0.0.0.0");
		name("tini", "/usr/bin/tini --"); // options alone: the program
		name("tail syslog", "tail -n 20 -f /var/log/syslog");
		name("sshd sshd_config", "/usr/sbin/sshd -D -e -f /etc/ssh/sshd_config");
		name("tini sh", "/usr/bin/tini -- sh -c exec sleep infinity");
	}

	@Test
	void interpretersShowTheScriptTheyRun() {
		name("python3 sample-kv-store.py", "/usr/bin/python3 /work/scripts/samples/sample-kv-store.py --port 7070");
		name("python3.11 counter.py", "python3.11 -u /tmp/counter.py");
		name("bash sample-counter.sh", "bash /work/scripts/samples/sample-counter.sh /root/.drover/demo/samples/counter.txt");
		name("python3 http.server", "python3 -m http.server 8000");
		name("sh -c exec", "/bin/sh -c exec 3>/tmp/x; while :; do echo; done");
		name("perl -e print", "/usr/bin/perl -e print");
	}

	@Test
	void javaShowsItsJarOrMainClassPastItsOptions() {
		name("java drover-agent.jar", "/usr/lib/jvm/temurin-25/bin/java -XX:+UseSerialGC -Xmx128m -jar"
				+ " /usr/lib/drover-agent/drover-agent.jar --state-dir /var/lib/drover-agent");
		name("java org.example.Main", "java -cp /opt/app/lib/a.jar:/opt/app/lib/b.jar -Dx=y org.example.Main arg");
	}

	@Test
	void kernelThreadsAndLongArgumentsStayShort() {
		assertEquals("[kworker/0:1]", ProcessNames.shortName("", "kworker/0:1"));
		assertEquals("[kthreadd]", ProcessNames.shortName(null, "kthreadd"));
		String longArgument = "x".repeat(100);
		assertEquals("echo " + "x".repeat(39) + "\u2026", ProcessNames.shortName("echo " + longArgument, "echo"));
	}
}

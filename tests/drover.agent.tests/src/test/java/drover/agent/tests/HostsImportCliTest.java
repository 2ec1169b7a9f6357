package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.cli.DroverCli;
import drover.core.AgentConnection;
import drover.core.HostEntry;
import drover.core.HostKeyPolicy;

/**
 * {@code drover hosts import} end to end: an ssh config and Ansible inventories (INI and YAML) that point at a
 * real demo cluster's agents (simulated hosts in their own namespaces), imported through the CLI; each imported
 * host has the address, port, user and key the file gave and its agent answers {@code hello} with the name of
 * the demo host it stands for.
 */
class HostsImportCliTest {

	@TempDir
	static Path home;

	@TempDir
	static Path files;

	static DemoHosts demo;
	static String address1;
	static String address2;

	record Run(int exit, String out, String err) {
	}

	static Run drover(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		StringWriter err = new StringWriter();
		int exit = DroverCli.execute(args, out, new PrintWriter(err, true));
		return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
	}

	@BeforeAll
	static void up() throws Exception {
		demo = new DemoHosts(home, 2);
		address1 = demo.host("citest1").address();
		address2 = demo.host("citest2").address();
	}

	@AfterAll
	static void down() throws Exception {
		demo.close();
	}

	/** The imported hosts as `drover hosts --json` shows them, by name; each must answer. */
	static Map<String, JsonNode> answering(String... names) throws Exception {
		Run hosts = drover("hosts", "--json");
		assertEquals(0, hosts.exit(), hosts.err());
		Map<String, JsonNode> rows = new HashMap<>();
		new ObjectMapper().readTree(hosts.out()).forEach(row -> rows.put(row.get("name").asText(), row));
		for (String name : names) {
			assertTrue(rows.containsKey(name), name + " is in 'drover hosts': " + hosts.out());
			assertTrue(rows.get(name).get("answers").asBoolean(), name + " answers: " + rows.get(name));
		}
		return rows;
	}

	/** Says hello through the imported entry and returns the name the agent reports (the demo host's). */
	static String helloName(String name) throws Exception {
		HostEntry host = demo.host(name);
		try (AgentConnection agent = demo.client.connect(host, HostKeyPolicy.STRICT)) {
			return agent.hello().hostName();
		}
	}

	@Test
	void hostsFromAnSshConfigAnswerWithTheAddressPortUserAndKeyItGives() throws Exception {
		Path userHome = files.resolve("operator-home");
		Files.createDirectories(userHome);
		Path key = demo.home.resolve("keys/id_ecdsa");
		Files.copy(key, userHome.resolve("drover-key"));
		Path config = files.resolve("ssh_config");
		Files.writeString(config, """
				Host node-a
				    HostName %s
				Host node-b
				    HostName %s
				    IdentityFile ~/drover-key
				Host node-*
				    Port 2222
				Host *
				    User root
				    IdentityFile %s
				    Port 22
				""".formatted(address1, address2, key));
		String realHome = System.getProperty("user.home");
		Run run;
		try {
			System.setProperty("user.home", userHome.toString()); // what ~ stands for
			run = drover("hosts", "import", "--ssh-config", config.toString(), "--port-from-file");
		} finally {
			System.setProperty("user.home", realHome);
		}
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.out().contains("note: Host node-* is a pattern, not a host: skipped"), run.out());
		assertTrue(run.out().contains("Importing 2 hosts from " + config), run.out());

		Map<String, JsonNode> rows = answering("node-a", "node-b");
		check(rows.get("node-a"), address1, 2222, "root", key.toString());
		check(rows.get("node-b"), address2, 2222, "root", userHome.resolve("drover-key").toString());
		assertEquals("citest1", helloName("node-a"));
		assertEquals("citest2", helloName("node-b"));
	}

	@Test
	void hostsFromAnsibleInventoriesAnswerAndKeepTheirGroups() throws Exception {
		Path key = demo.home.resolve("keys/id_ecdsa");
		Path ini = files.resolve("hosts.ini");
		// ansible_port is the node's OpenSSH port: the agents listen on Drover's 2222
		Files.writeString(ini, """
				[demo]
				ini-a ansible_host=%s ansible_port=22
				[demo:vars]
				ansible_user=root
				[cluster:children]
				demo
				""".formatted(address1));
		Run imported = drover("hosts", "import", "--ansible", ini.toString(), "--key", key.toString());
		assertEquals(0, imported.exit(), imported.out() + imported.err());
		assertTrue(imported.out().contains("new, host key pinned"), "the demo cluster pinned this endpoint already: " + imported.out());

		Path yaml = files.resolve("hosts.yml");
		Files.writeString(yaml, """
				all:
				  vars:
				    ansible_user: root
				  children:
				    lab:
				      hosts:
				        yaml-b:
				          ansible_host: %s
				          ansible_ssh_private_key_file: %s
				        yaml-c:
				          ansible_host: 127.0.0.1
				          drover_agent_port: 1
				""".formatted(address2, key));
		Run onlyB = drover("hosts", "import", "--ansible", yaml.toString(), "--group", "lab", "--dry-run");
		assertEquals(0, onlyB.exit(), onlyB.err());
		assertTrue(onlyB.out().contains("Would import 2 hosts") && onlyB.out().contains("Nothing changed"), onlyB.out());
		assertTrue(!drover("hosts").out().contains("yaml-b"), "a dry run changes nothing");
		Run yamlRun = drover("hosts", "import", "--ansible", yaml.toString());
		assertEquals(0, yamlRun.exit(), yamlRun.err());

		Map<String, JsonNode> rows = answering("ini-a", "yaml-b");
		check(rows.get("ini-a"), address1, 2222, "root", key.toString());
		check(rows.get("yaml-b"), address2, 2222, "root", key.toString());
		assertEquals(List.of("cluster", "demo"), groups(rows.get("ini-a")));
		assertEquals(List.of("lab"), groups(rows.get("yaml-b")));
		assertTrue(!rows.get("yaml-c").get("answers").asBoolean(), "a host with no agent does not answer: " + rows.get("yaml-c"));
		assertEquals("citest1", helloName("ini-a"));
		assertEquals("citest2", helloName("yaml-b"));

		String table = drover("hosts").out();
		assertTrue(table.lines().anyMatch(l -> l.startsWith("NAME") && l.contains("GROUPS")), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("ini-a") && l.contains(" up ") && l.contains("cluster,demo")), table);
		assertTrue(table.lines().anyMatch(l -> l.startsWith("citest1") && l.contains(" - ")), "no groups: '-'\n" + table);
	}

	static void check(JsonNode row, String address, int port, String user, String keyFile) {
		assertEquals(address, row.get("address").asText(), row.toString());
		assertEquals(port, row.get("port").asInt(), row.toString());
		assertEquals(user, row.get("user").asText(), row.toString());
		assertEquals(keyFile, row.get("keyFile").asText(), row.toString());
	}

	static List<String> groups(JsonNode row) {
		List<String> groups = new java.util.ArrayList<>();
		row.get("groups").forEach(g -> groups.add(g.asText()));
		return groups;
	}
}

package drover.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.DroverHome;
import drover.core.HostEntry;
import drover.core.HostRegistry;
import drover.core.hosts.AnsibleInventoryImport;
import drover.core.hosts.HostImport;
import drover.core.hosts.ImportOptions;
import drover.core.hosts.SshConfigImport;

/**
 * The inventory parsers on sample files (src/test/resources/inventories) and on small texts: what each host
 * gets from where, what is skipped with a note. Pure file reading: no agents, no root.
 */
class HostImportTest {

	static final Path HOME = Path.of("/home/me");
	static final ImportOptions OPTIONS = new ImportOptions(2222, false, "me", null, HOME, Path.of("/work"));
	static final ImportOptions FILE_PORTS = new ImportOptions(2222, true, "me", null, HOME, Path.of("/work"));

	@TempDir
	Path dir;

	static Path sample(String name) throws URISyntaxException {
		return Path.of(HostImportTest.class.getResource("/inventories/" + name).toURI());
	}

	static Map<String, HostEntry> byName(HostImport result) {
		return result.hosts().stream().collect(Collectors.toMap(HostEntry::name, Function.identity()));
	}

	@Test
	void sshConfigHostsGetTheirOwnSettingsAndTheDefaultsOfHostStar() throws Exception {
		HostImport result = SshConfigImport.read(sample("ssh_config"), OPTIONS);
		assertEquals(List.of("web1", "web2", "db", "bastion-a"), result.hosts().stream().map(HostEntry::name).toList());
		Map<String, HostEntry> hosts = byName(result);
		assertEquals(new HostEntry("web1", "web1.example.net", 2222, "ops", "/home/me/.ssh/id_ed25519"), hosts.get("web1"));
		assertEquals(new HostEntry("web2", "web2.example.net", 2222, "ops", "/home/me/.ssh/id_ed25519"), hosts.get("web2"));
		assertEquals(new HostEntry("db", "10.0.0.5", 2222, "postgres", "/home/me/keys/db key"), hosts.get("db"),
				"own User and quoted IdentityFile with ~ win over Host *");
		assertEquals(new HostEntry("bastion-a", "192.0.2.7", 2222, "ops", "/home/me/.ssh/id_ed25519"), hosts.get("bastion-a"),
				"Key=value spelling");
		String notes = String.join("\n", result.notes());
		assertTrue(notes.contains("Host bastion-* is a pattern, not a host: skipped"), notes);
		assertTrue(notes.contains("Host * is a pattern"), notes);
		assertTrue(notes.contains("'Match exec true' needs a connection to evaluate"), notes);
		assertTrue(notes.contains("Host bastion-a: ssh reaches it through a jump host"), notes);
		assertFalse(result.hosts().stream().anyMatch(h -> h.user().equals("nobody")), "a Match block's settings are not applied");
	}

	@Test
	void sshConfigPortIsTheAgentPortOnlyWhenAsked() throws Exception {
		Map<String, HostEntry> hosts = byName(SshConfigImport.read(sample("ssh_config"), FILE_PORTS));
		assertEquals(2200, hosts.get("web1").port());
		assertEquals(22, hosts.get("db").port(), "Port of Host * applies");
		Map<String, HostEntry> other = byName(SshConfigImport.read(sample("ssh_config"),
				new ImportOptions(2300, false, "me", null, HOME, Path.of("/work"))));
		assertEquals(2300, other.get("web1").port(), "--agent-port");
	}

	@Test
	void aHostStarAtTheTopWinsOverLaterBlocksAsInSsh() throws Exception {
		HostImport result = SshConfigImport.parse("""
				User early
				Host *
				  User admin
				Host a
				  User bob
				  HostName 192.0.2.1
				Host b
				  HostName 192.0.2.2
				""", dir, OPTIONS);
		assertEquals(List.of(new HostEntry("a", "192.0.2.1", 2222, "early", null), new HostEntry("b", "192.0.2.2", 2222, "early", null)),
				result.hosts(), "ssh takes the first value it finds: settings before any Host, then Host *, then Host a");
	}

	@Test
	void sshConfigWithoutUserOrKeyUsesTheLocalUserAndDroversKey() throws Exception {
		ImportOptions withKey = new ImportOptions(2222, false, "me", "/keys/drover", HOME, Path.of("/work"));
		HostImport result = SshConfigImport.parse("Host lab\n  HostName lab.example.net\nHost rel\n  IdentityFile keys/%u-%r-%n\n",
				dir, withKey);
		assertEquals(new HostEntry("lab", "lab.example.net", 2222, "me", "/keys/drover"), result.hosts().get(0));
		assertEquals(new HostEntry("rel", "rel", 2222, "me", "/work/keys/me-me-rel"), result.hosts().get(1),
				"tokens expanded, a relative key path is relative to the working directory, no HostName: the name");
	}

	@Test
	void sshConfigFollowsIncludesAndSkipsNamesDroverCannotUse() throws Exception {
		Files.createDirectories(dir.resolve("config.d"));
		Files.writeString(dir.resolve("config.d/20-lab"), "Host lab2\n  HostName 10.9.0.2\n");
		Files.writeString(dir.resolve("config.d/10-lab"), "Host lab1\n  HostName 10.9.0.1\n");
		Files.writeString(dir.resolve("config"), "Include config.d/*\nHost user@odd main\n  HostName 10.9.0.9\nHost *\n  User lab\n");
		HostImport result = SshConfigImport.read(dir.resolve("config"), OPTIONS);
		assertEquals(List.of("lab1", "lab2", "main"), result.hosts().stream().map(HostEntry::name).toList());
		assertEquals("lab", result.hosts().get(0).user(), "Host * after the Include applies to included hosts");
		assertTrue(String.join("\n", result.notes()).contains("Host user@odd skipped: host name 'user@odd' must be"),
				result.notes().toString());
		IOException missing = assertThrows(IOException.class, () -> SshConfigImport.read(dir.resolve("nope"), OPTIONS));
		assertTrue(missing.getMessage().contains("No ssh config at"), missing.getMessage());
	}

	@Test
	void iniInventoryHostsGetTheirGroupsAndTheMostSpecificVariables() throws Exception {
		HostImport result = AnsibleInventoryImport.read(sample("inventory.ini"), OPTIONS);
		checkSampleInventory(result);
		assertTrue(result.notes().isEmpty(), result.notes().toString());
	}

	@Test
	void yamlInventoryGivesTheSameHostsAsTheSameInventoryInIni() throws Exception {
		HostImport yaml = AnsibleInventoryImport.read(sample("inventory.yml"), OPTIONS);
		checkSampleInventory(yaml);
		assertEquals(AnsibleInventoryImport.read(sample("inventory.ini"), OPTIONS).hosts(), yaml.hosts());
		assertEquals(AnsibleInventoryImport.read(sample("inventory.ini"), FILE_PORTS).hosts(),
				AnsibleInventoryImport.read(sample("inventory.yml"), FILE_PORTS).hosts());
	}

	private static void checkSampleInventory(HostImport result) {
		assertEquals(List.of("mail.example.com", "web01.example.com", "web02.example.com", "web03.example.com", "foo.example.com",
				"db1", "db2"), result.hosts().stream().map(HostEntry::name).toList());
		Map<String, HostEntry> hosts = byName(result);
		assertEquals(new HostEntry("mail.example.com", "mail.example.com", 2222, "root", null, List.of()), hosts.get("mail.example.com"),
				"ungrouped: only all's variables; no ansible_host: the name");
		assertEquals(new HostEntry("web02.example.com", "web02.example.com", 2222, "deploy", null, List.of("prod", "webservers")),
				hosts.get("web02.example.com"), "a range, a host variable over every group's");
		assertEquals(new HostEntry("foo.example.com", "192.0.2.10", 2222, "admin", null, List.of("prod", "webservers")),
				hosts.get("foo.example.com"), "parent group prod's user over all's; the SSH port is not the agent's");
		assertEquals(new HostEntry("db1", "10.0.0.21", 2222, "postgres", "/home/me/.ssh/db_key", List.of("prod", "dbservers")),
				hosts.get("db1"), "child group dbservers over parent prod; key with ~");
		assertEquals(new HostEntry("db2", "10.0.0.22", 2300, "postgres", null, List.of("prod", "staging", "dbservers")),
				hosts.get("db2"), "drover_agent_port; groups from the least specific, by name among equals");
	}

	@Test
	void ansiblePortIsTheAgentPortOnlyWhenAskedAndDroverAgentPortAlwaysWins() throws Exception {
		Map<String, HostEntry> hosts = byName(AnsibleInventoryImport.read(sample("inventory.ini"), FILE_PORTS));
		assertEquals(2200, hosts.get("foo.example.com").port(), "host:port");
		assertEquals(5522, hosts.get("db1").port(), "ansible_port");
		assertEquals(2300, hosts.get("db2").port(), "drover_agent_port");
		assertEquals(2222, hosts.get("mail.example.com").port(), "no port in the file: the agent port");
	}

	@Test
	void ansibleKeyOptionIsTheKeyOfHostsThatNameNone() throws Exception {
		ImportOptions withKey = new ImportOptions(2222, false, "me", "/keys/ops", HOME, Path.of("/work"));
		Map<String, HostEntry> hosts = byName(AnsibleInventoryImport.read(sample("inventory.yml"), withKey));
		assertEquals("/keys/ops", hosts.get("db2").keyFile());
		assertEquals("/home/me/.ssh/db_key", hosts.get("db1").keyFile(), "the inventory's own key wins");
	}

	@Test
	void groupVarsAndHostVarsBesideTheInventoryOverrideItsVariables() throws Exception {
		Files.writeString(dir.resolve("hosts"),
				"[app]\nh1 ansible_host=192.0.2.1\nh2 ansible_host=192.0.2.2\n[app:vars]\nansible_user=inline\n");
		Files.createDirectories(dir.resolve("group_vars/app"));
		Files.writeString(dir.resolve("group_vars/all.yml"), "ansible_user: everyone\nansible_ssh_private_key_file: keys/app\n");
		Files.writeString(dir.resolve("group_vars/app/connection.yml"), "---\nansible_user: appuser\nlist: [1, 2]\n");
		Files.createDirectories(dir.resolve("host_vars"));
		Files.writeString(dir.resolve("host_vars/h2.yaml"), "ansible_user: special\nansible_host: 192.0.2.22\n");
		ImportOptions options = new ImportOptions(2222, false, "me", null, HOME, dir);
		HostImport result = AnsibleInventoryImport.read(dir.resolve("hosts"), options);
		assertEquals(List.of(new HostEntry("h1", "192.0.2.1", 2222, "appuser", dir.resolve("keys/app").toString(), List.of("app")),
				new HostEntry("h2", "192.0.2.22", 2222, "special", dir.resolve("keys/app").toString(), List.of("app"))), result.hosts());
	}

	@Test
	void templatedValuesAndDynamicInventoriesAreNotRun() throws Exception {
		HostImport result = AnsibleInventoryImport.parseYaml("""
				all:
				  hosts:
				    t1:
				      ansible_host: "{{ lookup('env', 'T1_ADDR') }}"
				      ansible_user: ops
				""", OPTIONS);
		assertEquals(List.of(new HostEntry("t1", "t1", 2222, "ops", null)), result.hosts());
		assertTrue(result.notes().get(0).contains("ansible_host is a template"), result.notes().toString());
		Path script = dir.resolve("ec2.py");
		Files.writeString(script, "#!/usr/bin/env python3\nprint('{}')\n");
		script.toFile().setExecutable(true);
		IOException dynamic = assertThrows(IOException.class, () -> AnsibleInventoryImport.read(script, OPTIONS));
		assertTrue(dynamic.getMessage().contains("dynamic inventory script") && dynamic.getMessage().contains("ansible-inventory -i"),
				dynamic.getMessage());
		IOException bad = assertThrows(IOException.class, () -> AnsibleInventoryImport.parseIni("[broken\nh1\n", OPTIONS));
		assertTrue(bad.getMessage().contains("does not close it"), bad.getMessage());
	}

	@Test
	void rangesWithStepsLettersAndZeroPadding() throws Exception {
		HostImport result = AnsibleInventoryImport.parseIni("[r]\nn[08:12:2]-[a:b]\n", OPTIONS);
		assertEquals(List.of("n08-a", "n08-b", "n10-a", "n10-b", "n12-a", "n12-b"), result.hosts().stream().map(HostEntry::name).toList());
	}

	@Test
	void hostsJsonWrittenBeforeGroupsStillLoadsAndGroupsSurviveARoundTrip() throws Exception {
		DroverHome home = new DroverHome(dir);
		Files.writeString(home.hostsFile(), """
				{"hosts":[{"name":"old","address":"192.0.2.1","port":2222,"user":"root"}]}
				""");
		HostRegistry registry = new HostRegistry(home);
		assertEquals(List.of(new HostEntry("old", "192.0.2.1", 2222, "root", null)), registry.list());
		assertEquals(List.of(), registry.list().get(0).groups());
		registry.putAll(List.of(new HostEntry("new", "192.0.2.2", 2222, "ops", "/k", List.of("prod", "web"))));
		assertEquals(List.of("prod", "web"), new HostRegistry(home).require("new").groups());
		String text = Files.readString(home.hostsFile());
		assertTrue(text.contains("\"groups\" : [ \"prod\", \"web\" ]"), text);
		assertEquals(1, text.split("\"groups\"").length - 1, "a host in no group is written as before: " + text);
	}
}

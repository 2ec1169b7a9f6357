package drover.agent.internal.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import drover.agent.internal.Args;
import drover.agent.internal.RequestException;
import drover.agent.internal.proc.ProcScanner;
import drover.protocol.Inventory;
import drover.protocol.Json;
import drover.protocol.ProcessInfo;
import drover.protocol.ResourceInfo;

/**
 * Keeps a migrating tree's listening unix sockets reachable by name through a failed restore. With the file
 * system shared between hosts (a cluster's shared storage, or the demo cluster's one disk), CRIU restoring such a
 * socket on the target unlinks its path and binds a new socket there; if the restore then fails and the source
 * resumes, the path leads nowhere and no client can reach the resumed server. Before the restore, a hard link
 * next to each path keeps the source's socket inode; after a rollback the link is renamed back over the path (an
 * atomic replace), after a success it is dropped. The list lives in STATE/socket-paths/ID.json, so a restarted
 * agent can still put the paths back.
 */
public final class SocketPaths {

	record Kept(String path, String link, long inode) {
	}

	private final Path dir;
	private final ProcScanner scanner;
	private final String hostName;
	private final ObjectMapper json = Json.newMapper();

	SocketPaths(Path dir, ProcScanner scanner, String hostName) {
		this.dir = dir;
		this.scanner = scanner;
		this.hostName = hostName;
	}

	/** {@code protect-socket-paths ID PIDS}: links every named listening unix socket of the tree. */
	public Object protect(Args args) throws RequestException, IOException {
		String id = drover.agent.internal.criu.ImageLibrary.checkName(args.positional(0, "a migration ID"));
		Set<Integer> tree = new HashSet<>(args.integers(1, "PIDs"));
		Inventory inventory = scanner.scan(hostName);
		List<Kept> kept = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ProcessInfo p : inventory.processes()) {
			if (!tree.contains(p.pid())) {
				continue;
			}
			for (ResourceInfo r : p.resources()) {
				if (r instanceof ResourceInfo.UnixSocket s && "LISTEN".equals(s.state()) && s.path() != null
						&& s.path().startsWith("/") && seen.add(s.path())) {
					Path path = Path.of(s.path());
					Path link = path.resolveSibling("." + path.getFileName() + ".drover-" + id);
					try {
						Files.deleteIfExists(link);
						Files.createLink(link, path);
						kept.add(new Kept(path.toString(), link.toString(), inode(path)));
					} catch (IOException | UnsupportedOperationException e) {
						warnings.add("cannot keep a spare link of unix socket " + path + " (" + e.getMessage() + "): a failed"
								+ " restore could leave it unreachable by name");
					}
				}
			}
		}
		Files.createDirectories(dir);
		Files.write(dir.resolve(id + ".json"), json.writeValueAsBytes(kept));
		return Map.of("kept", kept.stream().map(Kept::path).toList(), "warnings", warnings);
	}

	/** {@code release-socket-paths ID [--put-back]}. */
	public Object release(Args args) throws RequestException, IOException {
		String id = drover.agent.internal.criu.ImageLibrary.checkName(args.positional(0, "a migration ID"));
		return Map.of("restored", release(id, args.flag("--put-back")));
	}

	/** Puts the paths back (after a rollback) or drops the spare links (after a success); returns paths put back. */
	List<String> release(String id, boolean putBack) throws IOException {
		Path file = dir.resolve(id + ".json");
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		List<Kept> kept = json.readValue(file.toFile(), new TypeReference<List<Kept>>() {
		});
		List<String> restored = new ArrayList<>();
		for (Kept k : kept) {
			Path link = Path.of(k.link());
			Path path = Path.of(k.path());
			if (!Files.exists(link)) {
				continue;
			}
			if (putBack && (!Files.exists(path) || inode(path) != k.inode())) {
				Files.move(link, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				restored.add(k.path());
			} else {
				Files.deleteIfExists(link);
			}
		}
		Files.deleteIfExists(file);
		return restored;
	}

	private static long inode(Path path) throws IOException {
		return ((Number) Files.getAttribute(path, "unix:ino")).longValue();
	}
}

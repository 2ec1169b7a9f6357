package drover.agent.internal.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File modes the agent insists on, as OpenSSH's StrictModes does: what decides who may log in (authorized_keys, the
 * state directory) must not be writable by anybody but its owner, and what the agent writes (images, logs, the
 * audit log) is for root's eyes only. A message always says which file and the command that fixes it.
 */
public final class FileModes {

	public static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
	public static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");

	private FileModes() {
	}

	/** Why {@code path} may not be trusted (group- or world-writable, or a symlink), or null if it may. */
	public static String unsafe(Path path) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		if (view == null) {
			return null; // not a POSIX file system: nothing to check
		}
		PosixFileAttributes attributes = view.readAttributes();
		if (attributes.isSymbolicLink()) {
			return path + " is a symbolic link: the agent trusts only a real file or directory there (replace the link by"
					+ " what it points to)";
		}
		Set<PosixFilePermission> mode = attributes.permissions();
		if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
			return path + " is writable by " + (mode.contains(PosixFilePermission.OTHERS_WRITE) ? "every local user" : "its group")
					+ " (mode " + PosixFilePermissions.toString(mode) + "), so anyone who can write it could give themselves"
					+ " root on this node: run 'chmod go-w " + path + "' (and check its contents) before starting the agent again";
		}
		return null;
	}

	/** Makes {@code dir} (and its parents) exist and sets it to 0700. */
	public static void privateDir(Path dir) throws IOException {
		Files.createDirectories(dir);
		restrict(dir, PRIVATE_DIR);
	}

	/** Sets 0600 on a file the agent wrote (an image file, a log). */
	public static void privateFile(Path file) throws IOException {
		restrict(file, PRIVATE_FILE);
	}

	private static void restrict(Path path, Set<PosixFilePermission> mode) throws IOException {
		if (Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null
				&& !Files.isSymbolicLink(path)) {
			Files.setPosixFilePermissions(path, mode);
		}
	}
}

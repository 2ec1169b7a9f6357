package drover.agent.internal.criu;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import drover.agent.internal.RequestException;
import drover.protocol.ErrorInfo;
import drover.protocol.ImageInfo;

/**
 * An image directory and its metadata as untrusted input (it may have come from another node, or been left by
 * anyone who could write the library): before CRIU reads it, every file in it is a plain file (no symlink, device,
 * fifo or directory), every name in the metadata a plain file name, and the CRIU flags for its restore come from this
 * node's allowlist. A flag outside it (--action-script, --libdir, --lib, --exec-cmd, anything else) refuses the
 * image instead of being dropped: an image that asks for one was made by something other than a Drover agent.
 */
final class UntrustedImage {

	/** Flags a dump may record that the restore needs too. */
	private static final Set<String> RESTORE_FLAGS = Set.of("--shell-job", "--tcp-established", "--file-locks", "--link-remap",
			"--tcp-close", "--ext-unix-sk", "--network-lock=nftables", "--network-lock=iptables");
	/** Flags a dump may record that mean nothing to a restore (dropped). */
	/** A tree with an address of its own: its macvlan, named by the source's parent interface. */
	static final Pattern OWN_NETWORK = Pattern.compile("--external=macvlan\\[eth0\\]:[A-Za-z0-9_.@-]{1,15}");
	private static final Pattern DUMP_ONLY = Pattern.compile("--leave-running|--ghost-limit=\\d{1,15}");

	private UntrustedImage() {
	}

	/** The CRIU flags this node will restore the image with. */
	static List<String> restoreFlags(ImageInfo image) throws RequestException {
		List<String> flags = new ArrayList<>();
		for (String flag : image.criuFlags() == null ? List.<String>of() : image.criuFlags()) {
			if (RESTORE_FLAGS.contains(flag)) {
				flags.add(flag);
			} else if (flag != null && OWN_NETWORK.matcher(flag).matches()) {
				// the tree's macvlan is recreated on this node's own interface, whatever the source's was called
				flags.add("--external=macvlan[" + drover.agent.internal.net.OwnNetwork.DEVICE + "]:"
						+ drover.agent.internal.net.OwnNetwork.parentName());
			} else if (flag == null || !DUMP_ONLY.matcher(flag).matches()) {
				throw refused(image.name(), "its metadata asks for the CRIU flag '" + shown(flag) + "', which this node never"
						+ " takes from an image (allowed: " + String.join(", ", RESTORE_FLAGS.stream().sorted().toList()) + ")");
			}
		}
		return flags;
	}

	/** Checks the directory and the names its metadata gives, before anything reads the files. */
	static void check(Path dir, ImageInfo image) throws RequestException, IOException {
		String dirName = dir.getFileName().toString();
		String name = image.name();
		if (name == null || !(name.equals(dirName) || dirName.equals(".incoming-" + name))) {
			throw refused(dirName, "its metadata names it '" + shown(name) + "'");
		}
		for (ImageInfo.ImageFile file : image.files() == null ? List.<ImageInfo.ImageFile>of() : image.files()) {
			try {
				ImageLibrary.checkName(file.name());
				if (file.stored() != null) {
					ImageLibrary.checkName(file.stored());
				}
			} catch (RequestException e) {
				throw refused(name, "its metadata lists the file name '" + shown(file.name()) + "' (a file name must have no"
						+ " '/' and no '..')");
			}
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
			for (Path file : files) {
				int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
				String kind = switch (mode & 0170000) {
				case 0100000 -> null; // a regular file
				case 0140000 -> null; // a unix socket: CRIU's lazy-pages socket of an earlier restore; never read as data
				case 0120000 -> "a symbolic link";
				case 0040000 -> "a directory";
				case 0060000, 0020000 -> "a device file";
				case 0010000 -> "a fifo";
				default -> "not a regular file";
				};
				if (kind != null) {
					throw refused(name, file.getFileName() + " in it is " + kind);
				}
			}
		}
	}

	private static RequestException refused(String image, String why) {
		return new RequestException(ErrorInfo.UNTRUSTED_IMAGE, "Image " + image + " is refused: " + why + ".",
				"Nothing was restored or changed. Images come only from Drover agents; delete this one ('delete-image') and"
						+ " find out who wrote it.");
	}

	private static String shown(String text) {
		if (text == null) {
			return "null";
		}
		String cut = text.length() > 80 ? text.substring(0, 80) + "..." : text;
		return cut.replaceAll("[^\\x20-\\x7e]", "?");
	}
}

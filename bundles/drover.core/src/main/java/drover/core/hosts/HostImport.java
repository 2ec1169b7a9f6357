package drover.core.hosts;

import java.util.List;

import drover.core.HostEntry;

/**
 * The result of reading an inventory: the hosts found, in file order, and one note for each thing left out
 * (a pattern that is not a host, a setting Drover cannot use), so the operator sees what did not come over.
 */
public record HostImport(List<HostEntry> hosts, List<String> notes) {

	public HostImport {
		hosts = List.copyOf(hosts);
		notes = List.copyOf(notes);
	}
}

package drover.protocol;

import java.util.List;

/** Answer to {@code launch}: the started tree's root PID as its host sees it, its own address and its log. */
public record LaunchResult(int pid, List<String> command, String log, OwnAddress address) {

	/** One line for an operator. */
	public String describe() {
		return "PID " + pid + " at " + address.cidr() + (address.name() != null ? " (" + address.name() + ")" : "")
				+ ", movable with its connections (output in " + log + ")";
	}
}

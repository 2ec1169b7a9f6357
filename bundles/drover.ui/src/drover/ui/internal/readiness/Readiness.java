package drover.ui.internal.readiness;

import java.util.List;

import drover.protocol.Preflight.Verdict;

/** What a process's pre-flight verdicts say about migrating it, as a row shows it. */
public enum Readiness {

	MIGRATABLE("migratable"), WARNINGS("warnings"), NOT_MIGRATABLE("not migratable"), UNKNOWN("");

	public final String label;

	Readiness(String label) {
		this.label = label;
	}

	/** Not migratable with any error, with warnings with any warning, migratable otherwise (INFO only). */
	public static Readiness of(List<Verdict> verdicts) {
		if (verdicts.stream().anyMatch(v -> Verdict.ERROR.equals(v.severity()))) {
			return NOT_MIGRATABLE;
		}
		return verdicts.stream().anyMatch(v -> Verdict.WARNING.equals(v.severity())) ? WARNINGS : MIGRATABLE;
	}
}

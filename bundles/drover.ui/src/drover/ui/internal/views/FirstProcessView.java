package drover.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Help > Move Your First Process: the steps, in a view that stays open beside the process views while they are
 * followed. (Not a cheat sheet: org.eclipse.ui.cheatsheets from Maven Central cannot load its own handlers without
 * org.eclipse.help.ui and the help server behind it; a plain view needs nothing.)
 */
public class FirstProcessView extends ViewPart {

	public static final String ID = "drover.ui.views.firstProcess";

	static final String TITLE = "Move your first process";
	static final String[] STEPS = {
			"Connect two hosts. The console connects every known host at start; './setup' made two (demo1, demo2) and"
					+ " started sample workloads on demo1. Other hosts: 'drover hosts import', or 'drover agent install HOST'"
					+ " for a node you reach with ssh.",
			"Find something to move in demo1's process view: 'bash sample-counter.sh' counts once a second,"
					+ " 'python3 sample-kv-store.py' keeps 1000 keys in memory. The Pre-flight column says whether each can move.",
			"Drag the process onto the other host's process view (or onto its row in the Hosts view). Right-click >"
					+ " Migrate Post-copy to... keeps the freeze short for a large process.",
			"Pre-flight runs first: errors block (the reason is in the dialog and the tooltips), warnings ask.",
			"Watch the Progress view: phase, bytes, time left. The red square cancels before the freeze.",
			"The process now runs on the other host with the same PID and memory: the counter goes on from where it was"
					+ " (tail -f ~/.drover/demo/samples/counter.txt), the store still answers: echo 'GET city:7' | nc -q1 10.213.7.12 7070.",
			"Window > Migration History shows the record: phases, downtime, image composition; Save Report... keeps it.",
			"Preferences (Window > Preferences > Drover): connecting at start, post-copy above a size, confirmations." };

	private StyledText text;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(12, 12, 12, 12);
		StringBuilder content = new StringBuilder(TITLE).append("\n\n");
		for (int i = 0; i < STEPS.length; i++) {
			content.append(i + 1).append(". ").append(STEPS[i]).append("\n\n");
		}
		text.setText(content.toString());
		StyleRange bold = new StyleRange(0, TITLE.length(), null, null, SWT.BOLD);
		text.setStyleRange(bold);
	}

	public String getText() {
		return text.getText();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}
}

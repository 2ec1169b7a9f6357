package drover.ui.internal.evacuation;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import drover.protocol.EvacuationAction;
import drover.protocol.EvacuationRequest.Repeat;
import drover.protocol.EvacuationRules;

/**
 * Page 3: now, or at a date and time (the operator's time zone) with a repeat (none, daily, weekly); how many
 * migrations at once; what to do with trees that cannot move (leave them running, checkpoint them to an image on
 * the host, or stop them). The host's agent runs it then, with no console needed.
 */
public final class SchedulePage extends WizardPage {

	static final EvacuationAction[] IMMOVABLE = { EvacuationAction.LEAVE, EvacuationAction.CHECKPOINT, EvacuationAction.STOP };

	private final EvacuationWizard wizard;
	private Button now;
	private Button at;
	private DateTime date;
	private DateTime time;
	private Combo repeat;
	private Spinner parallel;
	private Combo immovable;

	SchedulePage(EvacuationWizard wizard) {
		super("schedule");
		this.wizard = wizard;
		setTitle("When and how");
		setDescription("The host's agent runs the evacuation, at its time, whether or not a console is open.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		now = new Button(body, SWT.RADIO);
		now.setText("&Now");
		now.setSelection(true);
		now.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
		at = new Button(body, SWT.RADIO);
		at.setText("&At");
		LocalDateTime later = LocalDateTime.now().plusHours(1).withMinute(0).withSecond(0);
		date = new DateTime(body, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.setDate(later.getYear(), later.getMonthValue() - 1, later.getDayOfMonth());
		time = new DateTime(body, SWT.TIME | SWT.BORDER);
		time.setTime(later.getHour(), later.getMinute(), 0);
		new Label(body, SWT.NONE).setText("&Repeat:");
		repeat = new Combo(body, SWT.READ_ONLY);
		repeat.setItems("none", "daily", "weekly");
		repeat.select(0);
		repeat.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		new Label(body, SWT.NONE).setText("&Parallel migrations:");
		parallel = new Spinner(body, SWT.BORDER);
		parallel.setValues(wizard.choices().parallel(), 1, 16, 0, 1, 2);
		parallel.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		new Label(body, SWT.NONE).setText("Processes that cannot &move:");
		immovable = new Combo(body, SWT.READ_ONLY);
		immovable.setItems("leave them running", "checkpoint them to an image on the host", "stop them");
		immovable.select(0);
		immovable.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		Runnable timing = () -> {
			boolean later2 = at.getSelection();
			date.setEnabled(later2);
			time.setEnabled(later2);
			repeat.setEnabled(later2);
			validate();
		};
		now.addListener(SWT.Selection, e -> timing.run());
		at.addListener(SWT.Selection, e -> timing.run());
		date.addListener(SWT.Selection, e -> validate());
		time.addListener(SWT.Selection, e -> validate());
		parallel.addListener(SWT.Modify, e -> wizard.choose(wizard.choices().withParallel(parallel.getSelection())));
		immovable.addListener(SWT.Selection, e -> wizard.choose(rulesWith(IMMOVABLE[immovable.getSelectionIndex()])));
		timing.run();
		setControl(body);
	}

	private PlanChoices rulesWith(EvacuationAction action) {
		EvacuationRules r = wizard.choices().rules();
		return wizard.choices().withRules(new EvacuationRules(r.postCopyAboveBytes(), r.incomingLimit(), r.incomingLimits(),
				r.memoryReserveBytes(), action, r.acceptWarnings()));
	}

	private void validate() {
		if (at.getSelection() && startAt() <= System.currentTimeMillis()) {
			setErrorMessage("That time has passed: choose a time to come, or Now.");
			setPageComplete(false);
		} else {
			setErrorMessage(null);
			setPageComplete(true);
		}
	}

	/** When it starts (epoch milliseconds; 0 = now). */
	public long startAt() {
		if (now == null || now.getSelection()) {
			return 0;
		}
		return LocalDateTime.of(date.getYear(), date.getMonth() + 1, date.getDay(), time.getHours(), time.getMinutes(), time.getSeconds())
				.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	public Repeat repeat() {
		return now == null || now.getSelection() ? Repeat.NONE : Repeat.values()[repeat.getSelectionIndex()];
	}

	/** As the operator would set it: start at {@code when} (epoch millis; 0 = now), repeating. For tests. */
	public void schedule(long when, Repeat again) {
		if (when == 0) {
			now.setSelection(true);
			at.setSelection(false);
		} else {
			LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(when), ZoneId.systemDefault());
			now.setSelection(false);
			at.setSelection(true);
			date.setDate(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth());
			time.setTime(t.getHour(), t.getMinute(), t.getSecond());
			repeat.select(again.ordinal());
		}
		now.notifyListeners(SWT.Selection, null);
	}

	public void setParallel(int n) {
		parallel.setSelection(n);
	}

	public void setImmovable(EvacuationAction action) {
		for (int i = 0; i < IMMOVABLE.length; i++) {
			if (IMMOVABLE[i] == action) {
				immovable.select(i);
				immovable.notifyListeners(SWT.Selection, null);
			}
		}
	}
}

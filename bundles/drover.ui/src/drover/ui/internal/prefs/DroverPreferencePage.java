package drover.ui.internal.prefs;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Drover: connection, migration defaults, confirmations. */
public class DroverPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public DroverPreferencePage() {
		super(GRID);
		setDescription("How the console connects, migrates and asks. Hosts themselves are in the Hosts view"
				+ " (~/.drover/hosts.json, shared with the command line).");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DroverPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		heading(parent, "Connection");
		addField(
				new BooleanFieldEditor(DroverPreferences.CONNECT_AT_START, "&Connect to every known host when the console starts", parent));
		addField(new BooleanFieldEditor(DroverPreferences.OPEN_VIEWS_AT_START,
				"&Open a process view for each host that connects at start (up to 4, side by side)", parent));
		heading(parent, "Migration defaults");
		IntegerFieldEditor postCopy = new IntegerFieldEditor(DroverPreferences.POST_COPY_FROM_MIB,
				"Migrate &post-copy from this resident memory on (MiB, 0 = only when asked):", parent);
		postCopy.setValidRange(0, 1024 * 1024);
		addField(postCopy);
		heading(parent, "Confirmations");
		addField(new BooleanFieldEditor(DroverPreferences.CONFIRM_EVERY_MIGRATION,
				"&Ask before every migration, also when pre-flight finds nothing to warn about", parent));
		addField(new BooleanFieldEditor(DroverPreferences.SHOW_FAILURES,
				"Show a &dialog when a migration fails or is refused (the history keeps its record either way)", parent));
	}

	private static void heading(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		label.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
	}
}

package drover.ui;

/** Ids declared in this bundle's plugin.xml. */
public final class DroverUi {

	/** The RCP application (extension id, qualified by the bundle's symbolic name). */
	public static final String APPLICATION_ID = "drover.ui.application";

	/** The console's only perspective: hosts on the left, process trees in the middle, history and properties below. */
	public static final String PERSPECTIVE_ID = "drover.ui.perspective";

	/** The list of cluster hosts. */
	public static final String HOSTS_VIEW_ID = "drover.ui.views.hosts";

	/** A host's process tree; allows multiple instances, one per secondary id (the host). */
	public static final String PROCESS_VIEW_ID = "drover.ui.views.processes";

	/** Every migration, checkpoint and restore the console knows, with the selected one's cost charts. */
	public static final String HISTORY_VIEW_ID = "drover.ui.views.history";

	/** The report viewer: a report file's (or some records') cost charts and migrations. */
	public static final String REPORT_EDITOR_ID = "drover.ui.editors.report";

	/** File &gt; Open Report...: opens a report file in the report editor. */
	public static final String OPEN_REPORT_COMMAND_ID = "drover.ui.commands.openReport";

	/** The platform's Properties view (org.eclipse.ui.views). */
	public static final String PROPERTIES_VIEW_ID = "org.eclipse.ui.views.PropertySheet";

	private DroverUi() {
	}
}

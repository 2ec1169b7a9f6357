package drover.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import drover.core.report.ReportFiles;
import drover.model.Cluster;
import drover.model.Migration;
import drover.ui.DroverUi;
import drover.ui.internal.charts.ChartKind;
import drover.ui.internal.history.MigrationColumn;
import drover.ui.internal.report.ReportEditor;
import drover.ui.internal.report.ReportEditors;
import drover.ui.internal.report.ReportInput;

/** A report saved with ReportFiles and opened in the report editor shows the same migrations, and charts them. */
class ReportEditorTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private IWorkbenchWindow window;
	private IWorkbenchPage page;

	@BeforeEach
	void open() throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(window.getShell().getDisplay().getBounds());
		page = PlatformUI.getWorkbench().showPerspective(DroverUi.PERSPECTIVE_ID, window);
	}

	@AfterEach
	void close() {
		page.closeAllEditors(false);
		page.setEditorAreaVisible(false);
	}

	@Test
	void savedReportReopensWithTheSameMigrations(@TempDir Path dir) throws Exception {
		Cluster original = CostRecords.cluster();
		Path file = dir.resolve("report.xmi");
		ReportFiles.save(original, file);

		ReportEditor editor = ReportEditors.open(page, ReportInput.ofFile(file));
		Cluster shown = Ui.waitFor(TIMEOUT, "the report to be read", editor::getReport);
		assertTrue(EcoreUtil.equals(original, shown), "the loaded report differs from the saved one");
		assertTrue(EcoreUtil.equals(original, ReportFiles.load(file)));

		Ui.drain();
		Table table = editor.getViewer().getTable();
		List<Migration> migrations = original.getMigrations();
		assertEquals(migrations.size(), table.getItemCount());
		for (TableItem item : table.getItems()) {
			Migration m = migrations.stream().filter(x -> x.getId().equals(((Migration) item.getData()).getId())).findFirst()
					.orElseThrow();
			for (MigrationColumn column : MigrationColumn.values()) {
				assertEquals(column.text(m), item.getText(column.ordinal()), m.getId() + " " + column.header());
			}
		}
		for (ChartKind kind : ChartKind.values()) {
			assertNotNull(editor.getCharts().canvas(kind).getChart(), kind + " not charted");
		}
		assertEquals("report.xmi", editor.getPartName());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.save(window.getShell(), "ReportEditorTest.report");
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void openReportIsOnTheFileMenu() {
		ICommandService commands = window.getService(ICommandService.class);
		assertTrue(commands.getCommand(DroverUi.OPEN_REPORT_COMMAND_ID).isDefined());
		assertTrue(commands.getCommand(DroverUi.OPEN_REPORT_COMMAND_ID).isHandled(), "no handler for Open Report");
	}
}

#!/usr/bin/env bash
# Copies the console screenshots the UI tests took (tests/drover.ui.tests/target/screenshots, written by
# ./run-tests) of the main views into docs/images/, where README.md shows them. Run it after a green
# ./run-tests; commit the PNGs that changed. They are product screenshots, not build outputs.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
FROM="$ROOT/tests/drover.ui.tests/target/screenshots"
TO="$ROOT/docs/images"
# test screenshot -> name in docs/images
SHOTS=(
  "ConsoleAgainstAgentTest.sideBySide:console-processes"
  "FirstMinuteTest.console:console-first-minute"
  "MigrationDragTest.preflight:migration-preflight"
  "MigrationDragTest.progress:migration-progress"
  "HistoryViewTest.history:migration-history"
  "HistoryViewTest.charts:migration-cost-charts"
  "ReportEditorTest.report:report-editor"
  "ProcessCommandsTest.markers:preflight-markers"
  "MigrationDragTest.failure:migration-failure"
  "EvacuationWizardTest.processes:evacuation-wizard-processes"
  "EvacuationWizardTest.plan:evacuation-wizard-plan"
  "EvacuationWizardTest.evacuations:evacuations-view"
  "EvacuationWizardTest.report:evacuation-report"
  "ImagesViewTest.listed:images-view"
  "ImagesViewTest.timeline:checkpoint-timeline"
  "ImagesViewTest.blocked:image-restore-preflight"
)
mkdir -p "$TO"
missing=0
for shot in "${SHOTS[@]}"; do
  src="$FROM/${shot%%:*}.png"
  dst="$TO/${shot##*:}.png"
  if [ -s "$src" ]; then
    cp "$src" "$dst"
    echo "$dst"
  else
    echo "missing: $src (run ./run-tests first)" >&2
    missing=1
  fi
done
exit $missing

/**
 * Evacuating a host from the console: "Evacuate host..." opens {@link drover.ui.internal.evacuation.EvacuationWizard}
 * (the host's process trees and their actions, the plan with its targets and why, when and how), which plans with
 * the core's {@link drover.core.evacuation.EvacuationPlanner} off the UI thread ({@link
 * drover.ui.internal.evacuation.EvacuationPlanning}) and hands the evacuation to the host's agent, which owns it;
 * the Evacuations view lists what the agents keep, and a job watches a running one in the Progress view.
 */
package drover.ui.internal.evacuation;

/**
 * The evacuations of this host, owned by its own agent as its migrations are: planned from what the other agents
 * answer ({@link drover.agent.internal.evacuation.PlanFacts}), kept in STATE/evacuations (they survive a
 * restart: a scheduled one starts with no console or CLI alive, a running one goes on), and run step by step
 * through the agent's own requests ({@link drover.agent.internal.evacuation.EvacuationRun}), so every migration,
 * checkpoint and kill is audited and durable as when an operator asks for it.
 */
package drover.agent.internal.evacuation;

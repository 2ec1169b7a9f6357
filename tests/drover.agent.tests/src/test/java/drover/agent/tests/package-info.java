/**
 * Tests of the agent, the core client and the CLI against real agents over real SSH on loopback and in
 * real network/PID/mount namespaces, observing real processes through /proc.
 */
package drover.agent.tests;

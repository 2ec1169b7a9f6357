/**
 * The node agent: an SSH server (public-key authentication only) that answers Drover's requests about its
 * node. {@link drover.agent.AgentMain} is the {@code java -jar} entry point; {@link drover.agent.Agent} starts
 * and stops one agent in-process (tests, demo cluster).
 */
package drover.agent;

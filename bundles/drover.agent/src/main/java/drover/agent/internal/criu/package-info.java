/**
 * Checkpoint and restore on this node: running CRIU and reading its statistics and errors, the image
 * library (one directory per image, with a metadata file), pre-flight checks, and the agent-to-agent
 * transfer of images over SSH with the node key.
 */
package drover.agent.internal.criu;

/**
 * Reading a node's processes and their open resources from /proc. Everything here tolerates processes that
 * exit while they are read: such a process is reported with a {@code readError}, never thrown out of a scan.
 */
package drover.agent.internal.proc;

/**
 * The {@code drover} command line: the same operations as the console, for scripts and cron. Every command
 * prints text for people or, with {@code --json}, the agents' JSON unchanged.
 */
package drover.cli;

package drover.agent.internal.proc;

/**
 * One descriptor as read: its link text, open flags and position from fdinfo, and for path targets what
 * stat(2) on the descriptor said ({@code mode} 0 when not a path or not stat-able); {@code ttyIndex} is
 * fdinfo's {@code tty-index} (a pty master's pair number), -1 when there is none.
 */
record RawFd(int fd, String target, int flags, long pos, int mode, long size, long fifoInode, int ttyIndex) {
}

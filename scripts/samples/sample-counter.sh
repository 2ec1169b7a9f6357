#!/bin/bash
# Drover's sample counter, started on the first demo host by ./setup: something to drag in the first minute.
# It counts once a second in its own memory (the shell's variable) and writes each count to FILE through an
# open descriptor (fd 3, with its offset: the process view shows the offset grow). After a migration it goes
# on from where it was: 'tail -f FILE' shows no gap and no restart from 1.
#
#   sample-counter.sh FILE
out=${1:?usage: sample-counter.sh FILE}
exec 3>"$out"
i=0
while :; do
	i=$((i + 1))
	printf 'count %d\n' "$i" >&3
	sleep 1
done

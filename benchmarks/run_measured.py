"""Run a command, then write its start time and peak memory to a file.

Used inside tmux by the benchmarks: `python run_measured.py OUT -- CMD...`.
The start time is taken just before the child is spawned, and the peak
resident memory comes from the kernel's accounting of the child (wait4).
"""

import os
import subprocess
import sys
import time

out = sys.argv[1]
command = sys.argv[sys.argv.index("--") + 1 :]
started = time.time()
child = subprocess.Popen(command)
_, status, usage = os.wait4(child.pid, 0)
with open(out + ".tmp", "w") as fh:
    fh.write(f"{started} {usage.ru_maxrss} {os.waitstatus_to_exitcode(status)}\n")
os.replace(out + ".tmp", out)

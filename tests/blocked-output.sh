#!/bin/sh
# A client that stops reading (its terminal or pipe full, while it still
# answers sshd's keepalives) cannot hold a process and its name: line by
# line the idle time counts while writing too; on the full screen, once
# stopped (SIGTERM, SIGHUP, idle), a write that cannot end is given a
# few seconds, then the process leaves.  Every answer was saved when
# given.
. "${top_srcdir:-..}/tests/testlib.sh"

command -v python3 >/dev/null 2>&1 \
  || { echo "SKIP: python3 not found (Debian package python3)"; exit 77; }
room="$tmp/room"
mkdir -m 700 "$room"

# gone PID SECONDS: wait until PID has ended, or fail.
gone ()
{
  tries=$(($2 * 10))
  while kill -0 "$1" 2>/dev/null; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || { kill -KILL "$1"; fail "$3: still running after $2 s"; }
    sleep 0.1
  done
}

# --- Line by line: help asked for again and again, nothing read back.
mkfifo "$tmp/out"
exec 9<>"$tmp/out"           # a reader that never reads
{ printf 'Blocked\n3141\n3141\n'; yes help | head -n 50000; sleep 30; } \
  | LEADWISE_IDLE_SECONDS=2 "$LEADWISE" --workshop "$room" >"$tmp/out" &
pid=$!
gone "$pid" 8 "line by line, writing to a client that reads nothing"
exec 9<&-
ls "$room"/blocked-*.answers >/dev/null 2>&1 || fail "Blocked's session was not kept"

# --- The full screen, on a terminal whose output nobody reads: the
# screen is redrawn at new sizes until a write blocks; then SIGTERM.
cat >"$tmp/drive.py" <<'EOT'
import fcntl, os, pty, signal, struct, sys, termios, time
prog, room = sys.argv[1], sys.argv[2]
pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm"
    os.environ["LC_ALL"] = "C.UTF-8"
    os.execv(prog, [prog, "--workshop", room])
def in_write():
    try:
        with open("/proc/%d/syscall" % pid) as f:
            return f.read().split()[0] == "1"
    except OSError:
        return False
blocked = False
for i in range(20000):
    rows, cols = (60, 200) if i % 2 else (24, 80)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    time.sleep(0.002)
    if i % 50 == 49 and in_write():
        time.sleep(0.3)
        if in_write():
            blocked = True
            break
if not blocked:
    print("the output never blocked")
    os.kill(pid, signal.SIGKILL)
    sys.exit(2)
start = time.time()
os.kill(pid, signal.SIGTERM)
while time.time() - start < 10:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == pid:
        print("gone after %.1f s, status %d" % (time.time() - start, status))
        sys.exit(0)
    time.sleep(0.1)
os.kill(pid, signal.SIGKILL)
print("still running 10 s after SIGTERM, blocked in a write")
sys.exit(1)
EOT
python3 "$tmp/drive.py" "$LEADWISE" "$room" >"$tmp/drive.out" 2>&1 \
  || fail "the full screen: $(cat "$tmp/drive.out")"
exit 0

#!/usr/bin/env python3
"""bench.py: the benchmark behind "make bench".

Measures, in one run, each figure the median of several runs:
  1. open-and-quit: leadwise showing its first question screen (after
     its welcome) and quitting (F10, then confirming), against dialog
     --radiolist with a comparable question, both in a pseudo-terminal
     at 80x24, taking turns: CPU time and peak RSS, and the instructions
     of one run each under callgrind (a count that does not vary);
  2. bytes to the terminal: the first full screen, and one arrow-key move
     in a choice list, read from the pty;
  3. report: producing the JSON and the HTML report of a full session;
  4. summary at scale: "summary --format json" over 1,000, 10,000 and
     100,000 generated answers files;
  5. a room over SSH: 200 participants at once through a real sshd on
     127.0.0.1 (line by line, scripted): total time, median and 99th
     percentile from sending an answer to receiving the next prompt, and
     the peak RSS of a leadwise process.
Prints one table, writes it to the file named by --out, and says whether
each target is met.

Usage: bench.py --leadwise PATH --srcdir DIR [--out FILE] [--runs N]
                [--screen-runs N] [--sizes N,N,...]
"""

import argparse
import fcntl
import os
import pty
import random
import select
import selectors
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time

COLS, ROWS = 80, 24
DOWN = b"\x1bOB"        # the Down key of an xterm in keypad mode
QUIET = 0.25            # output has settled after this long without bytes


# ------------------------------------------------------------- the pty

class Pty:
    """A program in a pseudo-terminal of COLS x ROWS."""

    def __init__(self, argv, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ,
                        struct.pack("HHHH", ROWS, COLS, 0, 0))
            try:
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.seen = b""

    def read_until(self, pattern, timeout=10.0):
        """Bytes read until PATTERN has appeared and output is quiet."""
        got = b""
        deadline = time.monotonic() + timeout
        found = False
        while time.monotonic() < deadline:
            wait = QUIET if found else 0.1
            ready, _, _ = select.select([self.fd], [], [], wait)
            if not ready:
                if found:
                    return got
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            got += chunk
            self.seen += chunk
            if pattern is None or pattern in self.seen:
                found = True
        if not found:
            raise RuntimeError("%r did not appear; the screen had %r"
                               % (pattern, self.seen[-400:]))
        return got

    def send(self, data):
        os.write(self.fd, data)

    def finish(self, timeout=10.0):
        """Wait for the program to end."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                select.select([self.fd], [], [], 0.05)
                os.read(self.fd, 65536)
            except OSError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                os.close(self.fd)
                return
        os.kill(self.pid, signal.SIGKILL)
        raise RuntimeError("the program did not end")


class Usage:
    """CPU time (ms) and peak RSS (kB) that rusage.c wrote to PATH."""

    def __init__(self, path):
        with open(path) as f:
            user, system, rss, _ = f.read().split()
        self.cpu = (int(user) + int(system)) / 1000.0
        self.rss = int(rss)


def rusage_helper(srcdir, tmp):
    """Build tests/bench/rusage.c; the command prefix that measures."""
    exe = os.path.join(tmp, "rusage")
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-o", exe,
                    os.path.join(srcdir, "tests", "bench", "rusage.c")],
                   check=True)
    return exe


# ------------------------------------------------- 1 and 2: the screen

QUESTION = "What does the company sell?"
OPTIONS = [
    ("product", "A technology product (software as a service, fintech, an app, a platform)"),
    ("service", "Services or operations; technology runs the business behind them"),
    ("mixed", "Both: a product and a substantial service business"),
]


F10 = b"\x1b[21~"          # an xterm's F10: leadwise's quit key


def leadwise_screen(lw, srcdir, tmp, measure, reading=None):
    """One open-and-quit of leadwise, as a new user meets it: the
    welcome, Enter, the first question, F10 and the confirmation.  Then,
    untimed, a choice question (the name given in advance) and one move
    in its list.  Its usage and the bytes counted."""
    state = tempfile.mkdtemp(dir=tmp)
    bank = os.path.join(srcdir, "data", "leadwise.bank")
    env = dict(os.environ, TERM="xterm", LC_ALL="C.UTF-8",
               XDG_STATE_HOME=state)
    used = os.path.join(state, "usage")
    p = Pty([measure, used, lw, "--bank", bank], env)
    first = p.read_until(b"About 20 questions")
    p.send(b"\r")
    p.read_until(b"What is the company called?")
    p.send(F10)
    p.read_until(b"Quit now?")
    p.send(b"\r")
    p.finish()
    usage = (reading or Usage)(used)

    answers = os.path.join(state, "prefill.answers")
    with open(answers, "w") as f:
        f.write("company.name = Bench Co\n")
    p = Pty([lw, "--bank", bank, "-a", answers,
             "-o", os.path.join(state, "s.answers")], env)
    p.read_until(b"About 20 questions")
    p.send(b"\r")
    question = p.read_until(QUESTION.encode())
    p.send(DOWN)
    move = p.read_until(None)
    p.send(b"q")
    p.read_until(b"Quit now?")
    p.send(b"\r")
    p.finish()
    shutil.rmtree(state)
    return usage, len(first), len(question), len(move)


def dialog_screen(dialog, tmp, measure, reading=None):
    """One open-and-quit of dialog --radiolist."""
    used = os.path.join(tmp, "dialog.usage")
    argv = [measure, used, dialog, "--radiolist", QUESTION, "12", "78", "3"]
    for tag, label in OPTIONS:
        argv += [tag, label, "off"]
    env = dict(os.environ, TERM="xterm", LC_ALL="C.UTF-8")
    p = Pty(argv, env)
    first = p.read_until(QUESTION.encode())
    p.send(DOWN)
    move = p.read_until(None)
    p.send(b"\r")
    p.finish()
    return (reading or Usage)(used), len(first), len(first), len(move)


def callgrind(tmp):
    """A measuring prefix like rusage's: run the program under callgrind,
    and leave its instruction count in the file the prefix is given."""
    path = os.path.join(tmp, "callgrind.sh")
    with open(path, "w") as f:
        f.write('#!/bin/sh\nout=$1; shift\n'
                'valgrind --tool=callgrind --callgrind-out-file="$out.cg" '
                '"$@" 2>/dev/null\nstatus=$?\n'
                'sed -n "s/^summary: //p" "$out.cg" > "$out"\n'
                'rm -f "$out.cg"\nexit $status\n')
    os.chmod(path, 0o755)
    return path


class Count:
    """The instruction count the callgrind prefix wrote to PATH."""

    def __init__(self, path):
        with open(path) as f:
            self.count = int(f.read().split()[0])


def screens(lw, srcdir, dialog, runs, tmp):
    """Runs of leadwise and dialog taken in turn, so that whatever else
    the machine does weighs on both alike."""
    measure = rusage_helper(srcdir, tmp)
    programs = (("leadwise",
                 lambda m, r=None: leadwise_screen(lw, srcdir, tmp, m, r)),
                ("dialog", lambda m, r=None: dialog_screen(dialog, tmp, m, r)))
    got = {name: dict(cpu=[], rss=[], first=[], question=[], move=[])
           for name, _ in programs}
    for _ in range(runs):
        for name, one in programs:
            usage, b_first, b_question, b_move = one(measure)
            for key, value in (("cpu", usage.cpu), ("rss", usage.rss),
                               ("first", b_first), ("question", b_question),
                               ("move", b_move)):
                got[name][key].append(value)
    results = {name: {key: statistics.median(values)
                      for key, values in g.items()}
               for name, g in got.items()}
    # One run each under callgrind: valgrind's own start-up is the same
    # for both, and the count does not vary.
    counting = callgrind(tmp)
    for name, one in programs:
        results[name]["instructions"] = one(counting, Count)[0].count
    return results


# ------------------------------------------------------------ 3: report

def timed(argv, runs, stdin=None):
    """Median wall time in ms of running ARGV RUNS times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True,
                       stdin=stdin)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def reports(lw, srcdir, runs):
    answers = os.path.join(srcdir, "tests", "data", "ai-fintech.answers")
    return {fmt: timed([lw, "report", "-f", fmt, answers], runs)
            for fmt in ("json", "html")}


def compares(lw, srcdir, tmp, runs):
    """Median ms of comparing 8 co-founders' answers: the three of
    tests/data/compare and five more, each with other figures."""
    data = os.path.join(srcdir, "tests", "data", "compare")
    files = [os.path.join(data, n + ".answers") for n in ("ana", "ben", "cleo")]
    base = open(files[0], encoding="utf-8").read()
    for i in range(5):
        text = base.replace("ai.annual_spend_usd = 6M",
                            "ai.annual_spend_usd = %dM" % (i + 1))
        text = text.replace("ai.people = 25", "ai.people = %d" % (10 + 4 * i))
        text = text.replace("meta.respondent = Ana",
                            "meta.respondent = Person %d" % (i + 4))
        f = os.path.join(tmp, "p%d.answers" % i)
        open(f, "w", encoding="utf-8").write(text)
        files.append(f)
    return timed([lw, "compare", "-f", "json"] + files, runs)


# ------------------------------------------------- 4: summary at scale

OFFERINGS = ["product", "service", "mixed"]
LEVELS = ["low", "medium", "high"]
IN_PRODUCT = ["none", "internal", "feature", "core"]
REGULATION = ["minimal", "moderate", "heavy"]
STRETCHED = ["yes", "no", "no_cto"]
STEPS = ["done", "in_progress", "not_started", "na"]


def answers_text(i):
    """A plausible answers file, different for each I."""
    lines = [
        "meta.participant = Participant %d" % i,
        "meta.status = finished",
        "company.name = Company %d" % i,
        "company.employees = %d" % (5 + (i * 37) % 5000),
        "company.offering = %s" % OFFERINGS[i % 3],
        "company.internal_complexity = %s" % LEVELS[(i // 3) % 3],
        "ai.annual_spend_usd = %dk" % ((i * 13) % 9000),
        "ai.people = %d" % ((i * 7) % 40),
        "ai.use_cases = %d" % (i % 6),
        "ai.in_product = %s" % IN_PRODUCT[i % 4],
        "ai.regulation = %s" % REGULATION[(i // 4) % 3],
        "lead.cto_stretched = %s" % STRETCHED[(i // 2) % 3],
        "tool.1.name = Tool %d" % i,
        "tool.1.in_use = %s" % ("yes" if i % 2 else "no"),
    ]
    for k, step in enumerate(("goal", "users", "test", "security",
                              "measure", "review")):
        lines.append("tool.1.%s = %s" % (step, STEPS[(i + k) % 4]))
    return "\n".join(lines) + "\n"


def summaries(lw, tmp, sizes, runs):
    room = os.path.join(tmp, "room")
    os.mkdir(room)
    made = 0
    times = {}
    for size in sizes:
        while made < size:
            with open(os.path.join(room, "p%06d.answers" % made), "w") as f:
                f.write(answers_text(made))
            made += 1
        times[size] = timed([lw, "summary", "--format", "json", room],
                            max(3, runs // 2))
    shutil.rmtree(room)
    return times


# -------------------------------------------------- 5: a room over SSH

def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


SESSION = [b"Tiny Ledger", b"1", b"12", b"1", b"1", b"3", b"1", b"4", b"3",
           b"2", b"40k", b"2", b"1", b"5, 2", b"2", b"Copilot", b"2", b"1",
           b"1", b"2", b"3", b"3", b"3", b"no"]


class Participant:
    """One participant's ssh connection, driven by room(): a name, then
    the scripted session; each answer is timed until the next prompt."""

    def __init__(self, n, ssh, errors):
        self.n = n
        self.errors = errors
        # The account's shell may print to stderr (a login script's
        # complaints, many shells starting at once): kept apart in the
        # file ERRORS, so that only leadwise's output is read for prompts.
        with open(errors, "ab") as err:
            self.proc = subprocess.Popen(ssh, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE,
                                         stderr=err, bufsize=0)
        self.fd = self.proc.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.lines = [b"Bench %d" % n] + SESSION
        self.buf = b""
        self.sent_at = None       # when the answer waiting for a prompt left
        self.due = None           # when to send the next line
        self.latencies = []
        self.done = False

    def read(self):
        """Read what arrived; True when a prompt is now waiting."""
        try:
            chunk = os.read(self.fd, 65536)
        except BlockingIOError:
            return False
        if not chunk:
            self.done = True
            return False
        self.buf = (self.buf + chunk)[-4096:]
        if self.buf.endswith(b"> "):
            self.buf = b""
            return True
        return False

    def send(self):
        line = self.lines.pop(0)
        self.proc.stdin.write(line + b"\n")
        if self.lines:
            self.sent_at = time.perf_counter()
        else:
            self.proc.stdin.close()


def room(people, pause, seed):
    """Drive everyone at once from one thread (a thread each would time
    Python, not leadwise): after each prompt, wait PAUSE = (low, high)
    seconds, drawn from SEED, then answer.  Returns the seconds taken."""
    rng = random.Random(seed)
    sel = selectors.DefaultSelector()
    for p in people:
        sel.register(p.fd, selectors.EVENT_READ, p)
    start = time.perf_counter()
    for p in people:
        p.due = start
    while any(not p.done for p in people):
        now = time.perf_counter()
        for p in people:
            if p.due is not None and p.due <= now and p.lines:
                p.due = None
                p.send()
        waits = [p.due - now for p in people if p.due is not None]
        for key, _ in sel.select(max(0.0, min(waits)) if waits else 1.0):
            p = key.data
            if p.read():
                got = time.perf_counter()
                if p.sent_at is not None:
                    p.latencies.append((got - p.sent_at) * 1000.0)
                    p.sent_at = None
                p.due = got + (rng.uniform(*pause) if pause else 0.0)
            if p.done:
                sel.unregister(p.fd)
        if time.perf_counter() - start > 600:
            raise RuntimeError("the room did not finish in 10 minutes")
    for p in people:
        p.proc.wait(60)
    return time.perf_counter() - start


def peak_rss_sampler(stop, peaks):
    """Keep the peak RSS (VmHWM, kB) of every leadwise process."""
    while not stop.is_set():
        for pid in os.listdir("/proc"):
            if not pid.isdigit():
                continue
            try:
                with open("/proc/%s/comm" % pid) as f:
                    if f.read().strip() != "leadwise":
                        continue
                with open("/proc/%s/status" % pid) as f:
                    for line in f:
                        if line.startswith("VmHWM:"):
                            kb = int(line.split()[1])
                            peaks[pid] = max(peaks.get(pid, 0), kb)
            except OSError:
                pass
        stop.wait(0.05)


def ssh_room(lw, tmp, count):
    if os.geteuid() != 0:
        return {"skipped": "sshd must start as root"}
    for tool in ("/usr/sbin/sshd", "ssh", "ssh-keygen"):
        if not shutil.which(tool):
            return {"skipped": "%s not found" % tool}
    d = tempfile.mkdtemp(dir=tmp)
    room_dir = os.path.join(d, "room")
    os.mkdir(room_dir)
    os.makedirs("/run/sshd", exist_ok=True)
    for key in ("host_key", "user_key"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                        os.path.join(d, key)], check=True)
    shutil.copy(os.path.join(d, "user_key.pub"),
                os.path.join(d, "authorized_keys"))
    port = free_port()
    with open(os.path.join(d, "sshd_config"), "w") as f:
        f.write("""ListenAddress 127.0.0.1
Port %d
HostKey %s/host_key
PidFile %s/sshd.pid
AuthorizedKeysFile %s/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxStartups 300
MaxSessions 300
Match User root
    ForceCommand %s'%s' --workshop '%s'
    AllowTcpForwarding no
    X11Forwarding no
    PermitUserRC no
""" % (port, d, d, d, os.environ.get("BENCH_SSH_PREFIX", ""), lw, room_dir))
    sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f",
                             os.path.join(d, "sshd_config"), "-E",
                             os.path.join(d, "sshd.log")])
    ssh = ["ssh", "-T", "-i", os.path.join(d, "user_key"), "-p", str(port),
           "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
           "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "root@127.0.0.1"]
    try:
        for _ in range(100):
            if subprocess.run(ssh, stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0:
                break
            time.sleep(0.1)
        results = {}
        for name, pause in (("stress", None), ("paced", (0.5, 1.5))):
            stop, peaks = threading.Event(), {}
            sampler = threading.Thread(target=peak_rss_sampler,
                                       args=(stop, peaks))
            sampler.start()
            start = time.perf_counter()
            people = [Participant(n, ssh, os.path.join(d, "ssh-%d.err" % n))
                      for n in range(count)]
            # Everyone connects and reaches the name prompt first: sshd's
            # key exchanges are not leadwise's to answer for.
            for p in people:
                while not p.read():
                    if p.done:
                        raise RuntimeError("a connection ended early")
                    if time.perf_counter() - start > 300:
                        with open(p.errors, "rb") as err:
                            said = err.read()[-300:]
                        raise RuntimeError(
                            "participant %d showed no prompt in 5 minutes;"
                            " it sent %r, and on stderr %r"
                            % (p.n, p.buf[-300:], said))
                    select.select([p.fd], [], [], 1.0)
            connected = time.perf_counter() - start
            total = room(people, pause, 20261122)
            stop.set()
            sampler.join()
            lat = sorted(l for p in people for l in p.latencies)
            results[name] = {
                "connect": connected, "total": total, "answers": len(lat),
                "median": statistics.median(lat),
                "p99": lat[min(len(lat) - 1, int(len(lat) * 0.99))],
                "rss": statistics.median(peaks.values()) if peaks else 0,
                "rss_max": max(peaks.values()) if peaks else 0,
            }
            for f in os.listdir(room_dir):
                os.unlink(os.path.join(room_dir, f))
    finally:
        sshd.terminate()
        sshd.wait()
    return results


# --------------------------------------------------------------- table

def verdict(ok):
    return "met" if ok else "MISSED"


def table(sc, rep, summ, room, runs, screen_runs, sizes):
    lw, dg = sc["leadwise"], sc["dialog"]
    rows = []
    add = rows.append
    add("leadwise benchmark, %s, %s, %d CPUs; medians of %d runs"
        " (1 and 2: %d, in turn)"
        % (time.strftime("%Y-%m-%d"), os.uname().machine, os.cpu_count(),
           runs, screen_runs))
    add("")
    add("%-44s %12s %12s %8s  %s" % ("measure", "leadwise", "dialog",
                                     "ratio", "target"))
    add("%-44s %12s %12s" % ("", "", "(5: no pause)"))
    add("-" * 92)
    add("%-44s %12.1f %12.1f %8.2f  %s" % (
        "1. open-and-quit: CPU time (ms)", lw["cpu"], dg["cpu"],
        lw["cpu"] / dg["cpu"], verdict(lw["cpu"] <= dg["cpu"]) + ": <= dialog"))
    add("%-44s %12.2f %12.2f %8.2f" % (
        "1. open-and-quit: instructions (M, callgrind)",
        lw["instructions"] / 1e6, dg["instructions"] / 1e6,
        lw["instructions"] / dg["instructions"]))
    add("%-44s %12d %12d %8.2f  %s" % (
        "1. open-and-quit: peak RSS (kB)", lw["rss"], dg["rss"],
        lw["rss"] / dg["rss"], verdict(lw["rss"] <= dg["rss"]) + ": <= dialog"))
    add("%-44s %12d %12d %8.2f" % (
        "2. bytes, first full screen", lw["first"], dg["first"],
        lw["first"] / dg["first"]))
    add("%-44s %12d %12d %8.2f" % (
        "2. bytes, first choice question", lw["question"], dg["question"],
        lw["question"] / dg["question"]))
    add("%-44s %12d %12d %8.2f  %s" % (
        "2. bytes, one arrow-key move in the list", lw["move"], dg["move"],
        lw["move"] / dg["move"], verdict(lw["move"] <= dg["move"])
        + ": <= dialog"))
    add("%-44s %12.1f" % ("3. report, JSON (ms)", rep["json"]))
    add("%-44s %12.1f" % ("3. report, HTML (ms)", rep["html"]))
    add("%-44s %12.1f %12s %8s  %s" % (
        "3. compare, 8 answers files, JSON (ms)", rep["compare"], "", "",
        verdict(rep["compare"] < 20) + ": < 20 ms"))
    prev = None
    for size in sizes:
        growth = "" if prev is None else "x%.1f for x%d files" % (
            summ[size] / summ[prev], size // prev)
        target = ""
        if size == sizes[-1]:
            target = verdict(summ[size] < 2000) + ": < 2000 ms"
        add("%-44s %12.1f %21s  %s" % (
            "4. summary, %d files (ms)" % size, summ[size], growth, target))
        prev = size
    if "skipped" in room:
        add("%-44s %12s" % ("5. a room over SSH", "skipped: " + room["skipped"]))
    else:
        st, pc = room["stress"], room["paced"]
        add("%-44s %12.1f" % ("5. SSH room of %d: all connected (s)" % ROOM,
                              pc["connect"]))
        add("%-44s %12.1f %12.1f" % (
            "5. answering (s): paced 0.5-1.5 s / no pause", pc["total"],
            st["total"]))
        add("%-44s %12.1f %12.1f" % (
            "5. answer to next prompt, median (ms)", pc["median"],
            st["median"]))
        add("%-44s %12.1f %12.1f %8s  %s" % (
            "5. answer to next prompt, 99th pct (ms)", pc["p99"], st["p99"],
            "", verdict(pc["p99"] < 50) + ": < 50 ms (paced)"))
        add("%-44s %12d %12d" % ("5. peak RSS of one leadwise (kB): median, max",
                                 pc["rss"], pc["rss_max"]))
        add("%-44s %12d" % ("5. answers timed", pc["answers"]))
    return "\n".join(rows) + "\n"


ROOM = 200


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--leadwise", required=True)
    ap.add_argument("--srcdir", required=True)
    ap.add_argument("--out", default="bench.txt")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--screen-runs", type=int, default=41,
                    help="runs of each program for 1 and 2, whose few "
                         "milliseconds vary most from run to run")
    ap.add_argument("--sizes", default="1000,10000,100000")
    a = ap.parse_args()
    lw = os.path.abspath(a.leadwise)
    dialog = shutil.which("dialog")
    if dialog is None:
        sys.exit("bench: dialog not found (Debian package dialog; "
                 "./bootstrap --tests installs it)")
    sizes = [int(s) for s in a.sizes.split(",")]
    tmp = tempfile.mkdtemp(prefix="leadwise-bench.")
    try:
        print("bench: screens...", file=sys.stderr)
        sc = screens(lw, a.srcdir, dialog, a.screen_runs, tmp)
        print("bench: reports...", file=sys.stderr)
        rep = reports(lw, a.srcdir, a.runs)
        rep["compare"] = compares(lw, a.srcdir, tmp, a.runs)
        # The room before the summary: every answer there is saved with
        # an fsync, which waits behind the disk's work with the summary's
        # 100,000 files for a good while after they are gone (this
        # machine's ext4 discards what is freed).
        print("bench: a room of %d over SSH..." % ROOM, file=sys.stderr)
        room = ssh_room(lw, tmp, ROOM)
        print("bench: summaries...", file=sys.stderr)
        summ = summaries(lw, tmp, sizes, a.runs)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = table(sc, rep, summ, room, a.runs, a.screen_runs, sizes)
    sys.stdout.write(text)
    with open(a.out, "w") as f:
        f.write(text)
    print("bench: the table is in %s" % a.out, file=sys.stderr)


if __name__ == "__main__":
    main()

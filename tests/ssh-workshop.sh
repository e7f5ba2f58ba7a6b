#!/bin/sh
# A workshop over a real OpenSSH server on 127.0.0.1: an account whose
# ForceCommand is "leadwise --workshop DIR".  A participant over ssh -tt
# in tmux; 20 at once without a terminal; a client killed mid-session,
# whose leadwise exits within seconds and who resumes on reconnecting.
. "${top_srcdir:-..}/tests/testlib.sh"
. "${top_srcdir:-..}/tests/tmuxlib.sh"

[ "$(id -u)" -eq 0 ] \
  || { echo "SKIP: sshd for this test must start as root"; exit 77; }
for tool in /usr/sbin/sshd ssh ssh-keygen python3 pgrep; do
  command -v "$tool" >/dev/null 2>&1 \
    || { echo "SKIP: $tool not found (Debian packages openssh-server, openssh-client, python3, procps)"; exit 77; }
done

room="$tmp/room"
mkdir -p "$room" /run/sshd
ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/user_key"
cp "$tmp/user_key.pub" "$tmp/authorized_keys"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat >"$tmp/sshd_config" <<EOT
ListenAddress 127.0.0.1
Port $port
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxStartups 100
MaxSessions 100
# The README's block, for the test's own user.
Match User root
    ForceCommand '$LEADWISE' --workshop '$room'
    AllowTcpForwarding no
    AllowAgentForwarding no
    AllowStreamLocalForwarding no
    PermitTunnel no
    X11Forwarding no
    PermitUserRC no
    AcceptEnv LANG LC_*
    ClientAliveInterval 2
    ClientAliveCountMax 2
EOT
/usr/sbin/sshd -D -f "$tmp/sshd_config" -E "$tmp/sshd.log" &
sshd_pid=$!
trap 'kill $sshd_pid 2>/dev/null; tmux_stop; rm -rf "$tmp"' EXIT

ssh_cmd="ssh -i '$tmp/user_key' -p $port -o StrictHostKeyChecking=no \
  -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"
tries=50
until eval "$ssh_cmd -T root@127.0.0.1" </dev/null >/dev/null 2>&1; do
  tries=$((tries - 1))
  [ "$tries" -gt 0 ] || { cat "$tmp/sshd.log" >&2; fail "sshd did not start"; }
  sleep 0.1
done

# Without a terminal: the line-by-line wizard, whatever command is asked.
printf 'Remote Team\n3141\n3141\nRemote Co\n2\nquit\n' \
  | eval "$ssh_cmd -T root@127.0.0.1 /bin/sh -c id" >"$tmp/out" 2>&1
expect_grep "Your name, or your team's name?" "$tmp/out"
grep -q 'uid=' "$tmp/out" && fail "the forced command was bypassed"
expect_grep '^company.name = Remote Co$' "$room"/remote-team-*.answers

# Twenty participants at once: every session present and intact.
n=1
while [ $n -le 20 ]; do
  printf 'Team %s\n7%03d\n7%03d\nCompany %s\n1\n%s\nquit\n' $n $n $n $n \
    $((n * 10)) \
    | eval "$ssh_cmd -T root@127.0.0.1" >"$tmp/p$n.out" 2>&1 &
  n=$((n + 1))
done
wait_all=0
for job in $(jobs -p); do
  [ "$job" = "$sshd_pid" ] && continue
  wait "$job" || wait_all=1
done
n=1
while [ $n -le 20 ]; do
  f=$(ls "$room"/team-$n-*.answers 2>/dev/null) || fail "no answers for Team $n"
  expect_grep "^company.name = Company $n\$" "$f"
  expect_grep "^company.employees = $((n * 10))\$" "$f"
  "$LEADWISE" report -f json "$f" >/dev/null || fail "$f does not parse"
  n=$((n + 1))
done

# On a terminal, through ssh -tt: the full screen; then the client is
# killed: leadwise exits within seconds, and the participant resumes.
tmux_start 80 24 "$ssh_cmd -tt root@127.0.0.1"
tmux_wait "Your name, or your team's name?" 20
tmux_keys 'Dropped' Enter
tmux_wait "Choose a PIN"
tmux_keys 8642 Enter
tmux_wait "Type the same PIN again."
tmux_keys 8642 Enter
tmux_wait "About 20 questions"
tmux_keys Enter
tmux_wait "What is the company called?"
tmux_keys 'Lost Line Ltd' Enter
tmux_wait "What does the company sell?"
pane=$(tmux_cmd display-message -p -t t '#{pane_pid}')
pkill -KILL -P "$pane" ssh
tries=100
while pgrep -f -- "--workshop $room" | grep -v "^$$\$" >/dev/null; do
  tries=$((tries - 1))
  [ "$tries" -gt 0 ] || fail "leadwise still runs after the client was killed"
  sleep 0.1
done
expect_grep '^company.name = Lost Line Ltd$' "$room"/dropped-*.answers
# Another participant who types the name (over the same shared key)
# cannot open the answers without the PIN.
printf 'Dropped\n0000\n1111\n2222\nquit\n' \
  | eval "$ssh_cmd -T root@127.0.0.1" >"$tmp/out" 2>&1
expect_grep 'That is not the PIN of this name' "$tmp/out"
grep -q -e 'Your answers of' -e 'Lost Line' "$tmp/out" \
  && fail "another participant reached Dropped's answers"
tmux_start 80 24 "$ssh_cmd -tt root@127.0.0.1"
tmux_wait "Your name, or your team's name?" 20
tmux_keys 'Dropped' Enter
tmux_wait "This name has a PIN"
tmux_keys 8642 Enter
tmux_wait "Your answers of 2"
tmux_keys Enter
tmux_wait "What does the company sell?"
tmux_keys 3
tmux_wait "How many people"
expect_grep '^company.offering = mixed$' "$room"/dropped-*.answers
# ... and goes on to the end, as a participant would.
for step in "12 Enter:internal systems" "1:already stretched" \
            "1:lack most" "3:next two years" "1:know AI" \
            "4:What role does AI play" "3:How many AI use cases" \
            "2 Enter:spend on AI" \
            "40k Enter:AI-related projects" "2 Enter:AI-specific regulation" \
            "1:AI risks" "Enter:Who chooses" "1:Which AI tool" \
            "Copilot Enter:already in use" "2:what the tool is meant" \
            "1:who will use it" \
            "1:tested" "1:security" "1:measuring" "Tab:better tool" \
            "Tab:another AI tool" "Tab Enter:Review your answers" \
            "Enter:Edit answers"; do
  keys=${step%%:*}
  for k in $keys; do tmux_keys "$k"; done
  tmux_wait "${step#*:}" 20
done
tmux_keys Tab Tab Tab Enter
tmux_wait "EXIT=" 20
expect_grep '^meta.status = finished$' "$room"/dropped-*.answers
ls "$room"/dropped-*.report.txt >/dev/null || fail "no report left in the room"
"$LEADWISE" summary -f json "$room" | grep -q '"participants": 22' \
  || fail "the summary does not count every participant"

# Keys of their own, and an sshd that says which (ExposeAuthInfo):
# --sign-in key binds each name to its key, with no PIN to type.
keyroom="$tmp/keyroom"
mkdir -p "$keyroom"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/alice"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/bob"
cat "$tmp/alice.pub" "$tmp/bob.pub" >"$tmp/keys_authorized"
port2=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -e "s/^Port .*/Port $port2/" -e "s|^PidFile .*|PidFile $tmp/sshd2.pid|" \
    -e "s|^AuthorizedKeysFile .*|AuthorizedKeysFile $tmp/keys_authorized|" \
    -e "s|--workshop '$room'|--workshop '$keyroom' --sign-in key|" \
    -e 's/^Match User root/ExposeAuthInfo yes\nMatch User root/' \
    "$tmp/sshd_config" >"$tmp/sshd2_config"
/usr/sbin/sshd -D -f "$tmp/sshd2_config" -E "$tmp/sshd2.log" &
sshd2_pid=$!
trap 'kill $sshd_pid $sshd2_pid 2>/dev/null; tmux_stop; rm -rf "$tmp"' EXIT
as ()
{
  eval "ssh -i '$tmp/$1' -p $port2 -o StrictHostKeyChecking=no \
    -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes \
    -T root@127.0.0.1"
}
tries=50
until as alice </dev/null >/dev/null 2>&1; do
  tries=$((tries - 1))
  [ "$tries" -gt 0 ] || { cat "$tmp/sshd2.log" >&2; fail "the second sshd did not start"; }
  sleep 0.1
done
printf 'Alice\nAlice Co\nquit\n' | as alice >"$tmp/out" 2>&1
grep -q 'PIN' "$tmp/out" && fail "a PIN was asked of a participant with a key"
alice_file=$(ls "$keyroom"/alice-*.answers) || fail "no answers for Alice"
expect_grep '^company.name = Alice Co$' "$alice_file"
fingerprint=$(ssh-keygen -l -E sha256 -f "$tmp/alice.pub" | cut -d' ' -f2)
expect_grep "^key = $fingerprint\$" "$keyroom"/.alice-*.owner
cp "$alice_file" "$tmp/alice-before"
printf 'Alice\n1\nquit\n' | as bob >"$tmp/out" 2>&1
expect_grep 'This name is kept for someone else' "$tmp/out"
grep -q -e 'Alice Co' -e 'Your answers of' "$tmp/out" \
  && fail "Bob reached Alice's answers"
cmp -s "$alice_file" "$tmp/alice-before" || fail "Bob changed Alice's answers"
printf 'Alice\n1\nquit\n' | as alice >"$tmp/out" 2>&1
expect_grep 'Your answers of .* are here' "$tmp/out"
exit 0

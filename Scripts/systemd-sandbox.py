#!/usr/bin/python3
"""Runs a command under seccomp filters like those of contrib/lotsed.service, for a machine
where systemd is not PID 1 (a container): SystemCallFilter=@system-service and ~@privileged
with SystemCallErrorNumber=EPERM (the groups as this machine's `systemd-analyze syscall-filter`
lists them), MemoryDenyWriteExecute=yes (no W+X mmap, no mprotect/pkey_mprotect to PROT_EXEC,
no shmat SHM_EXEC: systemd's rules) and RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX.
An approximation: the users, namespaces and mounts of the other settings are not made here.

  apt-get install python3-seccomp systemd      # Debian's python3-seccomp is for /usr/bin/python3
  Scripts/systemd-sandbox.py .build/debug/lotsed --port 0 --metrics 127.0.0.1:9464
"""
import errno, os, re, subprocess, sys, socket
import seccomp

def groups():
    text = subprocess.run(["systemd-analyze", "syscall-filter"], capture_output=True, text=True, check=True).stdout
    result, current = {}, None
    for line in text.splitlines():
        if line.startswith("@"):
            current = line.strip(); result[current] = []
        elif current and line.strip() and not line.strip().startswith("#"):
            result[current].append(line.strip())
    return result

def expand(name, table, seen=None):
    seen = seen if seen is not None else set()
    if not name.startswith("@"):
        return {name}
    if name in seen: return set()
    seen.add(name)
    out = set()
    for member in table[name]:
        out |= expand(member, table, seen)
    return out

table = groups()
allowed = expand("@system-service", table) - expand("@privileged", table)
f = seccomp.SyscallFilter(defaction=seccomp.ERRNO(errno.EPERM))
skipped = 0
for name in sorted(allowed):
    try:
        f.add_rule(seccomp.ALLOW, name)
    except Exception:
        skipped += 1  # not a syscall on this architecture
# MemoryDenyWriteExecute: the calls stay allowed except with these arguments (second filter).
m = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
PROT_WRITE, PROT_EXEC, SHM_EXEC = 2, 4, 0o100000
m.add_rule(seccomp.ERRNO(errno.EPERM), "mmap", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_WRITE | PROT_EXEC, PROT_WRITE | PROT_EXEC))
m.add_rule(seccomp.ERRNO(errno.EPERM), "mprotect", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, PROT_EXEC))
m.add_rule(seccomp.ERRNO(errno.EPERM), "pkey_mprotect", seccomp.Arg(2, seccomp.MASKED_EQ, PROT_EXEC, PROT_EXEC))
m.add_rule(seccomp.ERRNO(errno.EPERM), "shmat", seccomp.Arg(2, seccomp.MASKED_EQ, SHM_EXEC, SHM_EXEC))
# RestrictAddressFamilies: socket() only for AF_UNIX, AF_INET, AF_INET6.
for family in range(0, 46):
    if family not in (socket.AF_UNIX, socket.AF_INET, socket.AF_INET6):
        m.add_rule(seccomp.ERRNO(errno.EAFNOSUPPORT), "socket", seccomp.Arg(0, seccomp.EQ, family))
print(f"sandbox: {len(allowed) - skipped} system calls allowed, W+X mappings and exotic sockets refused", file=sys.stderr)
m.load()
f.load()
os.execvp(sys.argv[1], sys.argv[1:])

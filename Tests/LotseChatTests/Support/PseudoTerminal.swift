import Foundation
import Glibc

/// A program running under a pseudo-terminal (`forkpty`), as a person at a terminal would
/// run it: the test types keys and reads what the screen got.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    /// Everything the program wrote so far, escapes included.
    private var bytes: [UInt8] = []
    private var exitStatus: Int32?

    /// Starts `executable` with `arguments` on a new 80×24 terminal.
    init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        // Everything the child needs is prepared before the fork: after it, only execve.
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        // A sanitizer run's options reach the child too (Scripts/sanitize.sh).
        let sanitizers = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
        let envp = environment.merging(sanitizers) { given, _ in given }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let pid = forkpty(&master, nil, nil, &size)
        if pid == 0 {
            execve(executable, argv, envp)
            _exit(127)
        }
        guard pid > 0 else { throw TestFailure("forkpty failed: errno \(errno)") }
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(timeout: .seconds(5))
        }
        close(master)
    }

    /// Types `keys` (use "\r" for Enter, "\t" for Tab, "\u{3}" for Ctrl-C).
    func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = Glibc.write(master, &bytes, bytes.count)
    }

    /// What the program wrote after `mark`, escapes included.
    func output(after mark: Int = 0) -> String {
        String(decoding: bytes[min(mark, bytes.count)...], as: UTF8.self)
    }

    /// What the program wrote after `mark`, without escapes and carriage returns.
    func text(after mark: Int = 0) -> String {
        Self.plain(output(after: mark))
    }

    /// Reads until the text after `mark` contains `expected`; false at the timeout.
    @discardableResult
    func waitFor(_ expected: String, after mark: Int = 0, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !text(after: mark).contains(expected) {
            if ContinuousClock.now >= deadline || !readSome(until: deadline) { return text(after: mark).contains(expected) }
        }
        return true
    }

    /// Reads whatever arrives for a short while.
    func settle(_ duration: Duration = .milliseconds(300)) {
        let deadline = ContinuousClock.now + duration
        while ContinuousClock.now < deadline, readSome(until: deadline) {}
    }

    /// The end of the output so far, to look only at what comes after it.
    var mark: Int { bytes.count }

    /// The exit status once the program ended within `timeout`, nil while it runs.
    func waitForExit(timeout: Duration = .seconds(10)) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while exitStatus == nil, ContinuousClock.now < deadline {
            _ = readSome(until: min(deadline, .now + .milliseconds(50)))
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            }
        }
        return exitStatus
    }

    /// Sends a signal to the program.
    func signal(_ number: Int32) {
        kill(pid, number)
    }

    /// The text without escape sequences and carriage returns.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Reads what is there (waiting until `deadline`); false when nothing more can come.
    private func readSome(until deadline: ContinuousClock.Instant) -> Bool {
        let remaining = deadline - .now
        let milliseconds = max(0, Int32(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return ContinuousClock.now < deadline }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = Glibc.read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[..<count]
        return true
    }
}

import Glibc
import Synchronization

/// The signals the chat handles itself, recorded by a C handler and collected by the loop
/// (whose `poll()` they interrupt).
public enum Signals {
    /// A signal that arrived.
    public enum Received: Sendable, Equatable {
        /// SIGINT (Ctrl-C).
        case interrupt
        /// SIGTERM or SIGHUP: the operator or the terminal ends the client.
        case terminate
        /// SIGWINCH: the terminal's size changed.
        case resize
    }

    private static let pending = Atomic<UInt32>(0)

    private static let handler: @convention(c) (Int32) -> Void = { number in
        let bit: UInt32 =
            switch number {
            case SIGINT: 1
            case SIGWINCH: 4
            default: 2
            }
        pending.bitwiseOr(bit, ordering: .relaxed)
    }

    /// Installs the handlers; in the kiosk also ignores Ctrl-\ and Ctrl-Z, so nobody drops to
    /// a shell.
    public static func install(kiosk: Bool) {
        for number in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
            signal(number, handler)
        }
        signal(SIGPIPE, SIG_IGN)
        if kiosk {
            signal(SIGQUIT, SIG_IGN)
            signal(SIGTSTP, SIG_IGN)
        }
    }

    /// The signals that arrived since the last call.
    public static func take() -> [Received] {
        let bits = pending.exchange(0, ordering: .relaxed)
        var received: [Received] = []
        if bits & 1 != 0 { received.append(.interrupt) }
        if bits & 2 != 0 { received.append(.terminate) }
        if bits & 4 != 0 { received.append(.resize) }
        return received
    }
}

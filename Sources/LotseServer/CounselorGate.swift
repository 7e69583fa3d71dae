import Synchronization

/// The server-wide `CounselorAuth`, shared by every connection so that the pause after wrong
/// tokens holds for an address across its connections.
final class CounselorGate: Sendable {
    private let auth: Mutex<CounselorAuth>
    /// Whether the server has a counselor token at all.
    let isEnabled: Bool

    init(token: String?, limits: ServerLimits) {
        auth = Mutex(CounselorAuth(token: token, maxFailures: limits.authFailuresBeforePause, pause: limits.authPause))
        isEnabled = token != nil
    }

    /// Checks a token sent from `address`.
    func attempt(_ candidate: String, from address: String) -> CounselorAuth.Verdict {
        let now = ContinuousClock.now
        return auth.withLock { $0.attempt(candidate, from: address, at: now) }
    }
}

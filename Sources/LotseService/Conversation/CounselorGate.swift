import Synchronization

/// The server-wide `CounselorAuth`, shared by every connection so that the allowance of wrong
/// tokens holds for the whole server.
final class CounselorGate: Sendable {
    private let auth: Mutex<CounselorAuth>
    /// Whether the server has a counselor token at all.
    let isEnabled: Bool

    init(token: String?, limits: ServerLimits) {
        auth = Mutex(
            CounselorAuth(token: token, perMinute: limits.authWrongTokensPerMinute, burst: limits.authWrongTokensPerMinute))
        isEnabled = token != nil
    }

    /// Checks a token sent at `now`.
    func attempt(_ candidate: String, at now: ContinuousClock.Instant) -> CounselorAuth.Verdict {
        auth.withLock { $0.attempt(candidate, at: now) }
    }
}

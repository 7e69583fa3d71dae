/// Decides `/auth TOKEN` for the whole server: compares the token in constant time and
/// limits wrong tokens server-wide — at most `burst` at once, then `perMinute` a minute, from
/// however many addresses. No address is ever locked out, so a mistyped token behind a shared
/// NAT does not lock out the counselor at the next desk; each connection's own retries are
/// slowed by `AuthBackoff`. A plain value: `CounselorGate` keeps it under a lock.
struct CounselorAuth {
    /// The answer to one `/auth`.
    enum Verdict: Equatable {
        case granted
        case denied
        /// The server-wide allowance of wrong tokens is used up; `/auth` is checked again
        /// after this long.
        case paused(Duration)
        /// The server has no token: counselor mode is off.
        case notConfigured
    }

    private let token: [UInt8]?
    /// Wrong tokens a minute, server-wide.
    let perMinute: Int
    /// Wrong tokens allowed at once.
    let burst: Int
    /// Wrong tokens that may still come now (refilled at `perMinute`).
    private var allowance: Double
    private var refilled: ContinuousClock.Instant

    init(token: String?, perMinute: Int, burst: Int, at now: ContinuousClock.Instant = .now) {
        self.token = token.map { Array($0.utf8) }
        self.perMinute = max(perMinute, 1)
        self.burst = max(burst, 1)
        self.allowance = Double(self.burst)
        self.refilled = now
    }

    /// Checks `candidate`, sent at `now`: while the allowance of wrong tokens is used up, no
    /// token is compared at all, so guessing gains nothing from more addresses.
    mutating func attempt(_ candidate: String, at now: ContinuousClock.Instant) -> Verdict {
        guard let token else { return .notConfigured }
        refill(at: now)
        guard allowance >= 1 else {
            let seconds = (1 - allowance) * 60 / Double(perMinute)
            return .paused(.milliseconds(Int((seconds * 1000).rounded(.up))))
        }
        if Self.constantTimeEquals(Array(candidate.utf8), token) { return .granted }
        allowance -= 1
        return .denied
    }

    private mutating func refill(at now: ContinuousClock.Instant) {
        let elapsed = now - refilled
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        allowance = min(Double(burst), allowance + seconds * Double(perMinute) / 60)
        refilled = now
    }

    /// Whether `a` and `b` are equal, in a time that depends only on their lengths: every byte
    /// of the longer one is compared, differences are OR-ed together, and nothing returns early.
    static func constantTimeEquals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let length = max(a.count, b.count)
        var difference: UInt8 = a.count == b.count ? 0 : 1
        for index in 0..<length {
            let x = index < a.count ? a[index] : 0
            let y = index < b.count ? b[index] : 0
            difference |= x ^ y
        }
        return difference == 0
    }
}

/// One connection's wait after its own wrong tokens: the first retry after `initial`, each
/// further one after twice as long, up to `ceiling`; a right token starts over.
struct AuthBackoff {
    let initial: Duration
    let ceiling: Duration
    private var delay: Duration = .zero
    private var notBefore: ContinuousClock.Instant?

    init(initial: Duration, ceiling: Duration = .seconds(60)) {
        self.initial = initial
        self.ceiling = max(ceiling, initial)
    }

    /// How long the connection must still wait before `/auth` is checked, nil when it may now.
    func remaining(at now: ContinuousClock.Instant) -> Duration? {
        guard let notBefore, now < notBefore else { return nil }
        return notBefore - now
    }

    /// A wrong token at `now`: the next one waits longer.
    mutating func failed(at now: ContinuousClock.Instant) {
        delay = delay == .zero ? initial : min(delay * 2, ceiling)
        notBefore = now + delay
    }

    /// A right token: no wait.
    mutating func succeeded() {
        delay = .zero
        notBefore = nil
    }
}

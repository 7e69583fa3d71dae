/// Decides `/auth TOKEN`: compares the token in constant time, and after too many wrong
/// tokens from one address refuses `/auth` from there for a pause. A plain value:
/// `CounselorGate` keeps it under a lock.
struct CounselorAuth {
    /// The answer to one `/auth`.
    enum Verdict: Equatable {
        case granted
        case denied
        /// Too many wrong tokens; `/auth` works again after this long.
        case paused(Duration)
        /// The server has no token: counselor mode is off.
        case notConfigured
    }

    /// What is remembered about an address's wrong tokens.
    private struct Failures {
        var count = 0
        var last: ContinuousClock.Instant
        var pausedUntil: ContinuousClock.Instant?
    }

    /// Addresses remembered before old entries are forgotten.
    static let rememberedAddresses = 4096

    private let token: [UInt8]?
    let maxFailures: Int
    let pause: Duration
    private var failures: [String: Failures] = [:]

    init(token: String?, maxFailures: Int, pause: Duration) {
        self.token = token.map { Array($0.utf8) }
        self.maxFailures = max(maxFailures, 1)
        self.pause = pause
    }

    /// Checks `candidate`, sent from `address` at `now`.
    mutating func attempt(_ candidate: String, from address: String, at now: ContinuousClock.Instant) -> Verdict {
        guard let token else { return .notConfigured }
        if let until = failures[address]?.pausedUntil {
            if now < until { return .paused(until - now) }
            failures[address] = nil
        }
        if Self.constantTimeEquals(Array(candidate.utf8), token) {
            failures[address] = nil
            return .granted
        }
        recordFailure(from: address, at: now)
        return .denied
    }

    /// How many addresses have failures remembered.
    var rememberedCount: Int { failures.count }

    /// Counts a wrong token; when the memory is full of recent failures, a new address is not
    /// remembered and so not paused: memory stays bounded whatever the number of addresses.
    private mutating func recordFailure(from address: String, at now: ContinuousClock.Instant) {
        if failures[address] == nil, failures.count >= Self.rememberedAddresses {
            forgetOld(at: now)
            if failures.count >= Self.rememberedAddresses { return }
        }
        var entry = failures[address] ?? Failures(last: now)
        entry.count += 1
        entry.last = now
        if entry.count >= maxFailures {
            entry.count = 0
            entry.pausedUntil = now + pause
        }
        failures[address] = entry
    }

    /// Drops entries whose pause is over and whose last failure is a pause ago.
    private mutating func forgetOld(at now: ContinuousClock.Instant) {
        failures = failures.filter { _, entry in
            if let until = entry.pausedUntil, until > now { return true }
            return now - entry.last < pause
        }
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

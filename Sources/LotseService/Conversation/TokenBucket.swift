/// Lets a connection send `rate` lines a second on average and `burst` at once: a flooding
/// client gets `ERR 429` for the lines over it, and the others keep their share.
struct TokenBucket {
    /// Lines per second; 0 means no limit.
    let rate: Int
    let burst: Int
    private var tokens: Double
    private var refilled: ContinuousClock.Instant

    init(rate: Int, burst: Int, at now: ContinuousClock.Instant) {
        self.rate = rate
        self.burst = max(burst, 1)
        self.tokens = Double(self.burst)
        self.refilled = now
    }

    /// Takes a token for one line at `now`; false when the line is over the limit.
    mutating func take(at now: ContinuousClock.Instant) -> Bool {
        guard rate > 0 else { return true }
        let elapsed = now - refilled
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        tokens = min(Double(burst), tokens + seconds * Double(rate))
        refilled = now
        guard tokens >= 1 else { return false }
        tokens -= 1
        return true
    }
}

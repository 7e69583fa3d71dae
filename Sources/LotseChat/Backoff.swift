/// How long to wait before the next attempt to reach the daemon: doubling from half a
/// second up to a ceiling, back to the start once connected.
public struct Backoff: Sendable, Equatable {
    /// The first delay.
    public let initial: Duration
    /// The longest delay.
    public let ceiling: Duration
    /// Failed attempts since the last success.
    public private(set) var attempts = 0

    /// A backoff from `initial`, doubling up to `ceiling`.
    public init(initial: Duration = .milliseconds(500), ceiling: Duration = .seconds(10)) {
        self.initial = initial
        self.ceiling = ceiling
    }

    /// The delay before the next attempt; counts an attempt.
    public mutating func next() -> Duration {
        defer { attempts += 1 }
        return min(initial * (1 << min(attempts, 20)), ceiling)
    }

    /// Starts again from `initial` (after a successful connection).
    public mutating func reset() {
        attempts = 0
    }
}

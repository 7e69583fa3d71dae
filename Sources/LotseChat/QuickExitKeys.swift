/// Finds the quick-exit keys (Esc Esc) in the bytes typed at the kiosk before readline sees
/// them. readline cannot bind Esc Esc reliably: `/etc/inputrc` often makes it the prefix of
/// Alt+arrow sequences (`\e\e[C`), and readline then waits for a key that never comes.
///
/// A lone Esc at the end of a read is held back briefly, in case the second one follows in
/// the next read; Esc Esc followed by `[` or `O` is a terminal sequence and passes.
public struct QuickExitKeys: Sendable {
    private static let escape: UInt8 = 0x1B
    /// How long a lone Esc waits for a second one.
    public static let holdTime: Duration = .milliseconds(300)

    /// When a lone Esc was held back, nil when none is.
    public private(set) var heldSince: ContinuousClock.Instant?

    /// A filter holding nothing.
    public init() {}

    /// The bytes to give readline, and whether the person pressed Esc Esc (then nothing
    /// passes: the line is wiped anyway).
    public mutating func feed(_ bytes: [UInt8], now: ContinuousClock.Instant) -> (pass: [UInt8], quickExit: Bool) {
        let data = (heldSince == nil ? [] : [Self.escape]) + bytes
        heldSince = nil
        for index in data.indices where data[index] == Self.escape && index + 1 < data.count && data[index + 1] == Self.escape {
            let next = index + 2 < data.count ? data[index + 2] : nil
            if next != UInt8(ascii: "["), next != UInt8(ascii: "O") { return ([], true) }
        }
        if data.last == Self.escape, data.count == 1 || data[data.count - 2] != Self.escape {
            heldSince = now
            return (Array(data.dropLast()), false)
        }
        return (data, false)
    }

    /// A held Esc once it waited long enough (the person pressed Esc once).
    public mutating func release(now: ContinuousClock.Instant) -> [UInt8] {
        guard let heldSince, now - heldSince >= Self.holdTime else { return [] }
        self.heldSince = nil
        return [Self.escape]
    }
}

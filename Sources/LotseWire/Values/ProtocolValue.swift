/// A value of a closed list on the wire (an `ERR` code, an `END` outcome, a `BYE` reason, an
/// `INFO` field) as a client reads it: one it knows, or one a newer server added, kept as sent
/// so an older client shows it rather than breaking.
public enum ProtocolValue<Known: RawRepresentable & Sendable & Equatable>: Sendable, Equatable
where Known.RawValue: Sendable & Equatable {
    case known(Known)
    case unknown(Known.RawValue)

    /// `raw` read as a known value where it is one.
    public init(raw: Known.RawValue) {
        self = Known(rawValue: raw).map(Self.known) ?? .unknown(raw)
    }

    /// The value as it is written on the wire.
    public var raw: Known.RawValue {
        switch self {
        case .known(let value): value.rawValue
        case .unknown(let raw): raw
        }
    }

    /// The known value, nil for one this client does not know.
    public var known: Known? {
        if case .known(let value) = self { value } else { nil }
    }
}

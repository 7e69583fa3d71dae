/// Why the server refuses a client line before any session sees it; each case has the `ERR`
/// code a client can act on.
public enum ClientLineError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The line has more bytes than the server allows (`ERR 413`); it was discarded whole.
    case tooLong(limit: Int)
    /// The line is not valid UTF-8 (`ERR 400`).
    case invalidUTF8
    /// The line holds a control character other than a trailing CR (`ERR 400`); the value is
    /// the offending byte or Unicode scalar.
    case controlCharacter(UInt32)

    /// The `ERR` code of the refusal.
    public var code: ErrorCode {
        switch self {
        case .tooLong: .lineTooLong
        case .invalidUTF8, .controlCharacter: .notUnderstood
        }
    }

    /// What is wrong with the line, for logs and tests (the server tells the person in the
    /// session's language).
    public var description: String {
        switch self {
        case .tooLong(let limit):
            "line too long: at most \(limit) bytes; the line was discarded"
        case .invalidUTF8:
            "the line is not UTF-8 text"
        case .controlCharacter(let value):
            "the line holds a control character (0x\(String(value, radix: 16, uppercase: true)))"
        }
    }
}

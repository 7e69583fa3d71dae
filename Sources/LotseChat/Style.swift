/// How text is decorated: ANSI colours on a terminal, nothing in a pipe or with `NO_COLOR`.
public struct Style: Sendable, Equatable {
    /// The kinds of text the chat shows.
    public enum Role: Sendable {
        /// What the assistant says.
        case say
        /// An option's number.
        case number
        /// A refused line (`ERR`).
        case error
        /// A hint (`NOTE`).
        case hint
        /// Counselor tracing (`TRACE`).
        case trace
        /// A partner's name on the slip.
        case partner
        /// A field name on the slip (address, phone …).
        case field
        /// The person's own language in a list of languages.
        case highlight
        /// Messages of the client itself (connection, kiosk).
        case status
        /// A QR code: white blocks on black, whatever the terminal's own colours.
        case qr
    }

    /// Whether escapes are written at all.
    public let colored: Bool

    /// A style with or without colours.
    public init(colored: Bool) {
        self.colored = colored
    }

    /// The style for the environment: colours only on a terminal and never when `NO_COLOR` is
    /// set (to anything but the empty string, as no-color.org says).
    public static func detect(isTerminal: Bool, environment: [String: String]) -> Style {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return Style(colored: isTerminal && !noColor && !dumb)
    }

    /// `text` decorated for `role`.
    public func apply(_ role: Role, _ text: String) -> String {
        guard colored, !text.isEmpty, role != .say else { return text }
        return "\u{1B}[\(Self.code(role))m\(text)\u{1B}[0m"
    }

    private static func code(_ role: Role) -> String {
        switch role {
        case .say: "0"  // plain: the assistant's words need no decoration
        case .number: "1;36"
        case .error: "1;31"
        case .hint: "3;33"
        case .trace: "2"
        case .partner: "1"
        case .field: "36"
        case .highlight: "1;32"
        case .status: "2;3"
        case .qr: "97;40"
        }
    }
}

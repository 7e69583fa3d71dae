/// One line from the person or counselor: an answer to the open question, or a command.
public enum ClientInput: Sendable, Equatable {
    case answer(String)
    case command(Command)

    /// Reads a line (without its line break). `//text` answers `/text`; `/name args` is a command.
    public init(_ line: String) {
        let trimmed = line.trimmingSpaces()
        if trimmed.hasPrefix("//") {
            self = .answer(String(trimmed.dropFirst()))
        } else if trimmed.hasPrefix("/") {
            self = .command(Command(trimmed))
        } else {
            self = .answer(trimmed)
        }
    }
}

/// The commands of protocol v1. Counselor commands are handled by the engine only in
/// counselor mode; `/auth` and `/reload` belong to the server, which holds the token and the
/// Dialogs.
public enum Command: Sendable, Equatable {
    case help
    case lang(String?)
    case back
    case skip
    case restart
    case why
    case summary
    case quit
    /// `/auth TOKEN`; nil when the token is missing.
    case auth(String?)
    case trace(Bool?)
    case set(slot: String, value: String)
    case goto(String)
    case slots
    case path
    case reload
    /// A counselor command without the arguments it needs (`/set`, `/goto`): its usage.
    case incomplete(usage: String)
    /// A `/word` that is no command, or a command with arguments it does not take; the word as
    /// it may be echoed (short, without control or invisible characters).
    case unknown(String)

    /// Parses `/name arguments`.
    public init(_ text: String) {
        let body = text.dropFirst()
        let name = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = body.dropFirst(name.count).trimmingSpaces()
        let argument: String? = rest.isEmpty ? nil : rest
        switch (name, argument) {
        case ("help", nil), ("?", nil): self = .help
        case ("lang", _): self = .lang(argument?.lowercased())
        case ("back", nil): self = .back
        case ("skip", nil): self = .skip
        case ("restart", nil): self = .restart
        case ("why", nil): self = .why
        case ("summary", nil): self = .summary
        case ("quit", nil), ("exit", nil): self = .quit
        case ("auth", _): self = .auth(argument)
        case ("trace", "on"): self = .trace(true)
        case ("trace", "off"): self = .trace(false)
        case ("trace", nil): self = .trace(nil)
        case ("set", let arguments?):
            let parts = arguments.split(separator: " ", maxSplits: 1).map(String.init)
            self = parts.count == 2 ? .set(slot: parts[0], value: parts[1].trimmingSpaces()) : .incomplete(usage: "/set SLOT VALUE")
        case ("set", nil): self = .incomplete(usage: "/set SLOT VALUE")
        case ("goto", let node?): self = .goto(node)
        case ("goto", nil): self = .incomplete(usage: "/goto NODE")
        case ("slots", nil): self = .slots
        case ("path", nil): self = .path
        case ("reload", nil): self = .reload
        default: self = .unknown(Self.echoable(text.prefix { !$0.isWhitespace }))
        }
    }

    /// At most 24 visible characters of `word`, without control, format (bidi overrides,
    /// zero-width) or other invisible characters; longer words end with "…".
    static func echoable(_ word: Substring) -> String {
        let visible = word.unicodeScalars.filter { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: false
            default: !scalar.properties.isDefaultIgnorableCodePoint
            }
        }
        let text = String(String.UnicodeScalarView(visible))
        return text.count > 24 ? text.prefix(23) + "…" : text
    }

    /// Whether only a counselor may use the command.
    public var isCounselorCommand: Bool {
        switch self {
        case .auth, .trace, .set, .goto, .slots, .path, .reload, .incomplete: true
        default: false
        }
    }

    /// Every command word, for `/help` and completion.
    public static let words = ["/help", "/lang", "/back", "/skip", "/restart", "/why", "/summary", "/quit"]
    /// The counselor's command words.
    public static let counselorWords = ["/auth", "/trace", "/set", "/goto", "/slots", "/path", "/reload"]
}

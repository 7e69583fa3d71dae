/// A command of protocol v1 with its arguments, read from a `/name arguments` line by the
/// table `CommandName`. Counselor commands are handled by the engine only in counselor mode;
/// `/auth` and `/reload` belong to the server, which holds the token and the Dialogs.
public enum Command: Sendable, Equatable {
    case help
    case lang(String?)
    case back
    case skip
    case restart
    case why
    case summary
    /// The places past the slip's limit, after the referral.
    case more
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
        let typed = body.prefix { !$0.isWhitespace }.lowercased()
        let rest = body.dropFirst(typed.count).trimmingSpaces()
        let argument: String? = rest.isEmpty ? nil : rest
        if let name = CommandName(typed: typed), let command = Self.parse(name, argument) {
            self = command
        } else {
            self = .unknown(Self.echoable(text.prefix { !$0.isWhitespace }))
        }
    }

    /// The command `name` with `argument`; nil when it takes no argument and got one.
    private static func parse(_ name: CommandName, _ argument: String?) -> Command? {
        switch (name, argument) {
        case (.lang, _): .lang(argument?.lowercased())
        case (.auth, _): .auth(argument)
        case (.trace, "on"): .trace(true)
        case (.trace, "off"): .trace(false)
        case (.trace, nil): .trace(nil)
        case (.trace, _?): nil
        case (.set, let arguments?):
            arguments.split(separator: " ", maxSplits: 1).map(String.init).twoParts.map { .set(slot: $0, value: $1.trimmingSpaces()) }
                ?? .incomplete(usage: name.usage)
        case (.goto, let node?): .goto(node)
        case (.set, nil), (.goto, nil): .incomplete(usage: name.usage)
        case (_, _?): nil
        case (.help, nil): .help
        case (.back, nil): .back
        case (.skip, nil): .skip
        case (.restart, nil): .restart
        case (.why, nil): .why
        case (.summary, nil): .summary
        case (.more, nil): .more
        case (.quit, nil): .quit
        case (.slots, nil): .slots
        case (.path, nil): .path
        case (.reload, nil): .reload
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

    /// The command's entry in the table; nil for `.incomplete` and `.unknown`.
    public var name: CommandName? {
        switch self {
        case .help: .help
        case .lang: .lang
        case .back: .back
        case .skip: .skip
        case .restart: .restart
        case .why: .why
        case .summary: .summary
        case .more: .more
        case .quit: .quit
        case .auth: .auth
        case .trace: .trace
        case .set: .set
        case .goto: .goto
        case .slots: .slots
        case .path: .path
        case .reload: .reload
        case .incomplete, .unknown: nil
        }
    }

    /// Whether only a counselor may use the command (a counselor command without its
    /// arguments too).
    public var isCounselorCommand: Bool {
        switch self {
        case .incomplete: true
        case .unknown: false
        default: name?.isCounselorOnly ?? false
        }
    }
}

extension Array where Element == String {
    /// The two elements of a pair, nil for any other count.
    fileprivate var twoParts: (String, String)? {
        count == 2 ? (self[0], self[1]) : nil
    }
}

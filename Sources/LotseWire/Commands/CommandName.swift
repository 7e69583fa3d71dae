/// The command table of protocol v1: every command once, with its aliases, its arguments and
/// who may use it. Parsing (`Command`), completion and `/help`'s check read it; a new command
/// is one case here and one in `Command`.
public enum CommandName: String, Sendable, Equatable, CaseIterable {
    case help
    case lang
    case back
    case skip
    case restart
    case why
    case summary
    case more
    case quit
    case auth
    case trace
    case set
    case goto
    case slots
    case path
    case reload

    /// The word a person types, with its slash (`/help`).
    public var word: String { "/" + rawValue }

    /// Other names for the command, without the slash.
    public var aliases: [String] {
        switch self {
        case .help: ["?"]
        case .quit: ["exit"]
        default: []
        }
    }

    /// What follows the word, as the usage shows it; empty for none.
    public var arguments: String {
        switch self {
        case .lang: "CODE"
        case .auth: "TOKEN"
        case .trace: "on|off"
        case .set: "SLOT VALUE"
        case .goto: "NODE"
        default: ""
        }
    }

    /// The word and its arguments, e.g. `/set SLOT VALUE`.
    public var usage: String { arguments.isEmpty ? word : "\(word) \(arguments)" }

    /// Whether only a counselor may use the command. (`/auth` is how one becomes a counselor:
    /// anyone may send it; it is listed with the counselor's commands.)
    public var isCounselorOnly: Bool {
        switch self {
        case .help, .lang, .back, .skip, .restart, .why, .summary, .more, .quit: false
        case .auth, .trace, .set, .goto, .slots, .path, .reload: true
        }
    }

    /// The command a typed name (without the slash, lower-cased) stands for.
    public init?(typed name: String) {
        guard let command = Self.byName[name] else { return nil }
        self = command
    }

    /// Every name and alias, and its command.
    private static let byName: [String: CommandName] = Dictionary(
        uniqueKeysWithValues: allCases.flatMap { command in ([command.rawValue] + command.aliases).map { ($0, command) } })

    /// The words of everyone's commands, for `/help` and completion.
    public static let words = allCases.filter { !$0.isCounselorOnly }.map(\.word)
    /// The words of the counselor's commands.
    public static let counselorWords = allCases.filter(\.isCounselorOnly).map(\.word)
}

/// What Tab offers for the text typed so far: the `/commands`, languages after `/lang `,
/// and the open question's option labels and keys. Pure, so it is tested without readline.
public struct Completion: Sendable, Equatable {
    /// The commands offered.
    public var commands: [String]
    /// The languages offered after `/lang `.
    public var languages: [String]
    /// The open question's options.
    public var options: [ServerMessage.Option]

    /// Completion over these commands, languages and options.
    public init(commands: [String], languages: [String] = [], options: [ServerMessage.Option] = []) {
        self.commands = commands
        self.languages = languages
        self.options = options
    }

    /// The candidates that complete `text` (the whole line typed so far), matched without
    /// regard to case: labels and keys that start with it, else labels with a word that does.
    public func candidates(for text: String) -> [String] {
        let typed = text.lowercased()
        if typed.hasPrefix("/lang ") {
            return languages.map { "/lang \($0)" }.filter { $0.hasPrefix(typed) }
        }
        if typed.hasPrefix("/") {
            return commands.filter { $0.hasPrefix(typed) }
        }
        guard !typed.isEmpty else { return options.map(\.label) }
        var found: [String] = []
        for option in options {
            if option.label.lowercased().hasPrefix(typed) {
                found.append(option.label)
            } else if option.key.hasPrefix(typed) {
                found.append(option.key)
            }
        }
        if !found.isEmpty { return unique(found) }
        let inside = options.filter { option in
            option.label.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" }).contains { $0.hasPrefix(typed) }
        }
        return unique(inside.map(\.label))
    }

    private func unique(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}

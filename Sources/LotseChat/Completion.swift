public import LotseWire

/// What Tab offers for the text typed so far: the `/commands`, languages after `/lang `,
/// and the open question's option labels and keys — for a multi question, of the option being
/// typed after those already listed ("Schulden, Sch"). Pure, so it is tested without readline.
public struct Completion: Sendable, Equatable {
    /// The commands offered.
    public var commands: [String]
    /// The languages offered after `/lang `.
    public var languages: [String]
    /// The open question's options.
    public var options: [ServerMessage.Option]
    /// Whether the open question takes several options, separated by commas.
    public var isMulti: Bool

    /// Completion over these commands, languages and options.
    public init(commands: [String], languages: [String] = [], options: [ServerMessage.Option] = [], isMulti: Bool = false) {
        self.commands = commands
        self.languages = languages
        self.options = options
        self.isMulti = isMulti
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
        if isMulti, let comma = text.lastIndex(of: ",") {
            let listed = text[...comma] + " "
            let part = text[text.index(after: comma)...].trimmingSpaces()
            return optionCandidates(for: part.lowercased()).map { listed + $0 }
        }
        return optionCandidates(for: typed)
    }

    /// The labels or keys of the options that `typed` (lower case) starts or names a word of.
    private func optionCandidates(for typed: String) -> [String] {
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

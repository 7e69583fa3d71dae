public import LotseWire

/// The referral slip: the partners of one referral (`REFER`, `WHY`, `INFO` lines), collected
/// until the referral is complete and then laid out as a block a person can read or show.
public struct Slip: Sendable, Equatable {
    /// One referred partner.
    public struct Entry: Sendable, Equatable {
        /// 1 for the most relevant partner.
        public var rank: Int
        /// The partner's id (`jmd-siegen`).
        public var partner: String
        /// The partner's name.
        public var name: String
        /// The `WHY` lines, in order.
        public var reasons: [String] = []
        /// `INFO` facts in the order they came, as (field, value).
        public var facts: [Fact] = []
    }

    /// One `INFO` fact.
    public struct Fact: Sendable, Equatable {
        /// Which fact it is; one a newer server added is kept and not shown.
        public var field: ProtocolValue<InfoField>
        /// The value as the server sent it.
        public var value: String
    }

    /// The partners, in the order the server ranked them.
    public private(set) var entries: [Entry] = []

    /// An empty slip.
    public init() {}

    /// Whether no partner was added yet.
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds a slip line; returns false when `message` is no slip line.
    public mutating func add(_ message: ServerMessage) -> Bool {
        switch message {
        case .refer(let rank, let partner, let name):
            entries.append(Entry(rank: rank, partner: partner, name: name))
        case .why(let partner, let text):
            update(partner) { $0.reasons.append(text) }
        case .info(let partner, let field, let value):
            update(partner) { $0.facts.append(Fact(field: field, value: value)) }
        default:
            return false
        }
        return true
    }

    private mutating func update(_ partner: String, _ change: (inout Entry) -> Void) {
        guard let index = entries.lastIndex(where: { $0.partner == partner }) else { return }
        change(&entries[index])
    }

    /// The slip as terminal lines.
    ///
    /// - Parameters:
    ///   - width: the terminal width in columns.
    ///   - language: the person's language: field names are in it (with the German beside
    ///     them).
    ///   - highlight: the language highlighted among the partner's languages.
    ///   - style: colours or none.
    public func lines(width: Int, language: String, highlight: String, style: Style) -> [String] {
        let texts = ClientTexts.forLanguage(language)
        let german = ClientTexts.forLanguage("de")
        var lines: [String] = []
        for entry in entries {
            let number = "\(entry.rank). "
            let indent = String(repeating: " ", count: number.count + 2)
            lines.append("")
            let name = WordWrap.lines(entry.name, width: width, firstPrefix: "  " + number, hanging: indent)
            lines.append(style.apply(.number, "  " + number) + style.apply(.partner, String(name[0].dropFirst(2 + number.count))))
            lines += name.dropFirst().map { style.apply(.partner, $0) }
            for reason in entry.reasons {
                lines += WordWrap.lines(reason, width: width, firstPrefix: indent + "• ", hanging: indent + "  ")
            }
            if let languages = languageLine(entry, highlight: highlight, texts: texts, style: style) {
                lines.append(
                    contentsOf: field(
                        both(texts.languages, german.languages, language), languages, indent: indent, width: width, style: style))
            }
            for fact in entry.facts {
                guard let name = texts.label(forField: fact.field), let german = german.label(forField: fact.field) else { continue }
                lines += field(both(name, german, language), fact.value, indent: indent, width: width, style: style)
            }
        }
        return lines
    }

    /// "Phone · Telefon" for a person who does not read German; "Telefon" for one who does.
    private func both(_ name: String, _ german: String, _ language: String) -> String {
        name == german ? name : "\(name) · \(german)"
    }

    /// `name: value`, wrapped under the value.
    private func field(_ name: String, _ value: String, indent: String, width: Int, style: Style) -> [String] {
        let prefix = indent + name + ": "
        let wrapped = WordWrap.lines(value, width: width, firstPrefix: prefix, hanging: indent + "  ")
        return wrapped.enumerated().map { index, line in
            index == 0 ? indent + style.apply(.field, name + ":") + String(line.dropFirst(prefix.count - 1)) : line
        }
    }

    /// The partner's languages by name, the person's own highlighted (brackets without
    /// colour), and those spoken only on request marked so.
    private func languageLine(_ entry: Entry, highlight: String, texts: ClientTexts, style: Style) -> String? {
        func names(_ field: InfoField) -> [String] {
            entry.facts.filter { $0.field == .known(field) }
                .flatMap { $0.value.split(whereSeparator: { $0 == "," || $0 == " " }) }
                .map { code in
                    let name = ClientTexts.name(of: String(code))
                    guard code == highlight else { return name }
                    return style.colored ? style.apply(.highlight, name) : "[\(name)]"
                }
        }
        let spoken = names(.languages)
        let onRequest = names(.languagesOnRequest)
        guard !spoken.isEmpty || !onRequest.isEmpty else { return nil }
        var line = spoken.joined(separator: ", ")
        if !onRequest.isEmpty {
            line += (line.isEmpty ? "" : "; ") + "\(texts.onRequest): " + onRequest.joined(separator: ", ")
        }
        return line
    }
}

public import LotseSlip
import LotseWire

/// The slip laid out for a terminal: each partner numbered, its reasons as bullets, its
/// languages and contacts under bilingual field names, wrapped to the terminal's width; in
/// Arabic and Persian each line marked right to left (`TextDirection`).
extension Slip {
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
        return lines.map { TextDirection.marked(terminalLine: $0, language: language) }
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

/// The translations of all languages, checked against the German source: the language must
/// be offered, every text id must exist in German, and each must name the hash of the German
/// text it was made from (`source:`), which must still match.
struct TranslationSet {
    private(set) var tables: [String: [String: TextEntry]] = [:]

    /// - Parameter comparing: whether to compare the texts with the German ones (false when a
    ///   German file did not parse).
    init(
        _ roots: [YAMLNode], source: [String: TextEntry], languages: [Language], sourceLanguage: String,
        comparing: Bool = true, log: inout DiagnosticLog
    ) {
        let codes = languages.map(\.code)
        for root in roots {
            let file = TranslationFile(root, log: &log)
            guard let language = file.language else { continue }
            guard codes.contains(language.code), language.code != sourceLanguage else {
                log.error(
                    "language '\(language.code)' is not offered; add it to 'languages' in dialog.yaml "
                        + "(the source language \(sourceLanguage) lives next to the nodes)", at: language.location)
                continue
            }
            if tables[language.code] != nil {
                log.error("a second file for language '\(language.code)'; keep one file per language", at: language.location)
                continue
            }
            tables[language.code] = file.entries
            guard comparing else { continue }
            for (id, entry) in file.entries.sorted(by: { $0.key < $1.key }) {
                guard let german = source[id] else {
                    let hint = Suggestion.nearest(to: id, in: source.keys).map { "did you mean '\($0)'?" } ?? "no German text has this id"
                    log.warning("unknown text id '\(id)'; \(hint)", at: entry.location)
                    continue
                }
                guard let hash = entry.sourceHash else {
                    log.warning(
                        "\(language.code) text '\(id)' does not say which German text it was made from; check it and "
                            + "set 'source: \(TextHash.of(german.text))' (lotse translations \(language.code) --stamp)", at: entry.location)
                    continue
                }
                if hash != TextHash.of(german.text) {
                    log.warning(
                        "stale \(language.code) text '\(id)': the German text changed since it was translated; "
                            + "update the translation and set 'source: \(TextHash.of(german.text))'", at: entry.location)
                }
            }
        }
        for language in languages where comparing && language.code != sourceLanguage {
            let table = tables[language.code] ?? [:]
            for (id, german) in source.sorted(by: { $0.key < $1.key }) where table[id] == nil {
                log.warning("no \(language.code) text for '\(id)'; add it to texts/\(language.code).yaml", at: german.location)
            }
        }
    }
}

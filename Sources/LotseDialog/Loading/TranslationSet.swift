/// The translations of all languages, checked against the German source: the language must
/// be offered, every text id must exist in German, and each must name the hash of the German
/// text it was made from (`source:`), which must still match. A network's own texts (its
/// partners' notes, its rules' reasons) are translated in its folder, `networks/ID/texts/`,
/// and nowhere else.
struct TranslationSet {
    private(set) var tables: [String: [String: TextEntry]] = [:]

    /// - Parameters:
    ///   - core: the core's `texts/*.yaml`.
    ///   - networks: each network with its `texts/*.yaml`.
    ///   - comparing: whether to compare the texts with the German ones (false when a German
    ///     file did not parse).
    init(
        core: [YAMLNode], networks: [(Network, [YAMLNode])], source: [String: TextEntry], languages: [Language],
        sourceLanguage: String, comparing: Bool = true, log: inout DiagnosticLog
    ) {
        let codes = languages.map(\.code)
        // A network's German texts stand in its folder's partners.yaml or rules.yaml: the
        // folder of the file is the network's, found by a lookup, not a scan of every network.
        let byFolder = Dictionary(networks.map { ($0.0.folder, $0.0) }, uniquingKeysWith: { first, _ in first })
        /// The network whose folder holds the German text `id`, if any.
        func owner(of id: String) -> Network? {
            source[id].flatMap { entry in
                byFolder[String(entry.location.file[..<(entry.location.file.lastIndex(of: "/") ?? entry.location.file.endIndex)])]
            }
        }
        for (network, roots) in [(Network?.none, core)] + networks.map({ (Optional($0.0), $0.1) }) {
            var seenLanguages: Set<String> = []
            for root in roots {
                let file = TranslationFile(root, log: &log)
                guard let language = file.language else { continue }
                guard codes.contains(language.code), language.code != sourceLanguage else {
                    log.error(
                        "language '\(language.code)' is not offered; add it to 'languages' in dialog.yaml "
                            + "(the source language \(sourceLanguage) lives next to the nodes)", at: language.location)
                    continue
                }
                guard seenLanguages.insert(language.code).inserted else {
                    log.error("a second file for language '\(language.code)'; keep one file per language", at: language.location)
                    continue
                }
                for (id, entry) in file.entries.sorted(by: { $0.key < $1.key }) {
                    let belongs = owner(of: id)
                    if source[id] != nil, belongs?.id != network?.id {
                        let home = belongs.map { "networks/\($0.id)/texts/\(language.code).yaml" } ?? "texts/\(language.code).yaml"
                        log.warning("text '\(id)' belongs in \(home), next to its German text", at: entry.location)
                        continue
                    }
                    tables[language.code, default: [:]][id] = entry
                    if comparing { Self.compare(entry, id: id, language: language.code, source: source, log: &log) }
                }
            }
        }
        for language in languages where comparing && language.code != sourceLanguage {
            let table = tables[language.code] ?? [:]
            for (id, german) in source.sorted(by: { $0.key < $1.key }) where table[id] == nil {
                let home = owner(of: id).map { "networks/\($0.id)/texts/\(language.code).yaml" } ?? "texts/\(language.code).yaml"
                log.warning("no \(language.code) text for '\(id)'; add it to \(home)", at: german.location)
            }
        }
    }

    /// Reports a translation of an unknown text, or one that names no German text or an old one.
    private static func compare(
        _ entry: TextEntry, id: String, language: String, source: [String: TextEntry], log: inout DiagnosticLog
    ) {
        guard let german = source[id] else {
            let hint = Suggestion.nearest(to: id, in: source.keys).map { "did you mean '\($0)'?" } ?? "no German text has this id"
            log.warning("unknown text id '\(id)'; \(hint)", at: entry.location)
            return
        }
        guard let hash = entry.sourceHash else {
            log.warning(
                "\(language) text '\(id)' does not say which German text it was made from; check it and "
                    + "set 'source: \(TextHash.of(german.text))' (lotse translations \(language) --stamp)", at: entry.location)
            return
        }
        if hash != TextHash.of(german.text) {
            log.warning(
                "stale \(language) text '\(id)': the German text changed since it was translated; "
                    + "update the translation and set 'source: \(TextHash.of(german.text))'", at: entry.location)
        }
    }
}

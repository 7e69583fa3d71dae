/// What dialog.yaml says: the dialog's name, languages, start and special slots.
struct Header {
    var name = "lotse"
    var sourceLanguage = "de"
    var languages: [(language: Language, node: YAMLNode)] = []
    var start: (id: String, node: YAMLNode)?
    var regionSlot: (id: String, node: YAMLNode)?
    var languageSlot: (id: String, node: YAMLNode)?
    var placeSlot: (id: String, node: YAMLNode)?
    var landSlot: (id: String, node: YAMLNode)?
    var referralLimit: Int?
    var explainedTerms: [String] = []
    /// `slip-needs`: the slots whose answers each get a place on the slip before any gets a second.
    var slipNeeds: [(id: String, node: YAMLNode)] = []

    static let keys = [
        "name", "source-language", "languages", "start", "region-slot", "language-slot", "place-slot", "land-slot",
        "referral-limit", "explained-terms", "slip-needs",
    ]

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let map = MappingReader(root, subject: "dialog.yaml", log: &log) else { return }
        map.rejectUnknownKeys(allowed: Self.keys, log: &log)
        name = map.string("name", log: &log) ?? name
        sourceLanguage = map.optionalString("source-language", log: &log) ?? sourceLanguage
        if let languagesNode = map.value("languages"),
            let languageMap = MappingReader(languagesNode, subject: "'languages' (code: own name)", log: &log)
        {
            for (code, keyNode, nameNode) in languageMap.fields {
                guard Identifier.isValid(code) else {
                    log.error("language code '\(code)' should be lower-case letters, like de or uk", at: keyNode.location)
                    continue
                }
                guard let name = nameNode.scalar else {
                    log.error("language '\(code)' needs its own name as text, like 'English'", at: nameNode.location)
                    continue
                }
                languages.append((Language(code: code, name: name), keyNode))
            }
        } else {
            log.error("dialog.yaml needs 'languages:', a map from code to the language's own name", at: root.location)
        }
        if !languages.isEmpty, !languages.contains(where: { $0.language.code == sourceLanguage }) {
            log.error("the source language '\(sourceLanguage)' must be one of 'languages'", at: root.location)
        }
        start = map.value("start").flatMap { node in node.scalar.map { ($0, node) } }
        if start == nil { log.error("dialog.yaml needs 'start:', a flow or node id", at: root.location) }
        regionSlot = map.value("region-slot").flatMap { node in node.scalar.map { ($0, node) } }
        languageSlot = map.value("language-slot").flatMap { node in node.scalar.map { ($0, node) } }
        placeSlot = map.value("place-slot").flatMap { node in node.scalar.map { ($0, node) } }
        landSlot = map.value("land-slot").flatMap { node in node.scalar.map { ($0, node) } }
        referralLimit = map.optionalInt("referral-limit", log: &log)
        explainedTerms = map.words("explained-terms", log: &log).map(\.0)
        slipNeeds = map.words("slip-needs", log: &log).map { ($0.0, $0.1) }
        if let limit = referralLimit, limit < 1 {
            log.error(
                "'referral-limit' should be 1 or more: the number of partners a slip names", at: map.value("referral-limit")!.location)
        }
    }

    /// The languages with the source language first.
    var orderedLanguages: [Language] {
        let all = languages.map(\.language)
        return all.filter { $0.code == sourceLanguage } + all.filter { $0.code != sourceLanguage }
    }
}

/// The id syntax of the Dialogs: lower-case ASCII kebab-case.
public enum Identifier {
    /// Whether `id` is lower-case ASCII letters and digits in single-hyphen-separated words.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }

    /// The rule, as messages say it.
    public static let rule = "lower-case letters, digits and single hyphens, like ask-age"
}

/// What directory.yaml says: the partners, their facts, and their German notes.
struct DirectoryFile {
    var partners: [Partner] = []
    var texts: [String: TextEntry] = [:]

    static let keys = [
        "id", "name", "region", "roles", "languages", "languages-on-request", "address", "phone",
        "web", "hours", "note", "verified", "sources", "when",
    ]

    /// - Parameters:
    ///   - regions: the values the region slot can take.
    ///   - languageCodes: the values of the language slot, which partners' languages must use.
    ///   - parser: parses a partner's `when:`, the situations it serves within its region.
    init(_ root: YAMLNode, regions: [String], languageCodes: [String], parser: ConditionParser, log: inout DiagnosticLog) {
        let entries = IdentifiedList.read(root, file: "directory.yaml", key: "partners", noun: "partner", keys: Self.keys, log: &log)
        for (id, map) in entries {
            if let partner = readPartner(id, map, regions: regions, languageCodes: languageCodes, parser: parser, log: &log) {
                partners.append(partner)
            }
        }
    }

    private mutating func readPartner(
        _ id: String, _ map: MappingReader, regions: [String], languageCodes: [String], parser: ConditionParser,
        log: inout DiagnosticLog
    ) -> Partner? {
        guard let name = map.string("name", log: &log), let region = map.string("region", log: &log) else { return nil }
        let allowedRegions = regions + [Partner.nationwide]
        if !allowedRegions.contains(region) {
            let hint = Suggestion.nearest(to: region, in: allowedRegions).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "partner '\(id)': unknown region '\(region)'; \(hint)use one of \(allowedRegions.joined(separator: ", "))",
                at: map.value("region")!.location)
        }
        let roles = map.words("roles", log: &log)
        if roles.isEmpty { log.error("partner '\(id)' needs 'roles:', the roles it fills, like [jmd]", at: map.node.location) }
        for (role, node) in roles where !Identifier.isValid(role) {
            log.error("role '\(role)' should be \(Identifier.rule)", at: node.location)
        }
        let languages = languageList("languages", map, codes: languageCodes, log: &log)
        let onRequest = languageList("languages-on-request", map, codes: languageCodes, log: &log)
        if let note = map.value("note"), let text = note.scalar {
            texts["partner.\(id).note"] = TextEntry(text: text, location: note.textLocation)
        }
        let sources = FactSourceReader.list(map.value("sources"), partner: id, log: &log)
        for field in FactSource.contactFields {
            guard fact(field, map, log: &log) != nil, !sources.contains(where: { $0.gives.contains(field) }) else { continue }
            log.error(
                "partner '\(id)': '\(field)' names no source; add the page it was read from under 'sources:' "
                    + "(url, checked, gives: [\(field)]) or write unknown", at: map.value(field)!.location)
        }
        return Partner(
            id: id, name: name, region: region, roles: roles.map(\.0), languages: languages, languagesOnRequest: onRequest,
            address: fact("address", map, log: &log), phone: fact("phone", map, log: &log), web: fact("web", map, log: &log),
            hours: fact("hours", map, log: &log), hasNote: texts["partner.\(id).note"] != nil,
            verified: map.optionalString("verified", log: &log), sources: sources,
            serves: map.value("when").flatMap { parser.parse($0, log: &log) }, location: map.node.location)
    }

    private func languageList(_ key: String, _ map: MappingReader, codes: [String], log: inout DiagnosticLog) -> [String] {
        let words = map.words(key, log: &log)
        for (code, node) in words where !codes.isEmpty && !codes.contains(code) {
            log.error(
                "unknown language '\(code)' in \(map.subject); use a value of the language slot: \(codes.joined(separator: ", "))",
                at: node.location)
        }
        return words.map(\.0)
    }

    /// A contact fact; `unknown` (or nothing) means the sources do not give it.
    private func fact(_ key: String, _ map: MappingReader, log: inout DiagnosticLog) -> String? {
        guard let value = map.optionalString(key, log: &log), value != "unknown", !value.isEmpty else { return nil }
        return value
    }
}

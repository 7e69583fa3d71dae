/// What a partners file says — a network's `partners.yaml` or one of the core's `partners/`:
/// the partners, their facts, and their German notes.
struct PartnersFile {
    var partners: [Partner] = []
    var texts: [String: TextEntry] = [:]

    /// The keys of a network's partner: its scope is the network.
    static let keys = [
        "id", "name", "roles", "languages", "languages-on-request", "address", "phone", "web", "hours", "note", "verified",
        "sources", "when",
    ]
    /// A core partner also says whom it serves.
    static let coreKeys = keys + ["scope"]

    /// Where a partners file stands: it decides the scope of its partners.
    enum Home {
        /// The core's `partners/`: each partner says `scope: nationwide`, `shared` or a Land's code.
        case core(lands: [String])
        /// A network's folder: its partners serve that network.
        case network(String)
    }

    /// - Parameters:
    ///   - file: the name shown in messages.
    ///   - roles: the declared roles, which partners must use.
    ///   - languageCodes: the values of the language slot, which partners' languages must use.
    ///   - parser: parses a partner's `when:`, the situations it serves within its scope.
    init(
        _ root: YAMLNode, file: String, home: Home, roles: RoleVocabulary, languageCodes: [String], parser: ConditionParser,
        log: inout DiagnosticLog
    ) {
        let allowed: [String] = if case .core = home { Self.coreKeys } else { Self.keys }
        let entries = IdentifiedList.read(root, file: file, key: "partners", noun: "partner", keys: allowed, log: &log)
        for (id, map) in entries {
            guard let scope = Self.scope(of: id, map, home: home, log: &log) else { continue }
            if let partner = readPartner(
                id, map, scope: scope, roles: roles, languageCodes: languageCodes, parser: parser, log: &log)
            {
                partners.append(partner)
            }
        }
    }

    /// The network of a network's partner; a core partner's `scope:`.
    private static func scope(of id: String, _ map: MappingReader, home: Home, log: inout DiagnosticLog) -> Partner.Scope? {
        switch home {
        case .network(let network):
            return .network(network)
        case .core(let lands):
            guard let scope = map.string("scope", log: &log) else { return nil }
            switch scope {
            case "nationwide": return .nationwide
            case "shared": return .shared
            case _ where lands.contains(scope): return .land(scope)
            default:
                let allowed = ["nationwide", "shared"] + lands
                let hint = Suggestion.nearest(to: scope, in: allowed).map { "did you mean '\($0)'? " } ?? ""
                log.error(
                    "partner '\(id)': unknown scope '\(scope)'; \(hint)use nationwide, shared (for the networks that "
                        + "list it) or a Land's code (\(lands.joined(separator: ", "))); a network's own offices go "
                        + "in its folder", at: map.value("scope")!.location)
                return nil
            }
        }
    }

    private mutating func readPartner(
        _ id: String, _ map: MappingReader, scope: Partner.Scope, roles: RoleVocabulary, languageCodes: [String],
        parser: ConditionParser, log: inout DiagnosticLog
    ) -> Partner? {
        guard let name = map.string("name", log: &log) else { return nil }
        let partnerRoles = map.words("roles", log: &log)
        if partnerRoles.isEmpty {
            log.error("partner '\(id)' needs 'roles:', the roles it fills, like [jmd]", at: map.node.location)
        }
        for (role, node) in partnerRoles { roles.check(role, at: node, log: &log) }
        let languages = languageList("languages", map, codes: languageCodes, log: &log)
        let onRequest = languageList("languages-on-request", map, codes: languageCodes, log: &log)
        if let note = map.value("note"), let text = note.scalar {
            texts["partner.\(id).note"] = TextEntry(text: text, location: note.textLocation)
        }
        let sources = FactSourceReader.list(map.value("sources"), of: "partner '\(id)'", log: &log)
        for field in FactSource.contactFields {
            guard fact(field, map, log: &log) != nil, !sources.contains(where: { $0.gives.contains(field) }) else { continue }
            log.error(
                "partner '\(id)': '\(field)' names no source; add the page it was read from under 'sources:' "
                    + "(url, checked, gives: [\(field)]) or write unknown", at: map.value(field)!.location)
        }
        return Partner(
            id: id, name: name, scope: scope, roles: partnerRoles.map(\.0), languages: languages, languagesOnRequest: onRequest,
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

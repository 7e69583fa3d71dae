/// A network's own rules fire only for people in that network: their condition is read as
/// `region == ID and (…)`.
struct NetworkScope {
    let network: String
    let region: SlotReference

    func restrict(_ condition: Condition) -> Condition {
        .and(.comparison(slot: region, .equal, .key(network)), condition)
    }
}

/// What a rules file says — the core's rules.yaml or a network's: the referral rules,
/// conditions parsed against the slots, and their German reasons (`rule.ID`).
struct RulesFile {
    var rules: [Rule] = []
    var texts: [String: TextEntry] = [:]
    /// The node of each rule's role, for reporting roles no partner fills.
    var roleNodes: [String: YAMLNode] = [:]

    static let keys = ["id", "refer", "when", "because", "priority", "certainty", "emergency", "basis", "source", "reviewed"]

    /// - Parameters:
    ///   - file: the name shown in messages.
    ///   - scope: for a network's rules, the network they are limited to.
    init(_ root: YAMLNode, file: String, parser: ConditionParser, scope: NetworkScope? = nil, log: inout DiagnosticLog) {
        for (id, map) in IdentifiedList.read(root, file: file, key: "rules", noun: "rule", keys: Self.keys, log: &log) {
            if let rule = readRule(id, map, parser: parser, scope: scope, log: &log) { rules.append(rule) }
        }
    }

    private mutating func readRule(
        _ id: String, _ map: MappingReader, parser: ConditionParser, scope: NetworkScope?, log: inout DiagnosticLog
    ) -> Rule? {
        let role = map.string("refer", log: &log)
        let source = map.string("when", log: &log)
        let because = map.value("because")
        if because == nil { log.error("rule '\(id)' needs 'because:', the reason in plain German", at: map.node.location) }
        let priority = map.optionalInt("priority", log: &log) ?? 0
        let certaintyName = map.optionalString("certainty", log: &log) ?? "sure"
        let certainty = Rule.Certainty(rawValue: certaintyName)
        if certainty == nil {
            log.error("'certainty' of rule '\(id)' should be sure or may", at: map.value("certainty")!.location)
        }
        let emergency = map.bool("emergency", default: false, log: &log)
        let basis = map.optionalString("basis", log: &log)
        let page = readSource(id, map, log: &log)
        if let because, let text = because.scalar {
            texts["rule.\(id)"] = TextEntry(text: text, location: because.textLocation)
        }
        guard let role, let source, let certainty, let whenNode = map.value("when") else { return nil }
        roleNodes[role] = roleNodes[role] ?? map.value("refer")
        guard let parsed = parser.parse(whenNode, log: &log) else { return nil }
        let condition = scope?.restrict(parsed) ?? parsed
        let conditionSource = scope.map { "\($0.region.id) == \($0.network) and (\(source))" } ?? source
        return Rule(
            id: id, role: role, condition: condition, conditionSource: conditionSource, priority: priority,
            certainty: certainty, isEmergency: emergency, basis: basis, source: page, location: map.node.location)
    }

    /// `source:` (the page the basis comes from) with `reviewed:` (the day the rule was last
    /// checked against it); `lotse check` warns when either is missing.
    private func readSource(_ id: String, _ map: MappingReader, log: inout DiagnosticLog) -> FactSource? {
        guard let url = map.optionalString("source", log: &log) else { return nil }
        if !FactSourceReader.isWebAddress(url) {
            log.error("rule '\(id)': 'source' should be the address of a public page (https://…)", at: map.value("source")!.location)
        }
        let reviewed = map.optionalString("reviewed", log: &log) ?? ""
        if let node = map.value("reviewed"), !FactSourceReader.isDate(reviewed) {
            log.error("rule '\(id)': 'reviewed: \(reviewed)' is no date like 2026-12-02", at: node.location)
        }
        return FactSource(url: url, checked: reviewed, location: map.value("source")!.location)
    }
}

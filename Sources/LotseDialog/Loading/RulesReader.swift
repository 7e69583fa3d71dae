/// What rules.yaml says: the referral rules, conditions parsed against the slots, and their
/// German reasons (`rule.ID`).
struct RulesFile {
    var rules: [Rule] = []
    var texts: [String: TextEntry] = [:]
    /// The node of each rule's role, for reporting roles no partner fills.
    var roleNodes: [String: YAMLNode] = [:]

    static let keys = ["id", "refer", "when", "because", "priority", "certainty", "emergency", "basis"]

    init(_ root: YAMLNode, parser: ConditionParser, log: inout DiagnosticLog) {
        for (id, map) in IdentifiedList.read(root, file: "rules.yaml", key: "rules", noun: "rule", keys: Self.keys, log: &log) {
            if let rule = readRule(id, map, parser: parser, log: &log) { rules.append(rule) }
        }
    }

    private mutating func readRule(_ id: String, _ map: MappingReader, parser: ConditionParser, log: inout DiagnosticLog) -> Rule? {
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
        if let because, let text = because.scalar {
            texts["rule.\(id)"] = TextEntry(text: text, location: because.textLocation)
        }
        guard let role, let source, let certainty, let whenNode = map.value("when") else { return nil }
        roleNodes[role] = roleNodes[role] ?? map.value("refer")
        guard let condition = parser.parse(whenNode, log: &log) else { return nil }
        return Rule(id: id, role: role, condition: condition, conditionSource: source, priority: priority,
                    certainty: certainty, isEmergency: emergency, basis: basis, location: map.node.location)
    }
}

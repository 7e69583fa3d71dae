/// A node as written, before its targets are resolved.
struct RawNode {
    enum Kind {
        case say
        case ask(slot: String, slotNode: YAMLNode, options: [(String, YAMLNode)]?, skippable: Bool, hasWhy: Bool)
        case branch([(condition: String, conditionNode: YAMLNode, target: String, targetNode: YAMLNode)], otherwise: (String, YAMLNode)?)
        case goto(String, YAMLNode)
        case refer(hasNone: Bool)
        case end(EndOutcome, hasText: Bool)
    }

    let id: String
    let flow: String
    let kind: Kind
    let next: (String, YAMLNode)?
    let location: SourceLocation
}

/// What one flows/*.yaml file says: the flow's id and its nodes, with their German texts.
struct FlowFile {
    var flow: (id: String, location: SourceLocation)?
    var nodes: [RawNode] = []
    /// German texts of the nodes: `NODE`, `NODE.why`, `NODE.none`.
    var texts: [String: TextEntry] = [:]

    /// The slots the flow's questions ask.
    var askedSlots: [String] {
        nodes.compactMap { if case .ask(let slot, _, _, _, _) = $0.kind { slot } else { nil } }
    }

    static let kinds = ["say", "ask", "branch", "goto", "refer", "end"]
    static let nodeKeys = ["id", "next", "text", "why", "skip", "options", "none"] + kinds

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let file = MappingReader(root, subject: "the flow file", log: &log) else { return }
        file.rejectUnknownKeys(allowed: ["flow", "nodes"], log: &log)
        if let id = file.string("flow", log: &log) {
            if Identifier.isValid(id) {
                flow = (id, file.value("flow")!.location)
            } else {
                log.error("flow id '\(id)' should be \(Identifier.rule)", at: file.value("flow")!.location)
            }
        }
        guard let list = file.value("nodes") else {
            log.error("a flow needs 'nodes:', a list of nodes", at: root.location)
            return
        }
        guard let items = list.sequence else {
            log.error("'nodes' should be a list (each node starts with '- id: …'), not \(list.shape)", at: list.location)
            return
        }
        for item in items {
            if let node = readNode(item, log: &log) { nodes.append(node) }
        }
    }

    private mutating func readNode(_ item: YAMLNode, log: inout DiagnosticLog) -> RawNode? {
        guard var map = MappingReader(item, subject: "a node", log: &log) else { return nil }
        guard let id = map.string("id", log: &log) else { return nil }
        guard Identifier.isValid(id) else {
            log.error("node id '\(id)' should be \(Identifier.rule)", at: map.value("id")!.location)
            return nil
        }
        map.subject = "node '\(id)'"
        map.rejectUnknownKeys(allowed: Self.nodeKeys, log: &log)
        let kinds = Self.kinds.filter(map.has)
        guard kinds.count == 1 else {
            let what = kinds.isEmpty ? "none" : kinds.joined(separator: " and ")
            log.error("node '\(id)' needs exactly one of \(Self.kinds.joined(separator: ", ")); it has \(what)", at: item.location)
            return nil
        }
        guard let kind = readKind(kinds[0], id: id, map, log: &log) else { return nil }
        let next = map.value("next").flatMap { node in node.scalar.map { ($0, node) } }
        return RawNode(id: id, flow: flow?.id ?? "", kind: kind, next: next, location: item.location)
    }

    private mutating func readKind(_ kind: String, id: String, _ map: MappingReader, log: inout DiagnosticLog) -> RawNode.Kind? {
        let value = map.value(kind)!
        switch kind {
        case "say":
            addText(id, value, log: &log)
            return .say
        case "ask":
            guard let slot = value.scalar else {
                log.error("'ask' of node '\(id)' names the slot to fill, like 'ask: age'", at: value.location)
                return nil
            }
            guard let text = map.value("text") else {
                log.error("node '\(id)' needs 'text:', the question in German", at: map.node.location)
                return nil
            }
            addText(id, text, log: &log)
            if let why = map.value("why") {
                addText("\(id).why", why, log: &log)
            } else {
                log.warning("question '\(id)' has no 'why:'; add a plain reason for /why", at: map.node.location)
            }
            let options = map.value("options").map { _ in map.words("options", log: &log) }
            return .ask(
                slot: slot, slotNode: value, options: options, skippable: map.bool("skip", default: false, log: &log),
                hasWhy: map.has("why"))
        case "branch":
            return readBranch(id, value, log: &log)
        case "goto":
            guard let target = value.scalar else {
                log.error("'goto' of node '\(id)' names a node or flow id", at: value.location)
                return nil
            }
            return .goto(target, value)
        case "refer":
            if !value.isNull { addText(id, value, log: &log) }
            if let none = map.value("none") { addText("\(id).none", none, log: &log) }
            return .refer(hasNone: map.has("none"))
        default:
            let outcomeName = value.isNull ? "auto" : (value.scalar ?? "")
            guard let outcome = EndOutcome(rawValue: outcomeName) else {
                log.error("'end' of node '\(id)' should be auto, referred, no-referral or emergency", at: value.location)
                return nil
            }
            if let text = map.value("text") { addText(id, text, log: &log) }
            return .end(outcome, hasText: map.has("text"))
        }
    }

    private func readBranch(_ id: String, _ value: YAMLNode, log: inout DiagnosticLog) -> RawNode.Kind? {
        guard let cases = value.sequence else {
            log.error("'branch' of node '\(id)' should be a list of '- when: CONDITION' / 'goto: NODE' cases", at: value.location)
            return nil
        }
        var conditions: [(String, YAMLNode, String, YAMLNode)] = []
        var otherwise: (String, YAMLNode)?
        for item in cases {
            guard let map = MappingReader(item, subject: "a case of branch '\(id)'", log: &log) else { continue }
            if let elseNode = map.value("else") {
                map.rejectUnknownKeys(allowed: ["else"], log: &log)
                if otherwise != nil {
                    log.error("branch '\(id)' has more than one 'else'", at: item.location)
                } else if item.location != cases.last?.location {
                    log.error("'else' must be the last case of branch '\(id)'", at: item.location)
                }
                otherwise = elseNode.scalar.map { ($0, elseNode) }
                continue
            }
            map.rejectUnknownKeys(allowed: ["when", "goto"], log: &log)
            guard let condition = map.string("when", log: &log), let target = map.string("goto", log: &log) else { continue }
            conditions.append((condition, map.value("when")!, target, map.value("goto")!))
        }
        return .branch(conditions, otherwise: otherwise)
    }

    private mutating func addText(_ id: String, _ node: YAMLNode, log: inout DiagnosticLog) {
        guard let text = node.scalar else {
            log.error("the text of '\(id)' should be text, not \(node.shape)", at: node.location)
            return
        }
        texts[id] = TextEntry(text: text, location: node.textLocation)
    }
}

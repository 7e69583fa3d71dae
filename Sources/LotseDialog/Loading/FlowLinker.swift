/// Resolves the nodes of all flows: unique ids, successors, branch and goto targets, asked
/// slots and their options, branch conditions.
struct FlowLinker {
    let flowFiles: [FlowFile]
    let slots: [String: Slot]
    let parser: ConditionParser
    private(set) var index: [String: Int] = [:]
    private(set) var flowStarts: [String: Int] = [:]

    init(flowFiles: [FlowFile], slots: [String: Slot], parser: ConditionParser) {
        self.flowFiles = flowFiles
        self.slots = slots
        self.parser = parser
    }

    mutating func link(log: inout DiagnosticLog) -> [FlowNode] {
        let raw = flowFiles.flatMap(\.nodes)
        var flowLocations: [String: SourceLocation] = [:]
        for file in flowFiles {
            guard let flow = file.flow else { continue }
            if let first = flowLocations[flow.id] {
                log.error("duplicate flow id '\(flow.id)' (first at \(first))", at: flow.location)
            }
            flowLocations[flow.id] = flow.location
        }
        for (position, node) in raw.enumerated() {
            if let first = index[node.id] {
                log.error(
                    "duplicate node id '\(node.id)' (first at \(raw[first].location)); node ids are unique across all flows",
                    at: node.location)
                continue
            }
            index[node.id] = position
        }
        // Each flow's nodes stand together, in file order: a flow starts where the ones before it end.
        let firsts = flowFiles.reduce(into: [0]) { $0.append($0.last! + $1.nodes.count) }
        for (file, first) in zip(flowFiles, firsts) {
            if let flow = file.flow, !file.nodes.isEmpty, flowStarts[flow.id] == nil { flowStarts[flow.id] = first }
        }
        var nodes: [FlowNode] = []
        for (file, first) in zip(flowFiles, firsts) {
            for (offset, node) in file.nodes.enumerated() {
                let below = offset + 1 < file.nodes.count ? first + offset + 1 : nil
                nodes.append(compile(node, below: below, log: &log))
            }
        }
        return nodes
    }

    /// The node index a `next`, `goto` or `start` names: a node id, or a flow id for its first node.
    func resolve(_ id: String, at node: YAMLNode, log: inout DiagnosticLog) -> Int? {
        if let target = index[id] ?? flowStarts[id] { return target }
        let hint =
            Suggestion.nearest(to: id, in: Array(index.keys) + Array(flowStarts.keys)).map { "did you mean '\($0)'?" }
            ?? "no node or flow has this id"
        log.error("unknown node '\(id)'; \(hint)", at: node.textLocation)
        return nil
    }

    private func compile(_ node: RawNode, below: Int?, log: inout DiagnosticLog) -> FlowNode {
        let next: Int? = node.next.map { resolve($0.0, at: $0.1, log: &log) } ?? below
        let kind: FlowNode.Kind
        switch node.kind {
        case .say:
            kind = .say
        case .ask(let slot, let slotNode, let options, let skippable, let hasWhy):
            kind = .ask(
                Question(
                    slot: slot, options: askOptions(slot, slotNode, options, log: &log), skippable: skippable,
                    hasWhy: hasWhy))
        case .branch(let cases, let otherwise):
            let compiled = cases.compactMap { item -> BranchCase? in
                let target = resolve(item.target, at: item.targetNode, log: &log)
                guard let condition = parser.parse(item.conditionNode, log: &log), let target else { return nil }
                return BranchCase(condition: condition, source: item.condition, target: target, location: item.conditionNode.location)
            }
            kind = .branch(compiled, otherwise: otherwise.flatMap { resolve($0.0, at: $0.1, log: &log) })
        case .goto(let target, let targetNode):
            kind = .goto(resolve(target, at: targetNode, log: &log) ?? 0)
        case .refer(let hasNone):
            kind = .refer(hasNoneText: hasNone)
        case .end(let outcome, let hasText):
            kind = .end(outcome, hasText: hasText)
        }
        if next == nil, !node.namesItsSuccessor, kind.continues {
            log.error(
                "node '\(node.id)' is the last of its flow but does not end it; add 'next:', a 'goto' or an 'end' node",
                at: node.location)
        }
        return FlowNode(id: node.id, flow: node.flow, kind: kind, next: next, location: node.location)
    }

    private func askOptions(_ slotID: String, _ slotNode: YAMLNode, _ options: [(String, YAMLNode)]?, log: inout DiagnosticLog) -> [String]
    {
        guard let slot = slots[slotID] else {
            let hint = Suggestion.nearest(to: slotID, in: slots.keys).map { "did you mean '\($0)'? " } ?? ""
            log.error("unknown slot '\(slotID)'; \(hint)slots are declared in situation.yaml", at: slotNode.textLocation)
            return []
        }
        // A place is typed, not picked from a list of every network's municipalities.
        guard let options else { return slot.kind == .place ? [] : slot.values }
        if slot.values.isEmpty || slot.kind == .place {
            log.error("'options' only fit choice and yesno questions; '\(slotID)' is a \(slot.kind.name) slot", at: slotNode.location)
            return []
        }
        for (key, node) in options where !slot.accepts(key: key) {
            let hint = Suggestion.nearest(to: key, in: slot.values).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "'\(key)' is not a value of slot '\(slotID)'; \(hint)its values are \(slot.values.joined(separator: ", "))",
                at: node.textLocation)
        }
        return options.map(\.0).filter(slot.accepts(key:))
    }
}

extension RawNode {
    /// Whether the author wrote where the dialog goes after this node (`next:` or a branch's
    /// `else:`), resolved or not — an unknown target is reported once, as such.
    var namesItsSuccessor: Bool {
        if next != nil { return true }
        if case .branch(_, let otherwise) = kind { return otherwise != nil }
        return false
    }
}

extension FlowNode.Kind {
    /// Whether the dialog goes on to the node's successor (rather than jumping or ending).
    var continues: Bool {
        switch self {
        case .say, .ask, .refer: true
        case .branch(_, let otherwise): otherwise == nil
        case .goto, .end: false
        }
    }
}

import LotseDialog

/// Walks every path of the flows — each question answered with each value the dialog's
/// conditions tell apart — and collects the situations at the ends with their referrals.
/// This is what `lotse paths` prints for counselors to review the rules.
public struct SituationExplorer: Sendable {
    /// One situation the flows can produce: the answers along its path and the partners named.
    public struct Situation: Sendable {
        /// Slot id → the value (or class of values, "12–26", "eu|german") the path answered.
        public let answers: [(slot: String, label: String)]
        /// The partners named, most relevant first.
        public let partners: [String]
        public let outcome: Outcome
    }

    public let dialog: Dialog
    private let classes: [String: [(value: SlotValue, label: String)]]

    /// - Parameter network: explore only the places of this network; nil: every network's and
    ///   the nationwide path.
    public init(dialog: Dialog, network: String? = nil) {
        self.dialog = dialog
        self.classes = AnswerClasses.build(dialog, network: network)
    }

    /// Every situation, in the order of the flows' answers.
    public func situations() -> [Situation] {
        var found: [Situation] = []
        forEachSituation { found.append($0) }
        return found
    }

    /// Hands each situation to `body` as soon as it is found, keeping none: memory stays flat
    /// however many there are.
    public func forEachSituation(_ body: (Situation) -> Void) {
        var answers: [(String, String)] = []
        var slots = SlotValues(layout: dialog.slotLayout)
        walk(from: dialog.start, depth: 0, answers: &answers, slots: &slots, referral: nil, found: body)
    }

    private func walk(
        from start: Int, depth: Int, answers: inout [(String, String)], slots: inout SlotValues,
        referral: Referral?, found: (Situation) -> Void
    ) {
        // A flow that loops back to a question it asked would recurse forever; `lotse check`
        // reports such loops, and this bound keeps the walk finite.
        guard depth <= dialog.nodes.count else { return }
        var current = start
        var referral = referral
        for _ in 0...dialog.nodes.count {
            let node = dialog.nodes[current]
            switch node.kind {
            case .say:
                break
            case .refer:
                referral = Referral(dialog: dialog, slots: slots)
            case .ask(let question):
                guard let next = node.next else { return }
                let kind = dialog.slots[question.slot]?.kind
                // A place also sets the region and the Land.
                let filled =
                    kind == .multi
                    ? question.options : kind == .place ? [question.slot, dialog.regionSlot, dialog.landSlot] : [question.slot]
                let saved = filled.map { slots[$0] }
                for (values, label) in tries(for: question) {
                    for (id, value) in zip(filled, values) { slots[id] = value }
                    answers.append((question.slot, label))
                    walk(from: next, depth: depth + 1, answers: &answers, slots: &slots, referral: referral, found: found)
                    answers.removeLast()
                }
                for (id, value) in zip(filled, saved) { slots[id] = value }
                return
            case .branch(let cases, let otherwise):
                if let target = cases.first(where: { $0.condition.evaluate(slots) == true })?.target ?? otherwise {
                    current = target
                    continue
                }
            case .goto(let target):
                current = target
                continue
            case .end(let outcome, _):
                let final = referral ?? Referral(dialog: dialog, slots: slots)
                found(
                    Situation(
                        answers: answers, partners: final.entries.map(\.partner.id),
                        outcome: Self.outcome(outcome, final)))
                return
            }
            guard let next = node.next else { return }
            current = next
        }
    }

    /// The answers worth trying for a question, each as the values of the slots it fills: its
    /// options grouped by what the conditions tell apart; for a multi question "none" and each
    /// of its options alone (every combination would multiply the paths, and the rules read
    /// the needs one at a time).
    private func tries(for question: Question) -> [(values: [SlotValue], label: String)] {
        if dialog.slots[question.slot]?.kind == .multi {
            let none = (question.options.map { _ in SlotValue.key("no") }, "none")
            return [none]
                + question.options.map { chosen in
                    (question.options.map { .key($0 == chosen ? "yes" : "no") }, chosen)
                }
        }
        let all = classes[question.slot] ?? []
        if dialog.slots[question.slot]?.kind == .place {
            return all.map { place in
                guard case .key(let key) = place.value else { return ([place.value], place.label) }
                let effects = dialog.placeEffects(of: key)
                return ([place.value, .key(effects.region), .key(effects.land)], place.label)
            }
        }
        let offered =
            dialog.slots[question.slot]?.values.isEmpty == false
            ? all.filter { if case .key(let key) = $0.value { question.options.contains(key) } else { true } }
            : all
        return offered.map { ([$0.value], $0.label) }
    }

    private static func outcome(_ end: EndOutcome, _ referral: Referral) -> Outcome {
        switch end {
        case .referred: .referred
        case .noReferral: .noReferral
        case .emergency: .emergency
        case .auto: referral.isEmergency ? .emergency : referral.entries.isEmpty ? .noReferral : .referred
        }
    }
}

/// The values of each slot grouped into classes that every condition treats alike: values of
/// a choice that no condition tells apart share a class ("eu|german"); numbers are split at
/// the conditions' boundaries ("12–26"); places of different networks never share a class,
/// nor places a rule's or a partner's condition tells apart (a town's own office).
enum AnswerClasses {
    /// - Parameter network: keep only the places of this network.
    static func build(_ dialog: Dialog, network: String? = nil) -> [String: [(value: SlotValue, label: String)]] {
        let space = ValueSpace(dialog)
        let conditions =
            dialog.rules.map(\.condition) + dialog.partners.compactMap(\.serves)
            + dialog.nodes.flatMap { node -> [Condition] in
                if case .branch(let cases, _) = node.kind { return cases.map(\.condition) }
                return []
            }
        let atoms = conditions.flatMap(atomsOf)
        var classes: [String: [(SlotValue, String)]] = [:]
        for slot in dialog.slots.values {
            guard !slot.values.isEmpty else {
                classes[slot.id] = space.values[slot.id] ?? []
                continue
            }
            // A region asked as such picks the partners even where no condition reads it.
            let relevant =
                slot.id == dialog.regionSlot
                ? slot.values.map { Condition.comparison(slot: SlotReference(slot.id), .equal, .key($0)) }
                : atoms.filter { $0.slots == [slot.id] }
            let keys =
                slot.kind == .place
                ? slot.values.filter { key in network.map { dialog.placeIndex.places[key]?.network == $0 } ?? true }
                : slot.values
            var groups: [[Bool?]: [String]] = [:]
            var order: [[Bool?]] = []
            for key in keys {
                // A place's network picks the partners even where no condition reads the place.
                let networkMark: [Bool?] =
                    slot.kind == .place ? dialog.networks.map { $0.id == dialog.placeIndex.places[key]?.network } : []
                let signature = networkMark + relevant.map { $0.evaluate([slot.id: .key(key)]) }
                if groups[signature] == nil { order.append(signature) }
                groups[signature, default: []].append(key)
            }
            classes[slot.id] = order.map { signature in
                let keys = groups[signature]!
                return (.key(keys[0]), keys.joined(separator: "|"))
            }
        }
        return classes
    }

    /// The comparisons and memberships inside a condition.
    private static func atomsOf(_ condition: Condition) -> [Condition] {
        switch condition {
        case .comparison, .membership: [condition]
        case .not(let inner): atomsOf(inner)
        case .and(let a, let b), .or(let a, let b): atomsOf(a) + atomsOf(b)
        }
    }
}

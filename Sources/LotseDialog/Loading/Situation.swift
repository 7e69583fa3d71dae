/// What situation.yaml says: the slots, their values, and the German value labels.
struct Situation {
    var slots: [Slot] = []
    var locations: [String: SourceLocation] = [:]
    /// German labels of values, keyed `SLOT.VALUE`.
    var labels: [String: TextEntry] = [:]

    static let slotKeys = ["type", "min", "max", "values"]

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let file = MappingReader(root, subject: "situation.yaml", log: &log) else { return }
        file.rejectUnknownKeys(allowed: ["slots"], log: &log)
        guard let slotsNode = file.value("slots"),
            let slotMap = MappingReader(slotsNode, subject: "'slots'", log: &log)
        else {
            log.error("situation.yaml needs 'slots:'", at: root.location)
            return
        }
        for (id, keyNode, value) in slotMap.fields {
            guard Identifier.isValid(id) else {
                log.error("slot id '\(id)' should be \(Identifier.rule)", at: keyNode.location)
                continue
            }
            if let slot = readSlot(id, value, log: &log) {
                slots.append(slot)
                locations[id] = keyNode.location
            }
        }
        checkGroups(log: &log)
    }

    /// Every value of a multi group must be a yes/no slot, in one group only.
    private func checkGroups(log: inout DiagnosticLog) {
        let kinds = Dictionary(slots.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        var group: [String: String] = [:]
        for slot in slots where slot.kind == .multi {
            for member in slot.values {
                let location = labels["\(slot.id).\(member)"]?.location ?? locations[slot.id]!
                if kinds[member] != .yesno {
                    log.error("'\(member)' in multi slot '\(slot.id)' should be a yesno slot of situation.yaml", at: location)
                } else if let other = group[member] {
                    log.error("'\(member)' is already asked in multi slot '\(other)'", at: location)
                } else {
                    group[member] = slot.id
                }
            }
        }
    }

    private mutating func readSlot(_ id: String, _ node: YAMLNode, log: inout DiagnosticLog) -> Slot? {
        guard let map = MappingReader(node, subject: "slot '\(id)'", log: &log) else { return nil }
        map.rejectUnknownKeys(allowed: Self.slotKeys, log: &log)
        guard let type = map.string("type", log: &log) else { return nil }
        switch type {
        case "number":
            let min = map.optionalInt("min", log: &log) ?? 0
            let max = map.optionalInt("max", log: &log) ?? Int.max
            if min > max { log.error("slot '\(id)': min \(min) is greater than max \(max)", at: node.location) }
            return Slot(id: id, kind: .number(min: min, max: max))
        case "yesno":
            return Slot(id: id, kind: .yesno)
        case "text":
            return Slot(id: id, kind: .text)
        case "choice":
            var ranges: [String: MonthRange]? = [:]
            let values = readValues(of: id, map, ranges: &ranges, log: &log)
            return Slot(id: id, kind: .choice, values: values, ranges: ranges ?? [:])
        case "multi":
            var none: [String: MonthRange]?
            return Slot(id: id, kind: .multi, values: readValues(of: id, map, ranges: &none, log: &log))
        case "place":
            // Its own values say "elsewhere"; the networks add their municipalities.
            var none: [String: MonthRange]?
            return Slot(id: id, kind: .place, values: readValues(of: id, map, ranges: &none, log: &log))
        default:
            log.error(
                "slot '\(id)': unknown type '\(type)'; use number, choice, yesno, multi, place or text", at: map.value("type")!.location)
            return nil
        }
    }

    /// The value keys of a slot; `ranges`, when not nil (a choice slot), collects the month
    /// ranges its values declare.
    private mutating func readValues(
        of slot: String, _ map: MappingReader, ranges: inout [String: MonthRange]?, log: inout DiagnosticLog
    ) -> [String] {
        guard let valuesNode = map.value("values"),
            let values = MappingReader(valuesNode, subject: "the values of slot '\(slot)'", log: &log)
        else {
            log.error("slot '\(slot)' needs 'values:', a map from value key to German label", at: map.node.location)
            return []
        }
        var keys: [String] = []
        var keyLocations: [String: SourceLocation] = [:]
        for (key, keyNode, labelNode) in values.fields {
            guard Identifier.isValid(key) else {
                log.error("value key '\(key)' of slot '\(slot)' should be \(Identifier.rule)", at: keyNode.location)
                continue
            }
            keys.append(key)
            keyLocations[key] = keyNode.location
            let extra = ranges == nil ? [] : MonthRangeReader.keys
            if let entry = TextEntryReader.read(labelNode, id: "\(slot).\(key)", textKey: "label", extraKeys: extra, log: &log) {
                labels["\(slot).\(key)"] = entry
            }
            if ranges != nil, let range = MonthRangeReader.read(labelNode, slot: slot, key: key, log: &log) {
                ranges?[key] = range
            }
        }
        if let ranges {
            MonthRangeReader.checkOverlaps(slot: slot, keys: keys, ranges: ranges, locations: keyLocations, log: &log)
        }
        return keys
    }
}

/// Reads one text: plain text, or a map with `text` (a value's `label`), `synonyms` and `source`.
enum TextEntryReader {
    /// `extraKeys` are further keys the map may hold, read by someone else (a value's `from`).
    static func read(
        _ node: YAMLNode, id: String, textKey: String = "text", extraKeys: [String] = [], log: inout DiagnosticLog
    ) -> TextEntry? {
        if let text = node.scalar {
            return TextEntry(text: text, location: node.textLocation)
        }
        guard let map = MappingReader(node, subject: "text '\(id)'", log: &log) else { return nil }
        map.rejectUnknownKeys(allowed: [textKey, "synonyms", "source"] + extraKeys, log: &log)
        guard let text = map.string(textKey, log: &log) else { return nil }
        let synonyms = map.words("synonyms", log: &log).map(\.0)
        let source = map.optionalString("source", log: &log)
        return TextEntry(text: text, synonyms: synonyms, sourceHash: source, location: map.value(textKey)!.textLocation)
    }
}

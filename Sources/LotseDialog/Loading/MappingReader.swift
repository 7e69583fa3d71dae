/// Reads the fields of one YAML map, reporting a wrong shape, a missing or unknown field and a
/// duplicate key at its location.
struct MappingReader {
    let node: YAMLNode
    /// What the map describes, for messages: "node 'ask-age'", "partner 'jmd-siegen'".
    var subject: String
    private(set) var fields: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []

    /// Reads `node` as a map; nil (with an error) when it is something else.
    init?(_ node: YAMLNode, subject: String, log: inout DiagnosticLog) {
        guard case .mapping(let mapping) = node.node else {
            log.error("\(subject) should be a map of 'key: value' lines, not \(node.shape)", at: node.location)
            return nil
        }
        self.node = node
        self.subject = subject
        var seen = Set<String>()
        for (key, value) in mapping {
            let keyNode = YAMLNode(node: key, source: node.source)
            guard let name = keyNode.scalar else {
                log.error("a key of \(subject) should be a word, not \(keyNode.shape)", at: keyNode.location)
                continue
            }
            if !seen.insert(name).inserted {
                log.error("duplicate key '\(name)' in \(subject); keep only one", at: keyNode.location)
                continue
            }
            fields.append((name, keyNode, YAMLNode(node: value, source: node.source)))
        }
    }

    var keys: [String] { fields.map(\.key) }

    func has(_ key: String) -> Bool { fields.contains { $0.key == key } }

    func value(_ key: String) -> YAMLNode? { fields.first { $0.key == key }?.value }

    /// Reports every key that is not in `allowed`, suggesting the nearest allowed one.
    func rejectUnknownKeys(allowed: [String], log: inout DiagnosticLog) {
        for field in fields where !allowed.contains(field.key) {
            let hint =
                Suggestion.nearest(to: field.key, in: allowed).map { "did you mean '\($0)'?" }
                ?? (field.key.contains(" ")
                    ? "inside { … } a comma ends the text: put a text with commas in quotes"
                    : "allowed: \(allowed.joined(separator: ", "))")
            log.error("unknown key '\(field.key)' in \(subject); \(hint)", at: field.keyNode.location)
        }
    }

    /// A required text field.
    func string(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = value(key) else {
            log.error("\(subject) needs '\(key):'", at: node.location)
            return nil
        }
        return text(value, key: key, log: &log)
    }

    /// An optional text field.
    func optionalString(_ key: String, log: inout DiagnosticLog) -> String? {
        guard let value = value(key), !value.isNull else { return nil }
        return text(value, key: key, log: &log)
    }

    /// An optional whole number.
    func optionalInt(_ key: String, log: inout DiagnosticLog) -> Int? {
        guard let value = value(key) else { return nil }
        guard let text = value.scalar, let number = Int(text) else {
            log.error("'\(key)' of \(subject) should be a whole number, not \(value.shape)", at: value.location)
            return nil
        }
        return number
    }

    /// An optional `true`/`false`.
    func bool(_ key: String, default defaultValue: Bool, log: inout DiagnosticLog) -> Bool {
        guard let value = value(key) else { return defaultValue }
        switch value.scalar {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.error("'\(key)' of \(subject) should be true or false, not \(value.shape)", at: value.location)
            return defaultValue
        }
    }

    /// An optional list of words (`[de, en]`); a single word counts as a list of one.
    func words(_ key: String, log: inout DiagnosticLog) -> [(String, YAMLNode)] {
        guard let value = value(key), !value.isNull else { return [] }
        if let word = value.scalar { return [(word, value)] }
        guard let items = value.sequence else {
            log.error("'\(key)' of \(subject) should be a list like [a, b], not \(value.shape)", at: value.location)
            return []
        }
        return items.compactMap { item in
            guard let word = item.scalar else {
                log.error("each entry of '\(key)' in \(subject) should be a word, not \(item.shape)", at: item.location)
                return nil
            }
            return (word, item)
        }
    }

    private func text(_ value: YAMLNode, key: String, log: inout DiagnosticLog) -> String? {
        guard let text = value.scalar else {
            log.error("'\(key)' of \(subject) should be text, not \(value.shape)", at: value.location)
            return nil
        }
        return text
    }
}

/// Reads a file that is one list of maps with unique ids (`rules:`, `partners:`): each entry
/// checked for its keys and its id, duplicates reported, in file order.
enum IdentifiedList {
    /// The entries of `file`'s list `key`, each with its id and a reader named after it.
    /// - Parameters:
    ///   - noun: what an entry is, for messages ("rule", "partner").
    ///   - keys: the keys an entry may have.
    static func read(
        _ root: YAMLNode, file: String, key: String, noun: String, keys: [String], log: inout DiagnosticLog
    ) -> [(id: String, map: MappingReader)] {
        guard let reader = MappingReader(root, subject: file, log: &log) else { return [] }
        reader.rejectUnknownKeys(allowed: [key], log: &log)
        guard let list = reader.value(key), let items = list.sequence else {
            log.error("\(file) needs '\(key):', a list of \(key)", at: root.location)
            return []
        }
        var seen: [String: SourceLocation] = [:]
        var entries: [(String, MappingReader)] = []
        for item in items {
            guard var map = MappingReader(item, subject: "a \(noun)", log: &log), let id = map.string("id", log: &log) else {
                continue
            }
            map.subject = "\(noun) '\(id)'"
            map.rejectUnknownKeys(allowed: keys, log: &log)
            let idLocation = map.value("id")!.location
            if !Identifier.isValid(id) {
                log.error("\(noun) id '\(id)' should be \(Identifier.rule)", at: idLocation)
            }
            if let first = seen[id] {
                log.error("duplicate \(noun) id '\(id)' (first at \(first)); give each \(noun) its own id", at: idLocation)
                continue
            }
            seen[id] = item.location
            entries.append((id, map))
        }
        return entries
    }
}

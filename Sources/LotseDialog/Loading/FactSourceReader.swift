/// Reads a partner's or a network's `sources:`: a list of pages, each with `url`, `checked`
/// (the day it was read) and `gives` (the fields it gives).
enum FactSourceReader {
    static let keys = ["url", "checked", "gives"]

    /// - Parameters:
    ///   - subject: whose sources they are, for messages ("partner 'jmd-siegen'").
    ///   - fields: the fields a source may give.
    static func list(
        _ node: YAMLNode?, of subject: String, fields: [String] = FactSource.contactFields, log: inout DiagnosticLog
    ) -> [FactSource] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.sequence else {
            log.error("\(subject): 'sources' should be a list of pages (url, checked, gives)", at: node.location)
            return []
        }
        return items.compactMap { item in
            guard let map = MappingReader(item, subject: "a source of \(subject)", log: &log) else { return nil }
            map.rejectUnknownKeys(allowed: keys, log: &log)
            guard let url = map.string("url", log: &log), let checked = map.string("checked", log: &log) else { return nil }
            if !isWebAddress(url) {
                log.error(
                    "\(subject): a source's 'url' should be the address of a public page (https://…)",
                    at: map.value("url")!.location)
            }
            if !isDate(checked) {
                log.error("\(subject): 'checked: \(checked)' is no date like 2026-12-02", at: map.value("checked")!.location)
            }
            let gives = map.words("gives", log: &log)
            for (field, fieldNode) in gives where !fields.contains(field) {
                log.error(
                    "\(subject): a source gives '\(field)'; use \(fields.joined(separator: ", "))",
                    at: fieldNode.location)
            }
            return FactSource(url: url, checked: checked, gives: gives.map(\.0), location: item.location)
        }
    }

    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.count > 10
    }

    /// `YYYY-MM-DD`, digits in the right places.
    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 else { return false }
        return bytes.indices.allSatisfy { index in
            index == 4 || index == 7 ? bytes[index] == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        }
    }
}

/// The texts of both ends — the dialog's messages, the client's own — are templates with
/// `{name}` placeholders.
public enum Template {
    /// `template` with each `{name}` replaced by `values[name]`.
    /// One pass over the template's bytes (braces are ASCII), so a value is never read as a
    /// template itself; an unknown `{name}` stays as it is.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        let bytes = template.utf8
        guard !values.isEmpty, bytes.contains(UInt8(ascii: "{")) else { return template }
        var result = ""
        var copied = bytes.startIndex
        var searchFrom = bytes.startIndex
        while let open = bytes[searchFrom...].firstIndex(of: UInt8(ascii: "{")) {
            let nameStart = bytes.index(after: open)
            guard let close = bytes[nameStart...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if let value = values[String(template[nameStart..<close])] {
                result += template[copied..<open]
                result += value
                copied = bytes.index(after: close)
                searchFrom = copied
            } else {
                searchFrom = nameStart
            }
        }
        return result + template[copied...]
    }
}

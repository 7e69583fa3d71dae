import LotseDialog

extension Session {
    /// The text `id` in the session's language.
    func text(_ id: String) -> String {
        dialog.texts.text(id, in: language)
    }

    /// The message `id` in the session's language, `{name}` replaced by its value.
    func message(_ id: MessageID, _ values: [String: String] = [:]) -> String {
        Self.fill(text(id.textID), values)
    }

    /// `template` with each `{name}` replaced by `values[name]`.
    /// One pass over the template, so a value is never read as a template itself.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)...].prefix { $0 != "}" }
            if name.endIndex < rest.endIndex, let value = values[String(name)] {
                result += value
                rest = rest[rest.index(after: name.endIndex)...]
            } else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
            }
        }
        return result + rest
    }

    /// The label of value `key` of `slot` in the session's language.
    func label(_ key: String, of slot: String) -> String {
        dialog.vocabulary.terms(for: slot, in: language).first { $0.key == key }?.label ?? key
    }
}

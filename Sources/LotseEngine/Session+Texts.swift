import Foundation
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
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard !values.isEmpty else { return template }
        var result = template
        for (name, value) in values {
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }

    /// The label of value `key` of `slot` in the session's language.
    func label(_ key: String, of slot: String) -> String {
        dialog.vocabulary.terms(for: slot, in: language).first { $0.key == key }?.label ?? key
    }
}

import LotseDialog

extension Session {
    /// The text `id` in the session's language.
    func text(_ id: String) -> String {
        dialog.texts.text(id, in: language)
    }

    /// The message `id` in the session's language, `{name}` replaced by its value — also for
    /// the server's own answers (`/auth`, `/reload`), so they come in the session's language.
    public func message(_ id: MessageID, _ values: [String: String] = [:]) -> String {
        Template.fill(text(id.textID), values)
    }

    /// The label of value `key` of `slot` in the session's language.
    func label(_ key: String, of slot: String) -> String {
        dialog.vocabulary.terms(for: slot, in: language).first { $0.key == key }?.label ?? key
    }
}

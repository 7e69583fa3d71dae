import LotseDialog

/// A question a turn ends by asking: which node's, in which language. The event stays small;
/// its lines (text, `ASK`, options, hints) come from `Dialog.questionEvents(_:in:)` — spelt
/// once ahead by the daemon, or on the spot.
public struct AskedQuestion: Sendable, Equatable {
    /// The index of the asking node in `Dialog.nodes`.
    public let node: Int
    /// The language the question is asked in.
    public let language: String

    public init(node: Int, language: String) {
        self.node = node
        self.language = language
    }
}

extension Dialog {
    /// The question of node `index` in `language`, as a turn asks it (without the `WAIT`
    /// after it): its text, `ASK`, the options, and hints for a multi question and when it
    /// may be skipped. Nothing for a node that asks nothing.
    public func questionEvents(_ index: Int, in language: String) -> [Event] {
        let node = nodes[index]
        guard case .ask(let question) = node.kind, let slot = slots[question.slot] else { return [] }
        var events: [Event] = [.say(texts.text(node.id, in: language)), .ask(slot: slot.id, kind: slot.kind)]
        let labels = vocabulary.terms(for: slot.id, in: language)
        for (number, key) in question.options.enumerated() {
            events.append(.option(number: number + 1, key: key, label: labels.first { $0.key == key }?.label ?? key))
        }
        if slot.kind == .multi { events.append(.note(texts.text(MessageID.multiHint.textID, in: language))) }
        if question.skippable { events.append(.note(texts.text(MessageID.skipHint.textID, in: language))) }
        return events
    }
}

/// Builds the answer vocabulary: for every language and choice or yesno slot, the label of
/// each value and its synonyms, normalised.
enum VocabularyBuilder {
    static func build(slots: [Slot], texts: Texts, languages: [Language]) -> Vocabulary {
        var terms: [String: [String: [Vocabulary.Terms]]] = [:]
        for language in languages {
            var bySlot: [String: [Vocabulary.Terms]] = [:]
            for slot in slots where !slot.values.isEmpty {
                bySlot[slot.id] = slot.values.map { key in
                    let id = slot.kind == .yesno ? "msg.\(key)" : "\(slot.id).\(key)"
                    let entry = texts.entry(id, in: language.code)
                    let label = entry?.text ?? key
                    let words = ([label] + (entry?.synonyms ?? [])).map(Normalization.fold).filter { !$0.isEmpty }
                    return Vocabulary.Terms(key: key, label: label, words: Array(Set(words)).sorted())
                }
            }
            terms[language.code] = bySlot
        }
        let none = languages.compactMap { texts.entry(MessageID.noneApplies.textID, in: $0.code) }
            .flatMap { [$0.text] + $0.synonyms }.map(Normalization.fold).filter { !$0.isEmpty }
        return Vocabulary(terms: terms, noneWords: Set(none))
    }
}

import LotseDialog

/// Understands a typed place: a municipality of a network by its name, a part of it or its
/// postcode — any case, umlauts written out or not, with or without "Bad", inside a phrase
/// ("ich wohne in Kreuztal"), with one typo in the answer or in one of its words — or the
/// dialog's words for "elsewhere" in any of
/// its languages. Found by lookups in the dialog's `PlaceIndex`; only a typo costs a scan.
struct PlaceMatcher {
    /// What an answer was understood as.
    enum Match: Equatable {
        case place(String)
        /// Several places have that name; their keys.
        case ambiguous([String])
        /// "Woanders", "weiß nicht": no network's place.
        case elsewhere
        case none
    }

    let dialog: Dialog
    /// While the person picks one of several places of the same name: those places, in the
    /// order offered (a number picks one; one more is "elsewhere").
    let candidates: [String]?

    func match(_ answer: String) -> Match {
        let folded = Normalization.fold(answer)
        guard !folded.isEmpty else { return .none }
        if let candidates, let number = OptionNumber.parse(folded) {
            if candidates.indices.contains(number - 1) { return .place(candidates[number - 1]) }
            return number == candidates.count + 1 ? .elsewhere : .none
        }
        let index = dialog.placeIndex
        if let found = found(index.exact(folded)) { return found }
        if index.isElsewhere(folded, inPhrase: false) { return .elsewhere }
        if let found = found(index.phrase(folded)) { return found }
        if index.isElsewhere(folded, inPhrase: true) { return .elsewhere }
        if let found = found(index.typo(folded)) { return found }
        // One typo in a word of the phrase ("я живу в нетфене").
        let words = folded.split(separator: " ")
        guard words.count > 1 else { return .none }
        var keys: [String] = []
        for word in words {
            for key in index.typo(String(word)) where !keys.contains(key) { keys.append(key) }
        }
        return found(keys) ?? .none
    }

    /// One place, several, or nil when none (of the candidates, while picking) is among `keys`.
    private func found(_ keys: [String]) -> Match? {
        let offered = candidates.map { candidates in keys.filter(candidates.contains) } ?? keys
        switch offered.count {
        case 0: return nil
        case 1: return .place(offered[0])
        default: return .ambiguous(offered)
        }
    }
}

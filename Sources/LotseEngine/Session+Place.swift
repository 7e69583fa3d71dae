import LotseDialog

/// The place question: where the person lives decides their network, their Land and, within
/// the network, a town's own offices.
extension Session {
    /// An answer to the place question: a place of a network, "elsewhere", or — for a place
    /// no network serves — the nationwide path, said so. A name several places share is asked
    /// again as a choice between them.
    mutating func answerPlace(_ text: String, node index: Int, into turn: inout Turn) {
        let matcher = PlaceMatcher(dialog: dialog, candidates: placeCandidates)
        let key: String
        switch matcher.match(text) {
        case .place(let place):
            key = place
        case .elsewhere:
            key = Self.elsewhere
        case .ambiguous(let places):
            placeCandidates = places
            turn.add(.say(message(.placeWhich)))
            ask(index, into: &turn)
            return
        case .none:
            if let candidates = placeCandidates {
                turn.add(.error(.notUnderstood, message(.chooseOption, ["max": String(candidates.count + 1)])))
                return
            }
            guard !text.trimmingSpaces().isEmpty else {
                turn.add(.error(.notUnderstood, message(.enterText)))
                return
            }
            turn.add(.say(message(.placeUnknown)))
            key = Self.elsewhere
        }
        remember(index)
        fill(dialog.placeSlot, with: .key(key))
        skipped.remove(dialog.placeSlot)
        continueAfter(index, into: &turn)
    }

    /// The place slot's value for someone no network serves.
    static let elsewhere = "elsewhere"

    /// The choice between places of the same name: each with its network, then "elsewhere".
    func addPlaceChoice(_ candidates: [String], into turn: inout Turn) {
        turn.add(.ask(slot: dialog.placeSlot, kind: .choice))
        for (number, key) in candidates.enumerated() {
            let place = dialog.placeIndex.places[key]
            let network = place.flatMap { dialog.networkIndex[$0.network] }
            let label = [place?.name ?? key, network.map { "(\($0.name))" }].compactMap { $0 }.joined(separator: " ")
            turn.add(.option(number: number + 1, key: key, label: label))
        }
        turn.add(.option(number: candidates.count + 1, key: Self.elsewhere, label: label(Self.elsewhere, of: dialog.placeSlot)))
    }

    /// Fills the region and the Land from the place: its network and the network's Land, or
    /// `other` and `unknown` for someone no network serves (or nothing, when the place is emptied).
    mutating func fillFromPlace(_ value: SlotValue?) {
        guard case .key(let key)? = value else {
            fill(dialog.regionSlot, with: nil)
            fill(dialog.landSlot, with: nil)
            return
        }
        let effects = dialog.placeEffects(of: key)
        fill(dialog.regionSlot, with: .key(effects.region))
        fill(dialog.landSlot, with: .key(effects.land))
    }
}

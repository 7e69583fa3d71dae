import LotseDialog
import LotseEngine
import LotseStats

extension SessionTally {
    /// What `session` adds to the statistics when it ends today: its language, outcome,
    /// region key and the partners of its last referral — ids from the Dialogs only.
    init(ended session: Session, on day: StatsDay = .today) {
        let region: String? = if case .key(let key)? = session.slotValues[session.dialog.regionSlot] { key } else { nil }
        self.init(
            day: day, language: session.language, outcome: session.outcome?.rawValue ?? Self.unfinished, region: region,
            partners: session.referral?.entries.map(\.partner.id) ?? [])
    }
}

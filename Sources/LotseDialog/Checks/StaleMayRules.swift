import Foundation

/// `may` rules — a plan, a law not yet in force, a practice not confirmed — not reviewed for
/// three months: such a rule can turn into a fact or fall away any week, so it is checked
/// four times as often as a `sure` rule (whose limit is a year, `StaleEntries`).
enum StaleMayRules {
    /// How many months a `may` rule's review holds.
    static let maximumMonths = 3

    static func check(_ dialog: Dialog, today: Date) -> [Diagnostic] {
        let days = DayParser()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return dialog.rules.compactMap { rule in
            guard rule.certainty == .may, let source = rule.source, let reviewed = days.date(source.checked),
                let due = calendar.date(byAdding: .month, value: maximumMonths, to: reviewed), due < today
            else { return nil }
            return .warning(
                "rule '\(rule.id)' says 'may' (planned or not confirmed) and was last reviewed on \(source.checked), "
                    + "over \(maximumMonths) months ago; check whether it still holds, or now holds for sure, at \(source.url)",
                at: rule.location)
        }
    }
}

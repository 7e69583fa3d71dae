import Foundation

/// Reads a day as the Dialogs write it (`2026-12-07`, in UTC): when a page was read, an entry
/// verified or a rule reviewed. Made once and used for every day of a check or a sheet.
public struct DayParser {
    private let format = DateFormatter()

    public init() {
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
    }

    /// The day's start, nil when `text` is no such day.
    public func date(_ text: String) -> Date? {
        format.date(from: text)
    }

    /// Whole days from `day` to `today`, nil when `day` is no such day.
    public func days(from day: String, to today: Date) -> Int? {
        date(day).map { Int(today.timeIntervalSince($0) / 86_400) }
    }
}

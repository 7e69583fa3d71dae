/// A month of a year (`2025-04`): the bound of a value's date range in situation.yaml, and what
/// a person's "im Februar 2025" or "02/2025" is read as.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int

    /// Nil when `month` is not 1…12.
    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `YYYY-MM` (`2025-04`); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// `2025-04`.
    public var description: String {
        let month = self.month < 10 ? "0\(self.month)" : "\(self.month)"
        return "\(year)-\(month)"
    }
}

/// The months a choice value stands for (`from: 2025-04`, `before: 2025-04` in situation.yaml):
/// from its first month, inclusive, to its end, exclusive; a missing bound is open.
public struct MonthRange: Sendable, Hashable {
    /// The first month of the range; nil: open to the past.
    public let from: YearMonth?
    /// The first month after the range; nil: open to the future.
    public let before: YearMonth?

    public init(from: YearMonth?, before: YearMonth?) {
        self.from = from
        self.before = before
    }

    /// Whether `month` lies in the range.
    public func contains(_ month: YearMonth) -> Bool {
        (from.map { $0 <= month } ?? true) && (before.map { month < $0 } ?? true)
    }

    /// Whether some month lies in both ranges.
    public func overlaps(_ other: MonthRange) -> Bool {
        let starts = [from, other.from].compactMap { $0 }
        let ends = [before, other.before].compactMap { $0 }
        guard let start = starts.max(), let end = ends.min() else { return true }
        return start < end
    }
}

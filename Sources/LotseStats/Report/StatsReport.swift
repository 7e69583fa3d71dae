/// The counts of a period summed up for the network's meeting: per dimension, each value's
/// total, largest first — with totals under `StatsReport.smallestShown` hidden as "< 5", so a
/// single person's visit cannot be read off a slide.
public struct StatsReport: Sendable, Equatable {
    /// A value's total over the period.
    public struct Row: Sendable, Equatable {
        public let key: StatsKey
        public let total: Int
        /// What the report may show of `total`.
        public var shown: ShownCount { ShownCount(total) }
    }

    /// One dimension's rows, largest total first.
    public struct Section: Sendable, Equatable {
        public let dimension: StatsDimension
        public let rows: [Row]
    }

    /// The smallest count shown as a number.
    public static let smallestShown = 5

    /// The period asked for, or else the first and last day with counts (nil: no counts).
    public let first: StatsDay?
    public let last: StatsDay?
    /// How many days in the period had sessions.
    public let daysWithSessions: Int
    /// Sessions, outcome, language, region and partner, in that order; empty dimensions left out.
    public let sections: [Section]

    /// Sums `counts` over the period from `first` to `last` (nil: from the first or to the last count).
    public init(_ counts: [DailyCount], from first: StatsDay? = nil, to last: StatsDay? = nil) {
        let inPeriod = counts.filter { count in
            first.map { count.day >= $0 } ?? true && last.map { count.day <= $0 } ?? true
        }
        self.first = first ?? inPeriod.map(\.day).min()
        self.last = last ?? inPeriod.map(\.day).max()
        daysWithSessions = Set(inPeriod.filter { $0.key.dimension == .sessions && $0.count > 0 }.map(\.day)).count
        var totals: [StatsKey: Int] = [:]
        for count in inPeriod { totals[count.key, default: 0] += count.count }
        sections = StatsDimension.allCases.compactMap { dimension in
            let rows = totals.filter { $0.key.dimension == dimension && $0.value > 0 }
                .map { Row(key: $0.key, total: $0.value) }
                .sorted { ($1.total, $0.key.value) < ($0.total, $1.key.value) }
            return rows.isEmpty ? nil : Section(dimension: dimension, rows: rows)
        }
    }

    /// The number of sessions in the period.
    public var sessions: Int {
        sections.first { $0.dimension == .sessions }?.rows.first?.total ?? 0
    }
}

/// A count as the report may show it.
public enum ShownCount: Sendable, Equatable, CustomStringConvertible {
    case exactly(Int)
    /// Between 1 and `StatsReport.smallestShown - 1`.
    case few

    public init(_ count: Int) {
        self = count < StatsReport.smallestShown ? .few : .exactly(count)
    }

    /// The number, or "< 5".
    public var description: String {
        switch self {
        case .exactly(let count): String(count)
        case .few: "< \(StatsReport.smallestShown)"
        }
    }
}

/// What one ended session adds to the statistics: one to each count it belongs to.
///
/// Every value is an id from the Dialogs (a language code, an outcome, a region key, partner
/// ids) — never a word the person typed — and the counts are kept apart: the file says how
/// many sessions were in Ukrainian and how many were referred to a partner that day, not
/// which language went with which partner.
public struct SessionTally: Sendable, Equatable {
    /// The day the session ended.
    public var day: StatsDay
    /// The session language's code when it ended.
    public var language: String
    /// How the dialog ended (`referred`, `emergency`, `no-referral`), or `unfinished`.
    public var outcome: String
    /// The region key the person chose, if they got that far.
    public var region: String?
    /// The partners the last referral named, each once.
    public var partners: [String]

    public init(day: StatsDay, language: String, outcome: String, region: String?, partners: [String]) {
        self.day = day
        self.language = language
        self.outcome = outcome
        self.region = region
        var seen = Set<String>()
        self.partners = partners.filter { seen.insert($0).inserted }
    }

    /// The outcome of a session that ended before the dialog did.
    public static let unfinished = "unfinished"

    /// The counts this session adds one to.
    var keys: [StatsKey] {
        [StatsKey(.sessions, ""), StatsKey(.outcome, outcome), StatsKey(.language, language)]
            + (region.map { [StatsKey(.region, $0)] } ?? [])
            + partners.map { StatsKey(.partner, $0) }
    }
}

/// What a count counts.
public enum StatsDimension: String, Sendable, CaseIterable {
    /// Sessions that ended (the value is empty).
    case sessions
    /// Sessions by how the dialog ended.
    case outcome
    /// Sessions by their language.
    case language
    /// Sessions by the person's region.
    case region
    /// Referrals by partner id.
    case partner
}

/// One count's name: its dimension and value.
public struct StatsKey: Sendable, Hashable {
    public let dimension: StatsDimension
    public let value: String

    public init(_ dimension: StatsDimension, _ value: String) {
        self.dimension = dimension
        self.value = value
    }
}

/// The words a report puts beside the ids: partner names from the Dialogs, outcomes and
/// headings in German for the network's meeting.
public struct ReportLabels: Sendable {
    /// Partner id → name (from the Dialogs; ids without a name are shown as they are).
    public var partnerNames: [String: String]
    /// Language code → the language's name in itself (from the Dialogs).
    public var languageNames: [String: String]

    public init(partnerNames: [String: String] = [:], languageNames: [String: String] = [:]) {
        self.partnerNames = partnerNames
        self.languageNames = languageNames
    }

    /// The heading of a dimension's section.
    public func heading(_ dimension: StatsDimension) -> String {
        switch dimension {
        case .sessions: "Gespräche"
        case .outcome: "Ausgang"
        case .language: "Sprache"
        case .region: "Region"
        case .partner: "Weitervermittelt an"
        }
    }

    /// What a row is called: the partner's name, the outcome in words, else the id.
    public func name(_ key: StatsKey) -> String {
        switch key.dimension {
        case .sessions: "Gespräche insgesamt"
        case .partner: partnerNames[key.value].map { "\($0) (\(key.value))" } ?? key.value
        case .language: languageNames[key.value].map { "\($0) (\(key.value))" } ?? key.value
        case .outcome: Self.outcomes[key.value] ?? key.value
        case .region: key.value
        }
    }

    /// The period in words.
    public func period(_ report: StatsReport) -> String {
        guard let first = report.first, let last = report.last else { return "keine Zahlen" }
        return first == last ? "\(first)" : "\(first) bis \(last)"
    }

    private static let outcomes = [
        "referred": "mit Stellen",
        "emergency": "Notfall",
        "no-referral": "ohne passende Stelle",
        SessionTally.unfinished: "nicht zu Ende",
    ]
}

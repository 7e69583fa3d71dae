/// A referral rule: name partners of `role` when `condition` holds, because of a reason.
public final class Rule: Sendable {
    /// Whether a rule says a partner will help or only may help.
    public enum Certainty: String, Sendable {
        case sure
        /// The situation is not clear: "ask there whether …".
        case may
    }

    public let id: String
    public let role: String
    public let condition: Condition
    /// The condition as the author wrote it, for traces and tools.
    public let conditionSource: String
    /// Higher comes first.
    public let priority: Int
    public let certainty: Certainty
    /// Emergency rules rank their partners before all others.
    public let isEmergency: Bool
    /// The legal or programme basis, for counselors.
    public let basis: String?
    /// The public page the basis was read from, and the day the rule was last reviewed.
    public let source: FactSource?
    public let location: SourceLocation

    /// The id of the rule's reason among the texts (`rule.ID`), spelt once.
    public let textID: String

    public init(
        id: String, role: String, condition: Condition, conditionSource: String, priority: Int,
        certainty: Certainty, isEmergency: Bool, basis: String?, source: FactSource? = nil, location: SourceLocation
    ) {
        self.id = id
        self.textID = "rule.\(id)"
        self.role = role
        self.condition = condition
        self.conditionSource = conditionSource
        self.priority = priority
        self.certainty = certainty
        self.isEmergency = isEmergency
        self.basis = basis
        self.source = source
        self.location = location
    }
}

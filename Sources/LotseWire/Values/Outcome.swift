/// How a dialog ended (`END OUTCOME`).
public enum Outcome: String, Sendable, Equatable, CaseIterable {
    case referred
    case noReferral = "no-referral"
    case emergency
}

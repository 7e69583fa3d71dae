/// A kind of place a rule refers to and partners fill (`jmd`, `jobcenter`), declared once in
/// the core's `roles.yaml`.
public struct Role: Sendable {
    public let id: String
    /// What the role stands for, for authors and the review sheet.
    public let about: String
    /// Whether every network should fill it itself; one that does not falls back, visibly, to
    /// its Land's or a nationwide partner.
    public let isCore: Bool

    public init(id: String, about: String, isCore: Bool) {
        self.id = id
        self.about = about
        self.isCore = isCore
    }
}

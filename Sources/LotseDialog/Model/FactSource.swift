/// Where a fact of the knowledge base comes from: a public page, the day it was read, and
/// which of a partner's contact fields it gives.
public struct FactSource: Sendable, Equatable {
    /// The contact fields of a partner that must each name a source when they are filled.
    public static let contactFields = ["address", "phone", "web", "hours"]

    /// The page's address (`https://…`).
    public let url: String
    /// The day the page was read (`YYYY-MM-DD`).
    public let checked: String
    /// The partner's contact fields this page gives; empty for a rule's source.
    public let gives: [String]
    public let location: SourceLocation

    public init(url: String, checked: String, gives: [String] = [], location: SourceLocation) {
        self.url = url
        self.checked = checked
        self.gives = gives
        self.location = location
    }
}

/// A partner of the network (or a nationwide service) from the directory.
public final class Partner: Sendable {
    /// The region value that marks a partner as reachable from everywhere.
    public static let nationwide = "nationwide"

    public let id: String
    /// The office's German name, as it is known there.
    public let name: String
    /// A value of the region slot, or `nationwide`.
    public let region: String
    public let roles: [String]
    public let languages: [String]
    public let languagesOnRequest: [String]
    /// Known contact facts; a fact the sources do not give is absent.
    public let address: String?
    public let phone: String?
    public let web: String?
    public let hours: String?
    /// Whether the partner has a note (German source `partner.ID.note`).
    public let hasNote: Bool
    /// When the entry was last verified (`YYYY-MM-DD`), if known.
    public let verified: String?
    public let location: SourceLocation

    /// The id of the partner's note among the texts.
    public var noteID: String { "partner.\(id).note" }

    public init(
        id: String, name: String, region: String, roles: [String], languages: [String],
        languagesOnRequest: [String], address: String?, phone: String?, web: String?,
        hours: String?, hasNote: Bool, verified: String?, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.region = region
        self.roles = roles
        self.languages = languages
        self.languagesOnRequest = languagesOnRequest
        self.address = address
        self.phone = phone
        self.web = web
        self.hours = hours
        self.hasNote = hasNote
        self.verified = verified
        self.location = location
    }
}

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
    /// The pages its contact facts were read from; every filled contact field names one.
    public let sources: [FactSource]
    /// Within its region, the situations it serves (`when:`, e.g. `town == siegen` for a town's
    /// own Jugendamt); nil when it serves the whole region. A partner whose condition is false
    /// is passed over; unknown (the town not asked) still names it.
    public let serves: Condition?
    public let location: SourceLocation

    /// The value of contact field `name` (one of `FactSource.contactFields`).
    public func contact(_ name: String) -> String? {
        switch name {
        case "address": address
        case "phone": phone
        case "web": web
        case "hours": hours
        default: nil
        }
    }

    /// The id of the partner's note among the texts (`partner.ID.note`), spelt once.
    public let noteID: String
    /// `languages` as `INFO … languages` gives them (`de,en`).
    public let languageList: String
    /// `languagesOnRequest` as `INFO … languages-on-request` gives them.
    public let languagesOnRequestList: String

    public init(
        id: String, name: String, region: String, roles: [String], languages: [String],
        languagesOnRequest: [String], address: String?, phone: String?, web: String?,
        hours: String?, hasNote: Bool, verified: String?, sources: [FactSource] = [], serves: Condition? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.noteID = "partner.\(id).note"
        self.name = name
        self.region = region
        self.roles = roles
        self.languages = languages
        self.languagesOnRequest = languagesOnRequest
        self.languageList = languages.joined(separator: ",")
        self.languagesOnRequestList = languagesOnRequest.joined(separator: ",")
        self.address = address
        self.phone = phone
        self.web = web
        self.hours = hours
        self.hasNote = hasNote
        self.verified = verified
        self.sources = sources
        self.serves = serves
        self.location = location
    }
}

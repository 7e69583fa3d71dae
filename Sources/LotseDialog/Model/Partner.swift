/// A partner of a network, of a Land or of everyone, from `networks/ID/partners.yaml` or the
/// core's `partners/`.
public final class Partner: Sendable {
    /// Whom a partner serves. A referral takes a role's partners from the person's network,
    /// else from their Land, else the nationwide ones.
    public enum Scope: Sendable, Equatable, CustomStringConvertible {
        /// One network's own office (its folder's partners).
        case network(String)
        /// The core's partners that serve the networks listing them in `shared-partners`
        /// (a chamber or an Agentur district that serves several).
        case shared
        /// Serves a whole Land (its two-letter code).
        case land(String)
        /// Reachable from everywhere.
        case nationwide

        /// As `scope:` writes it (`nationwide`, `shared`, `by`), or the network's id.
        public var description: String {
            switch self {
            case .network(let id): id
            case .shared: "shared"
            case .land(let code): code
            case .nationwide: "nationwide"
            }
        }
    }

    public let id: String
    /// The office's German name, as it is known there.
    public let name: String
    /// Whom it serves.
    public let scope: Scope
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
    /// Within its scope, the situations it serves (`when:`, e.g. `place == siegen` for a town's
    /// own Jugendamt); nil when it serves all of it. A partner whose condition is false is
    /// passed over; unknown still names it.
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
        id: String, name: String, scope: Scope, roles: [String], languages: [String],
        languagesOnRequest: [String], address: String?, phone: String?, web: String?,
        hours: String?, hasNote: Bool, verified: String?, sources: [FactSource] = [], serves: Condition? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.noteID = "partner.\(id).note"
        self.name = name
        self.scope = scope
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

/// The facts `INFO` lines carry about a partner.
public enum InfoField: String, Sendable, Equatable, CaseIterable {
    case languages
    case languagesOnRequest = "languages-on-request"
    case address
    case phone
    case web
    case hours
    case note
}

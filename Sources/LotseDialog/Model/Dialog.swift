/// The compiled knowledge base: loaded and checked once, then shared read-only by every
/// session (a class, so a session or a matcher holds it by one reference). Ids are resolved
/// to indices and conditions parsed, so a turn never parses text.
public final class Dialog: Sendable {
    /// The dialog's name (`HELLO … dialog=NAME@VERSION`).
    public let name: String
    /// A hash of every file the dialog was loaded from: a new version with every edit.
    public let version: String
    /// The source language (`de`): its texts stand in the flows, rules and directory.
    public let sourceLanguage: String
    /// The languages offered, the source language first.
    public let languages: [Language]
    /// The slots, by id.
    public let slots: [String: Slot]
    /// Where a session keeps each slot (`SlotValues`): the slots in the order situation.yaml
    /// gives them. The conditions were parsed with this layout.
    public let slotLayout: SlotLayout
    /// The slot ids in the order situation.yaml gives them.
    public var slotOrder: [String] { slotLayout.order }
    /// Every node of every flow.
    public let nodes: [FlowNode]
    /// Node id → index into `nodes`.
    public let nodeIndex: [String: Int]
    /// Flow id → index of its first node.
    public let flows: [String: Int]
    /// Where the dialog starts.
    public let start: Int
    /// The referral rules, in file order.
    public let rules: [Rule]
    /// The directory, in file order.
    public let partners: [Partner]
    /// The slot whose value picks the partners' region.
    public let regionSlot: String
    /// The slot holding the language the person wants counselling in.
    public let languageSlot: String
    /// How many partners a referral names besides the emergency ones (`referral-limit`); the
    /// others are counted in a note. Nil: all of them.
    public let referralLimit: Int?
    /// The long or hard terms the dialog explains where it uses them (`explained-terms`).
    public let explainedTerms: [String]
    /// Every text in every language.
    public let texts: Texts
    /// The answers a person may type, normalised.
    public let vocabulary: Vocabulary
    /// The region slot as conditions read it.
    private let regionReference: SlotReference
    /// The partners filling each role, in file order, by region.
    private let partnersByRole: [String: RolePartners]

    public init(
        name: String, version: String, sourceLanguage: String, languages: [Language],
        slots: [String: Slot], slotLayout: SlotLayout, nodes: [FlowNode], flows: [String: Int],
        start: Int, rules: [Rule], partners: [Partner], regionSlot: String, languageSlot: String,
        referralLimit: Int? = nil, explainedTerms: [String] = [], texts: Texts, vocabulary: Vocabulary
    ) {
        self.name = name
        self.version = version
        self.sourceLanguage = sourceLanguage
        self.languages = languages
        self.slots = slots
        self.slotLayout = slotLayout
        self.nodes = nodes
        self.nodeIndex = Dictionary(nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.flows = flows
        self.start = start
        self.rules = rules
        self.partners = partners
        self.partnersByRole = Dictionary(grouping: partners.flatMap { partner in partner.roles.map { ($0, partner) } }, by: \.0)
            .mapValues { RolePartners($0.map(\.1)) }
        self.regionSlot = regionSlot
        self.regionReference = SlotReference(regionSlot, index: slotLayout.index(of: regionSlot))
        self.languageSlot = languageSlot
        self.referralLimit = referralLimit
        self.explainedTerms = explainedTerms
        self.texts = texts
        self.vocabulary = vocabulary
    }

    /// Whether the dialog offers `code` as a session language.
    public func offers(language code: String) -> Bool {
        languages.contains { $0.code == code }
    }

    /// The partners that fill `role` for someone in `region`: those of the region, or, when
    /// the region has none (or is unknown), the nationwide ones.
    public func partners(for role: String, in region: String?) -> [Partner] {
        guard let withRole = partnersByRole[role] else { return [] }
        return region.flatMap { withRole.regional[$0] } ?? withRole.nationwide
    }

    /// The partners that fill `role` for the situation `slots`: those of its region that
    /// serve it (a town's own office only for that town), else the nationwide ones.
    public func partners(for role: String, serving slots: SlotValues) -> [Partner] {
        let region: String? = if case .key(let key)? = slots.value(of: regionReference) { key } else { nil }
        let candidates = partners(for: role, in: region)
        // Most partners serve their whole region: then the list is passed on as it is.
        let serving =
            candidates.allSatisfy { $0.serves == nil } ? candidates : candidates.filter { $0.serves?.evaluate(slots) != false }
        if !serving.isEmpty || region == nil { return serving }
        return partnersByRole[role]?.nationwide ?? []
    }
}

/// The partners of one role, grouped once when the dialog is built so that a referral only
/// looks them up.
private struct RolePartners: Sendable {
    /// By region value, in file order; a region without partners of the role is absent.
    let regional: [String: [Partner]]
    /// The nationwide ones, in file order.
    let nationwide: [Partner]

    init(_ partners: [Partner]) {
        regional = Dictionary(grouping: partners.filter { $0.region != Partner.nationwide }, by: \.region)
        nationwide = partners.filter { $0.region == Partner.nationwide }
    }
}

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
    /// Every partner — the core's, then each network's — in file order.
    public let partners: [Partner]
    /// The roles rules refer to and partners fill (`roles.yaml`).
    public let roles: [Role]
    /// The networks, by folder name.
    public let networks: [Network]
    /// The slot whose value is the person's network (or `other`).
    public let regionSlot: String
    /// The slot holding the language the person wants counselling in.
    public let languageSlot: String
    /// The slot the place question fills; its answer sets the region and the Land.
    public let placeSlot: String
    /// The slot holding the two-letter code of the person's Land.
    public let landSlot: String
    /// Every network's municipalities by the words that name them.
    public let placeIndex: PlaceIndex
    /// The networks by id.
    public let networkIndex: [String: Network]
    /// How many partners a referral names besides the emergency ones (`referral-limit`); the
    /// others are counted in a note. Nil: all of them.
    public let referralLimit: Int?
    /// The slots whose answers each get their best place on the slip before any gets a second
    /// (`slip-needs`): a rule serves the needs its condition reads. See "How the slip is composed".
    public let slipNeeds: [String]
    /// The long or hard terms the dialog explains where it uses them (`explained-terms`).
    public let explainedTerms: [String]
    /// Every text in every language.
    public let texts: Texts
    /// The answers a person may type, normalised.
    public let vocabulary: Vocabulary
    /// The region slot as conditions read it.
    private let regionReference: SlotReference
    /// The land slot as conditions read it.
    private let landReference: SlotReference
    /// The partners filling each role, in file order, by network and Land.
    private let partnersByRole: [String: RolePartners]

    public init(
        name: String, version: String, sourceLanguage: String, languages: [Language],
        slots: [String: Slot], slotLayout: SlotLayout, nodes: [FlowNode], flows: [String: Int],
        start: Int, rules: [Rule], partners: [Partner], roles: [Role] = [], networks: [Network] = [],
        regionSlot: String, languageSlot: String, placeSlot: String = "place", landSlot: String = "land",
        referralLimit: Int? = nil, slipNeeds: [String] = [], explainedTerms: [String] = [], texts: Texts, vocabulary: Vocabulary
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
        self.roles = roles
        self.networks = networks
        self.networkIndex = Dictionary(networks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.placeIndex = PlaceIndex(
            networks.flatMap(\.places), elsewhere: vocabulary.terms.values.flatMap { $0[placeSlot] ?? [] }.flatMap(\.words))
        self.partnersByRole = Dictionary(grouping: partners.flatMap { partner in partner.roles.map { ($0, partner) } }, by: \.0)
            .mapValues { RolePartners($0.map(\.1), networks: networks) }
        self.regionSlot = regionSlot
        self.regionReference = SlotReference(regionSlot, index: slotLayout.index(of: regionSlot))
        self.landReference = SlotReference(landSlot, index: slotLayout.index(of: landSlot))
        self.languageSlot = languageSlot
        self.placeSlot = placeSlot
        self.landSlot = landSlot
        self.referralLimit = referralLimit
        self.slipNeeds = slipNeeds
        self.explainedTerms = explainedTerms
        self.texts = texts
        self.vocabulary = vocabulary
    }

    /// Whether the dialog offers `code` as a session language.
    public func offers(language code: String) -> Bool {
        languages.contains { $0.code == code }
    }

    /// The partners that fill `role` for someone in `network` (nil: none) and `land` (nil:
    /// unknown): the network's own and shared ones, else the Land's, else the nationwide ones.
    public func partners(for role: String, network: String?, land: String?) -> [Partner] {
        guard let withRole = partnersByRole[role] else { return [] }
        return network.flatMap { withRole.byNetwork[$0] } ?? land.flatMap { withRole.byLand[$0] } ?? withRole.nationwide
    }

    /// Where the partners of `role` come from for someone in `network`: the network itself, its
    /// Land, or the nationwide entries — what `lotse check` reports for the core roles.
    public func source(of role: String, network: Network) -> Partner.Scope? {
        guard let withRole = partnersByRole[role] else { return nil }
        if withRole.byNetwork[network.id] != nil { return .network(network.id) }
        if withRole.byLand[network.land] != nil { return .land(network.land) }
        return withRole.nationwide.isEmpty ? nil : .nationwide
    }

    /// The partners that fill `role` for the situation `slots`: those of its network that
    /// serve it (a town's own office only for that town), else its Land's, else the nationwide ones.
    public func partners(for role: String, serving slots: SlotValues) -> [Partner] {
        let network: String? = if case .key(let key)? = slots.value(of: regionReference) { key } else { nil }
        let land: String? = if case .key(let key)? = slots.value(of: landReference) { key } else { nil }
        let candidates = partners(for: role, network: network, land: land)
        // Most partners serve all of their scope: then the list is passed on as it is.
        let serving =
            candidates.allSatisfy { $0.serves == nil } ? candidates : candidates.filter { $0.serves?.evaluate(slots) != false }
        if !serving.isEmpty || (network == nil && land == nil) { return serving }
        return partnersByRole[role]?.nationwide ?? []
    }

    /// The region of someone no network serves (a value the situation declares).
    public static let noNetwork = "other"
    /// The Land of someone no network serves.
    public static let noLand = "unknown"

    /// The codes a network's Land may take: the land slot's values but `noLand`.
    public var lands: [String] {
        (slots[landSlot]?.values ?? []).filter { $0 != Self.noLand }
    }

    /// What answering the place question with `key` sets besides the place: the network (the
    /// region) and its Land; `elsewhere` or an unknown key sets `noNetwork` and `noLand`.
    public func placeEffects(of key: String) -> (region: String, land: String) {
        guard let place = placeIndex.places[key], let network = networkIndex[place.network] else {
            return (Self.noNetwork, Self.noLand)
        }
        return (network.id, network.land)
    }
}

/// The partners of one role, grouped once when the dialog is built so that a referral only
/// looks them up.
private struct RolePartners: Sendable {
    /// By network: its own partners in file order, then the shared ones it lists, in its order;
    /// a network without partners of the role is absent.
    let byNetwork: [String: [Partner]]
    /// By Land code, in file order.
    let byLand: [String: [Partner]]
    /// The nationwide ones, in file order.
    let nationwide: [Partner]

    init(_ partners: [Partner], networks: [Network]) {
        var byNetwork: [String: [Partner]] = [:]
        var byLand: [String: [Partner]] = [:]
        var nationwide: [Partner] = []
        for partner in partners {
            switch partner.scope {
            case .network(let id): byNetwork[id, default: []].append(partner)
            case .land(let code): byLand[code, default: []].append(partner)
            case .nationwide: nationwide.append(partner)
            case .shared: break
            }
        }
        for network in networks {
            for id in network.sharedPartners {
                guard let partner = partners.first(where: { $0.id == id && $0.scope == .shared }) else { continue }
                byNetwork[network.id, default: []].append(partner)
            }
        }
        self.byNetwork = byNetwork
        self.byLand = byLand
        self.nationwide = nationwide
    }
}

/// What a network's `network.yaml` says: its id, name, Land, municipalities and shared partners.
struct NetworkFile {
    var network: Network?

    static let keys = ["id", "name", "land", "places", "shared-partners", "sources", "verified"]
    static let placeKeys = ["name", "synonyms", "postcodes"]

    /// - Parameters:
    ///   - folderName: the folder's name, which must be the network's id.
    ///   - folder: the folder's path, for `Network.folder`.
    ///   - lands: the values of the land slot.
    init(_ root: YAMLNode, folderName: String, folder: String, lands: [String], log: inout DiagnosticLog) {
        guard let map = MappingReader(root, subject: "network.yaml", log: &log) else { return }
        map.rejectUnknownKeys(allowed: Self.keys, log: &log)
        guard let id = map.string("id", log: &log), let name = map.string("name", log: &log),
            let land = map.string("land", log: &log)
        else { return }
        if id != folderName {
            log.error("the network's id '\(id)' should be its folder's name, '\(folderName)'", at: map.value("id")!.location)
        }
        if !Identifier.isValid(id) { log.error("network id '\(id)' should be \(Identifier.rule)", at: map.value("id")!.location) }
        // A dialog without a land slot has no Land law to tell apart.
        if !lands.isEmpty, !lands.contains(land) {
            let hint = Suggestion.nearest(to: land, in: lands).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "unknown Land '\(land)'; \(hint)use a two-letter code of the land slot: \(lands.joined(separator: ", "))",
                at: map.value("land")!.location)
        }
        // Where the municipality list comes from; a network without one is reported.
        let sources = FactSourceReader.list(
            map.value("sources"), of: "network '\(id)'", fields: ["places", "postcodes", "synonyms"], log: &log)
        if !sources.contains(where: { $0.gives.contains("places") }) {
            log.error(
                "network '\(id)' names no page for its municipalities; add one under 'sources:' (url, checked, gives: [places])",
                at: map.node.location)
        }
        let places = readPlaces(map.value("places"), network: id, fallback: root.location, log: &log)
        let shared = map.words("shared-partners", log: &log).map(\.0)
        network = Network(
            id: id, name: name, land: land, places: places, sharedPartners: shared, folder: folder, location: root.location)
    }

    /// `places:`, a map from place key to its name, or to `name`, `synonyms` and `postcodes`.
    private func readPlaces(_ node: YAMLNode?, network: String, fallback: SourceLocation, log: inout DiagnosticLog) -> [Place] {
        guard let node, !node.isNull else {
            log.error(
                "network '\(network)' needs 'places:', the municipalities it serves (key: name)", at: node?.location ?? fallback)
            return []
        }
        guard let map = MappingReader(node, subject: "'places' of network '\(network)'", log: &log) else { return [] }
        var places: [Place] = []
        for (key, keyNode, value) in map.fields {
            guard Identifier.isValid(key) else {
                log.error("place key '\(key)' should be \(Identifier.rule) (ä → ae, ß → ss)", at: keyNode.location)
                continue
            }
            if let name = value.scalar {
                places.append(Place(key: key, name: name, network: network, synonyms: [], postcodes: [], location: keyNode.location))
                continue
            }
            guard let fields = MappingReader(value, subject: "place '\(key)'", log: &log) else { continue }
            fields.rejectUnknownKeys(allowed: Self.placeKeys, log: &log)
            guard let name = fields.string("name", log: &log) else { continue }
            let postcodes = fields.words("postcodes", log: &log)
            for (code, codeNode) in postcodes where code.count != 5 || !code.allSatisfy(\.isASCII) || Int(code) == nil {
                log.error("place '\(key)': '\(code)' is no postcode of five digits", at: codeNode.location)
            }
            places.append(
                Place(
                    key: key, name: name, network: network, synonyms: fields.words("synonyms", log: &log).map(\.0),
                    postcodes: postcodes.map(\.0), location: keyNode.location))
        }
        if places.isEmpty { log.error("network '\(network)' serves no place; list its municipalities", at: node.location) }
        return places
    }
}

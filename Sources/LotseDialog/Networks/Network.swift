/// A JMD cooperation network: the municipalities it serves, the Land whose law applies there,
/// and its own partners and rules (they live in its folder, `networks/ID/`).
public final class Network: Sendable {
    /// The network's id: the value of the region slot for everyone living in one of its places.
    public let id: String
    /// The network's name as people say it ("Landkreis Lichtenfels").
    public let name: String
    /// The two-letter code of its Land (`by`, `nw`): the value of the land slot.
    public let land: String
    /// The municipalities it serves, in file order.
    public let places: [Place]
    /// Partners of the core (`scope: shared`) that serve this network too, like a chamber
    /// that serves several districts, in the order the network lists them.
    public let sharedPartners: [String]
    /// The folder the network's files are in (`DIR/networks/ID`).
    public let folder: String
    /// Where `network.yaml` starts.
    public let location: SourceLocation

    public init(
        id: String, name: String, land: String, places: [Place], sharedPartners: [String], folder: String,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.land = land
        self.places = places
        self.sharedPartners = sharedPartners
        self.folder = folder
        self.location = location
    }

    /// Whether a diagnostic at `location` is about this network: it stands in its folder.
    public func owns(_ location: SourceLocation) -> Bool {
        location.file.hasPrefix(folder + "/")
    }
}

/// A municipality a network serves: the value of the place slot that sends a person there.
public struct Place: Sendable {
    /// The value key, unique in all of Germany (`bad-staffelstein`, `neustadt-bei-coburg`).
    public let key: String
    /// The official name, as shown.
    public let name: String
    /// The id of the network that serves it.
    public let network: String
    /// What people type instead of the name: parts of the town, the name without "Bad".
    public let synonyms: [String]
    /// Its postcodes, where the network lists them.
    public let postcodes: [String]
    public let location: SourceLocation

    public init(key: String, name: String, network: String, synonyms: [String], postcodes: [String], location: SourceLocation) {
        self.key = key
        self.name = name
        self.network = network
        self.synonyms = synonyms
        self.postcodes = postcodes
        self.location = location
    }
}

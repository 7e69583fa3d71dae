import Foundation
import LotseTestSupport
import Testing

@testable import LotseDialog

/// A reload with one broken network keeps serving the others' new versions and the broken
/// one's last good files; an error in the core refuses the whole reload.
@Suite struct NetworkReloadTests {
    @Test func aBrokenNetworkKeepsItsLastGoodVersionWhileTheOthersMoveOn() throws {
        let fixture = try FixtureCopy()
        let first = try DialogLoader.loadWithWarnings(directory: fixture.path)
        try fixture.replace("name: Jugendberatung Nord", with: "name: Jugendberatung Nord (neu)", in: "networks/nord/partners.yaml")
        try fixture.replace("roles: [youth]", with: "roles: [yuoth]", in: "networks/sued/partners.yaml")

        let reloaded = try DialogLoader.reload(directory: fixture.path, keeping: first.networkSources)
        #expect(reloaded.dialog.partners.first { $0.id == "youth-nord" }?.name == "Jugendberatung Nord (neu)")
        #expect(reloaded.dialog.partners.first { $0.id == "youth-sued" }?.roles == ["youth"], "sued serves its last good version")
        #expect(Array(reloaded.keptNetworks.keys) == ["sued"])
        #expect(reloaded.keptNetworks["sued"]?.first?.message.contains("unknown role 'yuoth'") == true)
        #expect(reloaded.dialog.version != first.dialog.version)
    }

    @Test func aBrokenNewNetworkIsLeftOut() throws {
        let fixture = try FixtureCopy()
        let first = try DialogLoader.loadWithWarnings(directory: fixture.path)
        try FileManager.default.createDirectory(atPath: fixture.path(of: "networks/west"), withIntermediateDirectories: true)
        try fixture.write("id: west\nname: Westen\nland: nw\n", to: "networks/west/network.yaml")
        let reloaded = try DialogLoader.reload(directory: fixture.path, keeping: first.networkSources)
        #expect(reloaded.dialog.networks.map(\.id) == ["nord", "sued"])
        #expect(reloaded.keptNetworks["west"]?.isEmpty == false)
    }

    @Test func anErrorInTheCoreRefusesTheWholeReload() throws {
        let fixture = try FixtureCopy()
        let first = try DialogLoader.loadWithWarnings(directory: fixture.path)
        try fixture.replace("when: goal == ausbildung", with: "when: gaol == ausbildung", in: "rules.yaml")
        #expect(throws: DialogLoadError.self) { try DialogLoader.reload(directory: fixture.path, keeping: first.networkSources) }
    }
}

import Foundation
import LotseTestSupport
import Testing

/// `lotse network new` and `lotse check --network` as a JMD counselor uses them to add a network.
@Suite struct NetworkCommandTests {
    /// Every file of the copy outside `networks/ID` with its contents.
    static func filesOutside(_ network: String, in copy: FixtureCopy) throws -> [String: Data] {
        let files = FileManager.default.enumerator(atPath: copy.path)?.compactMap { $0 as? String } ?? []
        var contents: [String: Data] = [:]
        for file in files where !file.hasPrefix("networks/\(network)") {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: copy.path(of: file), isDirectory: &isDirectory), !isDirectory.boolValue {
                contents[file] = try Data(contentsOf: URL(fileURLWithPath: copy.path(of: file)))
            }
        }
        return contents
    }

    @Test func aNewNetworkTouchesNothingOutsideItsFolderAndPassesOnceFilled() async throws {
        let copy = try FixtureCopy(of: Repository.bundledDialogs)
        let before = try Self.filesOutside("testkreis", in: copy)
        let made = try await CommandRunner.lotse(
            "network", "new", "testkreis", "--name", "Testkreis 017", "--land", "he", "--dialogs", copy.path)
        #expect(made.status == 0, "\(made.output)")
        #expect(made.output.contains("networks/testkreis/partners.yaml"))
        // What is left to fill is listed, at its place.
        let unfilled = try await CommandRunner.lotse("check", copy.path, "--network", "testkreis")
        #expect(unfilled.status == 1)
        #expect(
            unfilled.output.contains("networks/testkreis/network.yaml:2:1: error: network 'testkreis' names no page for its municipalities")
        )
        #expect(unfilled.output.contains("error: network 'testkreis' needs 'places:'"))

        try copy.replace("places:\n", with: "places:\n  testdorf-017:\n    name: Testdorf\n", in: "networks/testkreis/network.yaml")
        try copy.replace(
            "sources:\n", with: "sources:\n  - url: https://example.org/testkreis\n    checked: 2026-12-07\n    gives: [places]\n",
            in: "networks/testkreis/network.yaml")
        let noDates = try await CommandRunner.lotse("check", copy.path, "--network", "testkreis", "--strict")
        #expect(noDates.status == 1)
        #expect(noDates.output.contains("warning: partner 'jugendamt-testkreis' has no 'verified:' date"))
        let partners = try String(contentsOfFile: copy.path(of: "networks/testkreis/partners.yaml"), encoding: .utf8)
        try partners.replacingOccurrences(of: "    sources: []\n", with: "    sources: []\n    verified: 2026-12-07\n")
            .write(toFile: copy.path(of: "networks/testkreis/partners.yaml"), atomically: true, encoding: .utf8)
        for test in ["jmd", "jugendamt", "sozialamt", "schulamt"] {
            try copy.replace("> Musterstadt", with: "> Testdorf", in: "networks/testkreis/tests/\(test).chat")
        }

        let filled = try await CommandRunner.lotse("check", copy.path, "--network", "testkreis", "--strict")
        #expect(filled.status == 0, "\(filled.output)")
        #expect(filled.output.contains("network testkreis (Testkreis 017, he): 1 places; core roles filled: jmd, berufsberatung"))
        let tests = try await CommandRunner.lotse(
            "test", copy.path(of: "networks/testkreis/tests/jmd.chat"), copy.path(of: "networks/testkreis/tests/jugendamt.chat"),
            copy.path(of: "networks/testkreis/tests/sozialamt.chat"), copy.path(of: "networks/testkreis/tests/schulamt.chat"),
            "--dialogs", copy.path)
        #expect(tests.output.hasSuffix("4 passed, 0 failed\n"), "\(tests.output)")
        #expect(try Self.filesOutside("testkreis", in: copy) == before)
    }

    @Test func aNetworkWithNoCoreRoleIsAnErrorAndATypoInARoleToo() async throws {
        let copy = try FixtureCopy(of: Repository.bundledDialogs)
        try copy.replace("roles: [jugendamt]", with: "roles: [jugendamnt]", in: "networks/olpe/partners.yaml")
        let typo = try await CommandRunner.lotse("check", copy.path, "--network", "olpe")
        #expect(typo.output.contains("error: unknown role 'jugendamnt'; did you mean 'jugendamt'?"))
    }

    @Test func aNetworkLiesInALandNotOnTheNationwidePath() async throws {
        let copy = try FixtureCopy(of: Repository.bundledDialogs)
        try copy.replace("land: nw", with: "land: unknown", in: "networks/olpe/network.yaml")
        let result = try await CommandRunner.lotse("check", copy.path, "--network", "olpe")
        #expect(result.status == 1)
        #expect(result.output.contains("networks/olpe/network.yaml:8:7: error: unknown Land 'unknown'"), "\(result.output)")
    }

    @Test func anotherNetworksWarningDoesNotFailThisOnesStrictCheck() async throws {
        let copy = try FixtureCopy(of: Repository.bundledDialogs)
        // A stale translation in Olpe's folder is Olpe's warning only.
        try copy.replace("source: ", with: "source: 0", in: "networks/olpe/texts/en.yaml")
        let olpe = try await CommandRunner.lotse("check", copy.path, "--network", "olpe", "--strict")
        #expect(olpe.status == 1)
        #expect(olpe.output.contains("networks/olpe/texts/en.yaml"))
        let lichtenfels = try await CommandRunner.lotse("check", copy.path, "--network", "lichtenfels", "--strict")
        #expect(lichtenfels.status == 0, "\(lichtenfels.output)")
    }
}

/// `lotse review --network ID`: the sheet for the network's meeting.
@Suite struct ReviewCommandTests {
    @Test func theSheetShowsEachPartnerWithItsSourcesUnknownsAndRules() async throws {
        let result = try await CommandRunner.lotse("review", "--network", "nord", "--dialogs", AuthorToolsTests.mini)
        #expect(result.status == 0, "\(result.output)")
        let sheet = result.output
        #expect(sheet.hasPrefix("# Norden — review sheet"))
        // The network's own offices come before the nationwide ones.
        let own = try #require(sheet.range(of: "### Jugendberatung Nord (`youth-nord`, nord)"))
        let nationwide = try #require(sheet.range(of: "### Agentur überall (`jobs-everywhere`, nationwide)"))
        #expect(own.lowerBound < nationwide.lowerBound)
        #expect(sheet.contains("- still unknown: address, phone, web, hours"))
        #expect(sheet.contains("- source: https://example.org/fixture — web, read 2026-11-20 ("))
        #expect(sheet.contains("- named by: young; in "))
        #expect(sheet.contains("| `young` | `age >= 12 and age < 27` | youth |"))
        // Another network's office is not on this network's sheet.
        #expect(!sheet.contains("youth-sued"))
    }

    @Test func theSheetPrintsAsHTML() async throws {
        let result = try await CommandRunner.lotse("review", "--network", "nord", "--format", "html", "--dialogs", AuthorToolsTests.mini)
        #expect(result.output.hasPrefix("<!doctype html>"))
        #expect(result.output.contains("<h3>Jugendberatung Nord (<code>youth-nord</code>)</h3>"))
    }
}

import LotseTestSupport
import Testing

@testable import LotseDialog

/// `slip-needs` in dialog.yaml: the slots whose answers get a place on the slip first.
@Suite struct SlipNeedsTests {
    @Test func slipNeedsAreRead() throws {
        let fixture = try FixtureCopy()
        try fixture.append("slip-needs: [goal, money]\n", to: "dialog.yaml")
        #expect(try DialogLoader.load(directory: fixture.path).slipNeeds == ["goal", "money"])
    }

    @Test func aSlipNeedIsAYesNoOrChoiceSlot() throws {
        let fixture = try FixtureCopy()
        try fixture.append("slip-needs: [goal, age, mony]\n", to: "dialog.yaml")
        do {
            _ = try DialogLoader.load(directory: fixture.path)
            Issue.record("loaded")
        } catch {
            let found = error.diagnostics.filter { $0.message.contains("'slip-needs' names") }
                .map { String($0.location.description.dropFirst(fixture.path.count + 1)) + " " + $0.message }
            #expect(
                found == [
                    "dialog.yaml:10:20 'slip-needs' names 'age', which is no yesno or choice slot of situation.yaml",
                    "dialog.yaml:10:25 'slip-needs' names 'mony', which is no yesno or choice slot of situation.yaml; did you mean 'money'?",
                ])
        }
    }
}

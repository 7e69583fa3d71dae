import Testing

@testable import LotseDialog

/// A session's slots kept by index, and conditions that read them by the index they were
/// parsed with — giving the same values as over a dictionary.
@Suite struct SlotValuesTests {
    static let order = ["age", "goal", "region", "counsel-lang", "a-b", "crisis", "money", "note"]
    let layout = SlotLayout(order: Self.order)
    var parser: ConditionParser { ConditionParser(slots: ConditionParserTests.slots, layout: layout) }

    @Test func aParsedConditionKnowsTheIndexOfEachSlotItReads() throws {
        guard case .and(.comparison(let age, _, _), .membership(let goal, _)) = try parser.parse("age >= 18 and goal in [job]")
        else {
            Issue.record("not parsed as an and of a comparison and a membership")
            return
        }
        #expect(age.index == 0)
        #expect(goal.index == 1)
        // Without a layout the parser leaves the index out.
        guard case .comparison(let plain, _, _) = try ConditionParser(slots: ConditionParserTests.slots).parse("age >= 18") else {
            Issue.record("not parsed as a comparison")
            return
        }
        #expect(plain.index == nil)
    }

    @Test func referencesAreEqualByIdAlone() {
        #expect(SlotReference("age", index: 0) == SlotReference("age"))
        #expect(SlotReference("age", index: 0) != SlotReference("goal", index: 0))
        #expect(Set([SlotReference("age", index: 3), SlotReference("age")]).count == 1)
    }

    @Test func valuesAreReadAndSetByIdAndReplacingGivesTheOldValue() {
        var values = SlotValues(layout: layout)
        #expect(values["age"] == nil)
        values["age"] = .number(19)
        #expect(values.replaceValue(of: "age", with: .number(20)) == .number(19))
        #expect(values["age"] == .number(20))
        values["goal"] = .key("job")
        #expect(values.dictionary == ["age": .number(20), "goal": .key("job")])
        values["age"] = nil
        #expect(values.dictionary == ["goal": .key("job")])
        values.removeAll()
        #expect(values.dictionary.isEmpty)
    }

    @Test func aSlotTheLayoutDoesNotHaveStaysUnset() {
        var values = SlotValues(layout: layout)
        values["unknown"] = .key("x")
        #expect(values.replaceValue(of: "unknown", with: .key("y")) == nil)
        #expect(values["unknown"] == nil)
        #expect(values.dictionary.isEmpty)
    }

    /// A reference whose index is another slot's place (a condition parsed for another
    /// layout) is read by its id, not by the index.
    @Test func anIndexThatIsAnotherSlotsPlaceIsNotTrusted() {
        var values = SlotValues(layout: layout)
        values["goal"] = .key("job")
        values["age"] = .number(30)
        #expect(values.value(of: SlotReference("goal", index: 0)) == .key("job"))
        #expect(values.value(of: SlotReference("goal", index: 99)) == .key("job"))
        #expect(values.value(of: SlotReference("goal")) == .key("job"))
        let condition = Condition.comparison(slot: SlotReference("age", index: 1), .greater, .number(18))
        #expect(condition.evaluate(values) == true)
    }

    /// Every condition of the parser's tests, over every filling of two of its slots, has
    /// the same value over `SlotValues` as over a dictionary.
    @Test(arguments: [
        "age >= 18 and goal == job", "not (crisis == yes) or money == yes", "region in [lichtenfels, other] and age < 27",
        "counsel-lang != de or a-b == c-d", "goal in [school] and not (age > 20 or crisis == no)",
    ])
    func indexedAndDictionaryEvaluationAgree(_ source: String) throws {
        let condition = try parser.parse(source)
        let slots = Array(condition.slots).sorted()
        let choices = slots.map { Self.someValues(of: $0) }
        for first in choices[0] {
            for second in choices.count > 1 ? choices[1] : [nil] {
                var dictionary: [String: SlotValue] = [:]
                var values = SlotValues(layout: layout)
                for (id, value) in zip(slots, [first, second]) {
                    dictionary[id] = value
                    values[id] = value
                }
                #expect(condition.evaluate(values) == condition.evaluate(dictionary), "\(source) over \(dictionary)")
            }
        }
    }

    /// Nil (not filled) and a few values of `slot`.
    private static func someValues(of slot: String) -> [SlotValue?] {
        guard let kind = ConditionParserTests.slots[slot]?.kind else { return [nil] }
        switch kind {
        case .number: return [nil, .number(15), .number(18), .number(21), .number(30)]
        default: return [nil] + (ConditionParserTests.slots[slot]?.values ?? []).map { .key($0) }
        }
    }
}

import Testing

@testable import LotseDialog

/// Three-valued evaluation and printing conditions back.
@Suite struct ConditionEvaluationTests {
    let parser = ConditionParser(slots: ConditionParserTests.slots)

    private func value(_ source: String, _ values: [String: SlotValue]) throws -> Bool? {
        try parser.parse(source).evaluate(values)
    }

    @Test func comparisonsOnFilledSlots() throws {
        let person: [String: SlotValue] = ["age": .number(19), "goal": .key("job")]
        #expect(try value("age >= 18", person) == true)
        #expect(try value("age < 18", person) == false)
        #expect(try value("age == 19 and goal != school", person) == true)
        #expect(try value("goal in [ausbildung, school]", person) == false)
        #expect(try value("goal in [job]", person) == true)
    }

    @Test func unknownSlotsFollowKleeneLogic() throws {
        let person: [String: SlotValue] = ["age": .number(19)]
        #expect(try value("crisis == yes", person) == nil)
        #expect(try value("not crisis == yes", person) == nil)
        #expect(try value("crisis == yes and age < 18", person) == false)
        #expect(try value("crisis == yes and age > 18", person) == nil)
        #expect(try value("crisis == yes or age > 18", person) == true)
        #expect(try value("crisis == yes or age < 18", person) == nil)
    }

    @Test(arguments: [
        "not crisis == yes and age < 12 or goal == job",
        "age >= 12 and (goal == job or goal == school)",
        "not (age < 12 or age > 26)",
        "region in [lichtenfels, siegen-wittgenstein] and not crisis == yes",
        "(age < 12 or age > 26) and (crisis == yes or goal == job)",
    ])
    func descriptionParsesBackToTheSameCondition(_ source: String) throws {
        let condition = try parser.parse(source)
        #expect(try parser.parse(condition.description) == condition)
    }

    @Test func slotsReadByACondition() throws {
        #expect(try parser.parse("age < 12 or not (goal == job and crisis == yes)").slots == ["age", "goal", "crisis"])
    }
}

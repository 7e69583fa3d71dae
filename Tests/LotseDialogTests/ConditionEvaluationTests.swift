import Testing

@testable import LotseDialog

/// Evaluating conditions over filled slots, in three-valued (Kleene) logic.
@Suite struct ConditionEvaluationTests {
    let parser = ConditionParser(slots: ConditionParserTests.slots)

    private func value(_ source: String, _ values: [String: SlotValue]) throws -> Bool? {
        try parser.parse(source).evaluate(values)
    }

    /// The filled slots that make `crisis == yes` (and `money == yes`) true, false or unknown.
    private static func filling(_ slot: String, _ truth: Bool?) -> [String: SlotValue] {
        truth.map { [slot: .key($0 ? "yes" : "no")] } ?? [:]
    }

    @Test(arguments: [
        (ComparisonOperator.equal, [false, true, false]),
        (.notEqual, [true, false, true]),
        (.less, [true, false, false]),
        (.lessOrEqual, [true, true, false]),
        (.greater, [false, false, true]),
        (.greaterOrEqual, [false, true, true]),
    ])
    func numbersCompareNumerically(_ op: ComparisonOperator, _ expected: [Bool]) throws {
        let condition = try parser.parse("age \(op.rawValue) 18")
        #expect([17, 18, 19].map { condition.evaluate(["age": .number($0)]) } == expected)
    }

    @Test func negativeNumbersCompareNumerically() throws {
        #expect(try value("age > -1", ["age": .number(0)]) == true)
        #expect(try value("age < -1", ["age": .number(-2)]) == true)
        #expect(try value("age < -1", ["age": .number(-1)]) == false)
    }

    @Test func keysCompareByEqualityOnly() throws {
        let person: [String: SlotValue] = ["goal": .key("job")]
        #expect(try value("goal == job", person) == true)
        #expect(try value("goal == school", person) == false)
        #expect(try value("goal != job", person) == false)
        #expect(try value("goal != school", person) == true)
        for op in ComparisonOperator.allCases where op.isOrdering {
            #expect(Condition.comparison(slot: "goal", op, .key("job")).evaluate(person) == false)
            #expect(Condition.comparison(slot: "goal", op, .key("ausbildung")).evaluate(person) == false)
        }
    }

    @Test func valuesOfAnotherTypeAreUnequal() {
        let person: [String: SlotValue] = ["goal": .text("job"), "age": .key("18")]
        #expect(Condition.comparison(slot: "goal", .equal, .key("job")).evaluate(person) == false)
        #expect(Condition.comparison(slot: "goal", .notEqual, .key("job")).evaluate(person) == true)
        #expect(Condition.comparison(slot: "age", .equal, .number(18)).evaluate(person) == false)
        #expect(Condition.comparison(slot: "age", .greaterOrEqual, .number(18)).evaluate(person) == false)
    }

    @Test func membershipIsEqualityToAnyListedValue() throws {
        #expect(try value("goal in [ausbildung, school]", ["goal": .key("job")]) == false)
        #expect(try value("goal in [ausbildung, job]", ["goal": .key("job")]) == true)
        #expect(try value("age in [16, 17]", ["age": .number(17)]) == true)
        #expect(try value("age in [16, 17]", ["age": .number(18)]) == false)
        #expect(try value("goal in [job]", ["age": .number(18)]) == nil)
    }

    @Test func aComparisonOnAnUnfilledSlotIsUnknown() throws {
        #expect(try value("crisis == yes", ["age": .number(19)]) == nil)
        #expect(try value("crisis != yes", [:]) == nil)
        #expect(try value("age < 12", ["goal": .key("job")]) == nil)
    }

    @Test(arguments: [(Bool?.some(true), Bool?.some(false)), (false, true), (nil, nil)])
    func notTruthTable(_ operand: Bool?, _ expected: Bool?) throws {
        #expect(try value("not crisis == yes", Self.filling("crisis", operand)) == expected)
    }

    /// Kleene's tables, with `nil` as unknown: (left, right, and, or).
    static let binaryTruthTable: [(Bool?, Bool?, Bool?, Bool?)] = [
        (true, true, true, true),
        (true, false, false, true),
        (true, nil, nil, true),
        (false, true, false, true),
        (false, false, false, false),
        (false, nil, false, nil),
        (nil, true, nil, true),
        (nil, false, false, nil),
        (nil, nil, nil, nil),
    ]

    @Test(arguments: binaryTruthTable)
    func andOrTruthTables(_ row: (Bool?, Bool?, Bool?, Bool?)) throws {
        let (left, right, and, or) = row
        let person = Self.filling("crisis", left).merging(Self.filling("money", right)) { $1 }
        #expect(try value("crisis == yes and money == yes", person) == and)
        #expect(try value("crisis == yes or money == yes", person) == or)
    }

    @Test func unknownsCombineThroughNestedConditions() throws {
        let person: [String: SlotValue] = ["age": .number(19)]
        #expect(try value("not (crisis == yes and age < 18)", person) == true)
        #expect(try value("not (crisis == yes or age > 18)", person) == false)
        #expect(try value("(crisis == yes or age > 18) and (money == yes or age < 18)", person) == nil)
    }

    @Test func slotsReadByACondition() throws {
        #expect(try parser.parse("age < 12 or not (goal == job and crisis == yes)").slots == ["age", "goal", "crisis"])
        #expect(try parser.parse("region in [other] and region != lichtenfels").slots == ["region"])
    }
}

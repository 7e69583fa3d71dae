import Testing

@testable import LotseDialog

/// The condition language: precedence, operators, `in` lists and kebab-case identifiers.
@Suite struct ConditionParserTests {
    static let slots: [String: Slot] = [
        "age": Slot(id: "age", kind: .number(min: 5, max: 99)),
        "goal": Slot(id: "goal", kind: .choice, values: ["ausbildung", "job", "school"]),
        "region": Slot(id: "region", kind: .choice, values: ["lichtenfels", "siegen-wittgenstein", "other"]),
        "counsel-lang": Slot(id: "counsel-lang", kind: .choice, values: ["de", "en"]),
        "a-b": Slot(id: "a-b", kind: .choice, values: ["c-d", "e"]),
        "crisis": Slot(id: "crisis", kind: .yesno),
        "money": Slot(id: "money", kind: .yesno),
        "note": Slot(id: "note", kind: .text),
    ]
    let parser = ConditionParser(slots: slots)

    static let crisis = Condition.comparison(slot: "crisis", .equal, .key("yes"))
    static let money = Condition.comparison(slot: "money", .equal, .key("yes"))
    static let young = Condition.comparison(slot: "age", .less, .number(12))

    @Test func notBindsTighterThanAndTighterThanOr() throws {
        #expect(
            try parser.parse("not crisis == yes and age < 12 or money == yes")
                == .or(.and(.not(Self.crisis), Self.young), Self.money))
        #expect(
            try parser.parse("money == yes or not crisis == yes and age < 12")
                == .or(Self.money, .and(.not(Self.crisis), Self.young)))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(
            try parser.parse("(money == yes or crisis == yes) and age < 12")
                == .and(.or(Self.money, Self.crisis), Self.young))
        #expect(try parser.parse("not (crisis == yes and age < 12)") == .not(.and(Self.crisis, Self.young)))
        #expect(try parser.parse("((crisis == yes))") == Self.crisis)
    }

    @Test func andAndOrGroupToTheLeft() throws {
        #expect(
            try parser.parse("crisis == yes and money == yes and age < 12")
                == .and(.and(Self.crisis, Self.money), Self.young))
        #expect(
            try parser.parse("crisis == yes or money == yes or age < 12")
                == .or(.or(Self.crisis, Self.money), Self.young))
        #expect(
            try parser.parse("crisis == yes and (money == yes and age < 12)")
                == .and(Self.crisis, .and(Self.money, Self.young)))
    }

    @Test func notNests() throws {
        #expect(try parser.parse("not not crisis == yes") == .not(.not(Self.crisis)))
    }

    @Test(arguments: ComparisonOperator.allCases)
    func everyOperatorOnNumbers(_ op: ComparisonOperator) throws {
        #expect(try parser.parse("age \(op.rawValue) 18") == .comparison(slot: "age", op, .number(18)))
    }

    @Test func equalityOnChoiceAndYesnoSlots() throws {
        #expect(try parser.parse("goal == job") == .comparison(slot: "goal", .equal, .key("job")))
        #expect(try parser.parse("goal != school") == .comparison(slot: "goal", .notEqual, .key("school")))
        #expect(try parser.parse("crisis != no") == .comparison(slot: "crisis", .notEqual, .key("no")))
    }

    @Test func negativeNumbers() throws {
        #expect(try parser.parse("age > -1") == .comparison(slot: "age", .greater, .number(-1)))
        #expect(try parser.parse("age>-1") == .comparison(slot: "age", .greater, .number(-1)))
    }

    @Test func membershipLists() throws {
        #expect(try parser.parse("goal in [job]") == .membership(slot: "goal", [.key("job")]))
        #expect(
            try parser.parse("region in [lichtenfels, siegen-wittgenstein]")
                == .membership(slot: "region", [.key("lichtenfels"), .key("siegen-wittgenstein")]))
        #expect(try parser.parse("age in [16, 17, -3]") == .membership(slot: "age", [.number(16), .number(17), .number(-3)]))
        #expect(try parser.parse("crisis in [yes,no]") == .membership(slot: "crisis", [.key("yes"), .key("no")]))
    }

    @Test func kebabCaseIdentifiersAreOneWord() throws {
        #expect(try parser.parse("a-b == c-d") == .comparison(slot: "a-b", .equal, .key("c-d")))
        #expect(try parser.parse("counsel-lang != en") == .comparison(slot: "counsel-lang", .notEqual, .key("en")))
        #expect(
            try parser.parse("region == siegen-wittgenstein")
                == .comparison(slot: "region", .equal, .key("siegen-wittgenstein")))
    }

    @Test func whitespaceIsFree() throws {
        #expect(
            try parser.parse("  age>=18 and(goal==job)or\tnot\ncrisis==yes ")
                == .or(
                    .and(.comparison(slot: "age", .greaterOrEqual, .number(18)), .comparison(slot: "goal", .equal, .key("job"))),
                    .not(Self.crisis)))
    }

    @Test func numbersOutsideTheSlotRangeAreLeftToOtherChecks() throws {
        #expect(try parser.parse("age > 1000") == .comparison(slot: "age", .greater, .number(1000)))
    }

    @Test func lexerReadsHyphensInsideWordsAndBeforeDigits() throws {
        var lexer = ConditionLexer("a-b-1 -7 in - x")
        var kinds: [ConditionToken.Kind] = []
        while true {
            let token = try lexer.next()
            kinds.append(token.kind)
            if token.kind == .end || kinds.count == 3 { break }
        }
        #expect(kinds == [.identifier("a-b-1"), .number(-7), .keyword(.in)])
        #expect(throws: ConditionError(offset: 12, "a '-' goes between two parts of a name (counsel-lang) or before a number (-1)")) {
            try lexer.next()
        }
    }
}

import Testing

@testable import LotseDialog

/// The condition language: precedence, operators, identifiers, and errors at their offsets.
@Suite struct ConditionParserTests {
    static let slots: [String: Slot] = [
        "age": Slot(id: "age", kind: .number(min: 5, max: 99)),
        "goal": Slot(id: "goal", kind: .choice, values: ["ausbildung", "job", "school"]),
        "region": Slot(id: "region", kind: .choice, values: ["lichtenfels", "siegen-wittgenstein", "other"]),
        "counsel-lang": Slot(id: "counsel-lang", kind: .choice, values: ["de", "en"]),
        "crisis": Slot(id: "crisis", kind: .yesno),
        "note": Slot(id: "note", kind: .text),
    ]
    let parser = ConditionParser(slots: slots)

    @Test func notBindsTighterThanAndTighterThanOr() throws {
        let condition = try parser.parse("not crisis == yes and age < 12 or goal == job")
        #expect(condition == .or(
            .and(.not(.comparison(slot: "crisis", .equal, .key("yes"))), .comparison(slot: "age", .less, .number(12))),
            .comparison(slot: "goal", .equal, .key("job"))))
    }

    @Test func parenthesesOverridePrecedence() throws {
        let condition = try parser.parse("age >= 12 and (goal == job or goal == school)")
        #expect(condition == .and(
            .comparison(slot: "age", .greaterOrEqual, .number(12)),
            .or(.comparison(slot: "goal", .equal, .key("job")), .comparison(slot: "goal", .equal, .key("school")))))
    }

    @Test(arguments: ComparisonOperator.allCases)
    func everyOperatorOnNumbers(_ op: ComparisonOperator) throws {
        #expect(try parser.parse("age \(op.rawValue) 18") == .comparison(slot: "age", op, .number(18)))
    }

    @Test func membershipAndKebabCaseIdentifiers() throws {
        #expect(try parser.parse("region in [lichtenfels, siegen-wittgenstein]")
            == .membership(slot: "region", [.key("lichtenfels"), .key("siegen-wittgenstein")]))
        #expect(try parser.parse("counsel-lang != en") == .comparison(slot: "counsel-lang", .notEqual, .key("en")))
        #expect(try parser.parse("age > -1") == .comparison(slot: "age", .greater, .number(-1)))
    }

    @Test(arguments: [
        ("agee >= 18", 0, "unknown slot 'agee'; did you mean 'age'?"),
        ("goal == ausbildungg", 8, "'ausbildungg' is not a value of slot 'goal'; did you mean 'ausbildung'?"),
        ("goal < job", 5, "'<' compares numbers, but 'goal' is a choice slot"),
        ("age = 18", 4, "a single '=' is no operator"),
        ("(age < 12 or crisis == yes", 26, "missing ')'"),
        ("age < 12 crisis == yes", 9, "unexpected 'crisis' after the condition"),
        ("", 0, "the condition is empty"),
        ("Age < 12", 0, "lower-case"),
        ("age < ", 6, "the condition ends too early"),
        ("goal in [job", 12, "expected ',' or ']'"),
        ("age == job", 7, "does not fit slot 'age'"),
        ("note == x", 8, "text slot"),
        ("age < 12 && crisis == yes", 9, "write 'and'"),
    ])
    func errorsNameTheirOffsetAndAFix(_ source: String, _ offset: Int, _ fragment: String) {
        #expect {
            try parser.parse(source)
        } throws: { error in
            guard let error = error as? ConditionError else { return false }
            return error.offset == offset && error.message.contains(fragment)
        }
    }

    @Test func unknownSlotListsTheSlotsWhenNothingIsClose() {
        #expect(throws: ConditionError.self) { try parser.parse("weather == sunny") }
        do {
            _ = try parser.parse("weather == sunny")
        } catch {
            #expect(error.message.contains("slots: age, counsel-lang, crisis, goal, note, region"))
        }
    }
}

import Testing

@testable import LotseDialog

/// Printing conditions back in the source syntax, with only the parentheses the tree needs.
@Suite struct ConditionDescriptionTests {
    let parser = ConditionParser(slots: ConditionParserTests.slots)

    static let a = Condition.comparison(slot: "crisis", .equal, .key("yes"))
    static let b = Condition.membership(slot: "region", [.key("lichtenfels"), .key("siegen-wittgenstein")])
    static let c = Condition.comparison(slot: "age", .greater, .number(-1))

    @Test(
        arguments: [
            (a, "crisis == yes"),
            (b, "region in [lichtenfels, siegen-wittgenstein]"),
            (c, "age > -1"),
            (.not(a), "not crisis == yes"),
            (.not(.not(a)), "not not crisis == yes"),
            (.not(.and(a, b)), "not (crisis == yes and region in [lichtenfels, siegen-wittgenstein])"),
            (.and(.not(a), c), "not crisis == yes and age > -1"),
            (.or(.and(a, b), c), "crisis == yes and region in [lichtenfels, siegen-wittgenstein] or age > -1"),
            (.or(a, .and(b, c)), "crisis == yes or region in [lichtenfels, siegen-wittgenstein] and age > -1"),
            (.and(.or(a, b), c), "(crisis == yes or region in [lichtenfels, siegen-wittgenstein]) and age > -1"),
            (.and(.and(a, c), a), "crisis == yes and age > -1 and crisis == yes"),
            (.and(a, .and(c, a)), "crisis == yes and (age > -1 and crisis == yes)"),
            (.or(.or(a, c), a), "crisis == yes or age > -1 or crisis == yes"),
            (.or(a, .or(c, a)), "crisis == yes or (age > -1 or crisis == yes)"),
        ] as [(Condition, String)])
    func printsMinimalParentheses(_ condition: Condition, _ text: String) throws {
        #expect(condition.description == text)
        #expect(try parser.parse(text) == condition)
    }

    /// Every tree of `not`/`and`/`or` up to three levels over two leaves.
    static func trees(depth: Int) -> [Condition] {
        guard depth > 1 else { return [a, c] }
        let smaller = trees(depth: depth - 1)
        return [a, c] + smaller.map(Condition.not)
            + smaller.flatMap { left in smaller.flatMap { right in [Condition.and(left, right), .or(left, right)] } }
    }

    @Test func everySmallTreeParsesBackFromItsDescription() throws {
        let trees = Self.trees(depth: 3)
        #expect(Set(trees).count == 302)
        for condition in trees {
            #expect(try parser.parse(condition.description) == condition, "\(condition.description)")
        }
    }
}

import Testing

@testable import LotseDialog

/// Every problem in a condition: its exact message, and the offset of the token it concerns.
@Suite struct ConditionErrorTests {
    let parser = ConditionParser(slots: ConditionParserTests.slots)

    private func expectError(
        _ source: String, at offset: Int, _ message: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(throws: ConditionError(offset: offset, message), "\(source)", sourceLocation: sourceLocation) {
            try parser.parse(source)
        }
    }

    @Test func lexicalProblems() {
        expectError("age = 18", at: 4, "a single '=' is no operator; compare with '=='")
        expectError("age ! 18", at: 4, "'!' alone is no operator; write 'not' or '!='")
        expectError("age < 12 && crisis == yes", at: 9, "write 'and' instead of '&'")
        expectError("age < 12 || crisis == yes", at: 9, "write 'or' instead of '|'")
        expectError("age > - 1", at: 6, "a '-' goes between two parts of a name (counsel-lang) or before a number (-1)")
        expectError("goal == \"job\"", at: 8, "write values without quotes, as in 'goal == job'")
        expectError(
            "age < 12 ; goal == job", at: 9,
            "unexpected ';'; conditions use slot names, values, whole numbers, == != < <= > >=, in [...], and, or, not and ( )")
    }

    @Test func malformedWords() {
        expectError("Age < 12", at: 0, "'Age': names are lower-case with '-' between words; write 'age'")
        expectError("counsel_lang == de", at: 0, "'counsel_lang': names are lower-case with '-' between words; write 'counsel-lang'")
        expectError("größe > 1", at: 0, "'größe': names use only the letters a-z, the digits 0-9 and '-' between them")
        expectError("age > ١٨", at: 6, "'١٨': write numbers with the digits 0-9")
        expectError("age > 99999999999999999999", at: 6, "'99999999999999999999' is too large a number")
        expectError("age > -5a", at: 6, "'-5a' is not a whole number; write numbers like 18 or -1")
    }

    @Test func emptyCondition() {
        expectError("", at: 0, "the condition is empty; write one like 'age >= 18'")
        expectError("  \t ", at: 0, "the condition is empty; write one like 'age >= 18'")
    }

    @Test func unknownSlots() {
        expectError("agee >= 18", at: 0, "unknown slot 'agee'; did you mean 'age'?")
        expectError("crisis == yes and counsel-lnag == de", at: 18, "unknown slot 'counsel-lnag'; did you mean 'counsel-lang'?")
        expectError(
            "weather == sunny", at: 0,
            "unknown slot 'weather'; the slots are a-b, age, counsel-lang, crisis, goal, money, note, region")
        #expect(throws: ConditionError(offset: 0, "unknown slot 'age'; no slots are defined")) {
            try ConditionParser(slots: [:]).parse("age > 1")
        }
    }

    @Test func operatorsThatDoNotFitTheSlot() {
        expectError(
            "note == x", at: 0,
            "'note' is a text slot, and conditions cannot compare free text; branch on a choice, yesno or number slot")
        expectError("goal < job", at: 5, "'<' compares numbers, but 'goal' is a choice slot; use == or in [...]")
        expectError("crisis >= yes", at: 7, "'>=' compares numbers, but 'crisis' is a yesno slot; use == or in [...]")
    }

    @Test func valuesThatDoNotFitTheSlot() {
        expectError(
            "goal == ausbildungg", at: 8,
            "'ausbildungg' is not a value of slot 'goal'; did you mean 'ausbildung'? its values are ausbildung, job, school")
        expectError("goal == holiday", at: 8, "'holiday' is not a value of slot 'goal'; its values are ausbildung, job, school")
        expectError("goal in [job, holiday]", at: 14, "'holiday' is not a value of slot 'goal'; its values are ausbildung, job, school")
        expectError(
            "age == job", at: 7,
            "'job' is not a whole number, but 'age' is a number slot; compare it with a number from 5 to 99")
        expectError("goal == 5", at: 8, "'5' is a number, but 'goal' is a choice slot; its values are ausbildung, job, school")
        expectError("crisis == 1", at: 10, "'1' is a number, but 'crisis' is a yesno slot; its values are yes, no")
    }

    @Test func missingValues() {
        expectError("age <", at: 5, "expected a value after '<'; 'age' takes a whole number")
        expectError("goal == and", at: 8, "expected a value after '==', not 'and'; 'goal' takes one of ausbildung, job, school")
        expectError("goal in [job,]", at: 13, "expected a value after ',', not ']'; 'goal' takes one of ausbildung, job, school")
        expectError("goal in []", at: 9, "expected a value after '[', not ']'; 'goal' takes one of ausbildung, job, school")
    }

    @Test func missingSlotsAndOperators() {
        expectError("18 < age", at: 0, "expected a slot name, not '18'")
        expectError("age < 12 and", at: 12, "expected a slot name after 'and'")
        expectError("age < 12 or )", at: 12, "expected a slot name after 'or', not ')'")
        expectError("age", at: 3, "expected an operator (== != < <= > >= in) after 'age'")
        expectError("age 18", at: 4, "expected an operator (== != < <= > >= in) after 'age', not '18'")
    }

    @Test func unbalancedBracketsAndLists() {
        expectError("(age < 12 or crisis == yes", at: 26, "missing ')' to close the '(' at column 1")
        expectError("crisis == yes and ((age < 12)", at: 29, "missing ')' to close the '(' at column 19")
        expectError(
            "(age < 12 crisis == yes)", at: 10,
            "unexpected 'crisis'; join conditions with 'and' or 'or', or close the '(' at column 1 with ')'")
        expectError("age < 12)", at: 8, "unexpected ')'; there is no '(' for it to close")
        expectError("goal in job", at: 8, "expected '[' after 'in', not 'job'; write a list like 'goal in [a, b]'")
        expectError("goal in [job", at: 12, "missing ']' to close the '[' at column 9")
        expectError("goal in [job school]", at: 13, "expected ',' or ']' in the list, not 'school'")
    }

    @Test func trailingText() {
        expectError("age < 12 crisis == yes", at: 9, "unexpected 'crisis' after the condition; join conditions with 'and' or 'or'")
        expectError("goal == job and-x", at: 12, "unexpected 'and-x' after the condition; join conditions with 'and' or 'or'")
    }

    @Test func theFirstProblemInTheTextWins() {
        expectError("agee >= 18 and x = 1", at: 0, "unknown slot 'agee'; did you mean 'age'?")
        expectError("goal < job and Age = 1", at: 5, "'<' compares numbers, but 'goal' is a choice slot; use == or in [...]")
        expectError(
            "(goal == jobb", at: 9, "'jobb' is not a value of slot 'goal'; did you mean 'job'? its values are ausbildung, job, school")
    }

    @Test func offsetsCountCharacters() {
        // "\r\n" is one Character but two scalars; an em space is one Character but three UTF-8 bytes.
        expectError("age < 12\r\nand agee > 1", at: 13, "unknown slot 'agee'; did you mean 'age'?")
        expectError("age < 12 or\u{2003}goal = 1", at: 17, "a single '=' is no operator; compare with '=='")
    }
}

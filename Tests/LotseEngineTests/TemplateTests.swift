import Testing

@testable import LotseEngine

/// `{name}` placeholders in messages, filled from the values a message needs.
@Suite struct TemplateTests {
    @Test(arguments: [
        ("Bitte gib eine Zahl von {min} bis {max} ein.", "Bitte gib eine Zahl von 5 bis 99 ein."),
        ("{min}{max}", "599"),
        ("Число от {min} до {max}.", "Число от 5 до 99."),
        ("ohne Platzhalter", "ohne Platzhalter"),
        ("{unbekannt} bleibt, {min} nicht", "{unbekannt} bleibt, 5 nicht"),
        ("offen {min", "offen {min"),
        ("{{min}}", "{5}"),
        ("اكتب رقمًا من {min} إلى {max}", "اكتب رقمًا من 5 إلى 99"),
    ])
    func placeholdersAreFilled(_ template: String, _ filled: String) {
        #expect(Template.fill(template, ["min": "5", "max": "99"]) == filled)
    }

    @Test func aValueIsNeverReadAsATemplate() {
        #expect(Template.fill("{a} {b}", ["a": "{b}", "b": "x"]) == "{b} x")
    }
}

import Testing
import WizardEngine

@Suite struct PaymentCardTests {
    @Test func luhnAcceptsCorrectCheckDigits() {
        #expect(Luhn.isValid("79927398713"))
        for card in TestCards.numbers {
            #expect(Luhn.isValid(card.number), "\(card.number)")
        }
    }

    @Test func luhnCatchesTyposAndRejectsNonDigits() {
        #expect(!Luhn.isValid("79927398710"))
        #expect(!Luhn.isValid("4111111111111112"), "last digit changed")
        #expect(!Luhn.isValid("4111111111111121"), "two neighbouring digits swapped")
        #expect(!Luhn.isValid(""))
        #expect(!Luhn.isValid("4111 1111 1111 1111"), "grouping must be removed first")
        #expect(!Luhn.isValid("41111111111111a1"))
    }

    @Test func everyPublishedTestNumberIsRecognised() {
        #expect(TestCards.numbers.count == 9)
        for card in TestCards.numbers {
            #expect(TestCards.isTestNumber(card.number), "\(card.number)")
        }
    }

    @Test func testNumbersAreRecognisedWithSpacesAndDashes() {
        #expect(TestCards.isTestNumber("4111 1111 1111 1111"))
        #expect(TestCards.isTestNumber("3782-822463-10005"))
        #expect(TestCards.isTestNumber(" 6011-0009-9013-9424 "))
    }

    @Test func otherNumbersAreNotTestNumbers() {
        #expect(!TestCards.isTestNumber("4000056655665556"), "passes Luhn, but not on the list")
        #expect(!TestCards.isTestNumber("4111111111111112"))
        #expect(!TestCards.isTestNumber("411111111111111"))
        #expect(!TestCards.isTestNumber(""))
    }

    @Test func normalizingRemovesOnlySpacesAndDashes() {
        #expect(TestCards.normalized("4111 1111-1111 1111") == "4111111111111111")
        #expect(TestCards.normalized("4111.1111") == "4111.1111")
        #expect(TestCards.normalized("") == "")
    }

    @Test func brandsAreDetectedFromPrefixAndLength() {
        for card in TestCards.numbers {
            #expect(CardBrand.detect(card.number) == card.brand, "\(card.number)")
        }
        #expect(CardBrand.detect("4222222222222") == .visa, "13-digit Visa")
        #expect(CardBrand.detect("2221000000000009") == .mastercard, "2-series Mastercard")
        #expect(CardBrand.detect("6445644564456445") == .discover)
        #expect(CardBrand.detect("6511111111111111") == .discover)
        #expect(CardBrand.detect("3530111333300000") == nil, "JCB is not accepted")
        #expect(CardBrand.detect("411111111111") == nil, "too short for Visa")
        #expect(CardBrand.detect("37828224631000") == nil, "too short for American Express")
        #expect(CardBrand.detect("5655555555554444") == nil, "56 is not Mastercard")
    }

    @Test func brandIsGuessedWhileTyping() {
        #expect(CardBrand.guess(fromPrefix: "4") == .visa)
        #expect(CardBrand.guess(fromPrefix: "37") == .americanExpress)
        #expect(CardBrand.guess(fromPrefix: "3") == nil)
        #expect(CardBrand.guess(fromPrefix: "53") == .mastercard)
        #expect(CardBrand.guess(fromPrefix: "2720") == .mastercard)
        #expect(CardBrand.guess(fromPrefix: "2721") == nil)
        #expect(CardBrand.guess(fromPrefix: "6011") == .discover)
        #expect(CardBrand.guess(fromPrefix: "4x") == nil)
    }

    @Test func securityCodeLengths() {
        #expect(CardBrand.americanExpress.securityCodeLength == 4)
        #expect(CardBrand.visa.securityCodeLength == 3)
        #expect(CardBrand.mastercard.securityCodeLength == 3)
        #expect(CardBrand.discover.securityCodeLength == 3)
        #expect(CardBrand.americanExpress.name == "American Express")
    }
}

import WizardEngine

/// The registration form's User Type list: the notice's Individual and Attorney, Law Firm (which
/// asks for a tax ID), the Government Accounts group, and Individual at the bottom as on the site.
enum UserTypes {
    static let attorney = "Attorney"
    static let lawFirm = "Law Firm"
    static let governmentGroup = "Government Accounts"

    static let options: [ChoiceOption] = [
        ChoiceOption(attorney),
        ChoiceOption(lawFirm),
        ChoiceOption("Commercial Business"),
        ChoiceOption("Creditor/Creditor's Representative"),
        ChoiceOption("Federal Government Agency", "Federal Agency", group: governmentGroup),
        ChoiceOption("State Government Agency", "State Agency", group: governmentGroup),
        ChoiceOption("Local Government Agency", "Local Agency", group: governmentGroup),
        ChoiceOption("Federal Defender", "Federal Defender", group: governmentGroup),
        ChoiceOption("Individual"),
    ]
}

import WizardEngine

/// Step 5: the "Upgrade Complete" dialog; Close returns to Manage My Account, now Upgraded.
enum UpgradeCompletePage {
    static let page = Page(
        id: UpgradePages.complete, step: 5, title: "Upgrade Complete",
        address: UpgradePages.upgradeAddress, menuBar: UpgradePages.accountMenuBar,
        instruction: "A dialog confirms the upgrade. Note that the old login no longer works, then click Close.",
        blocks: [
            .text("Your PACER account has been upgraded (practice).", .success),
            .text("Account Number: {account.number}\nNew username: {account.username}\nAccount Type: {account.type}"),
            .text("The old username and password no longer work. From now on log in with the new ones, at PACER and at every NextGen CM/ECF court.", .warning),
            .text("You will link this account to your CM/ECF filing account through CM/ECF on {goLive}, when the court moves to NextGen.",
                  when: .beforeGoLive),
            .text("The court moved to NextGen on {goLive}: link the accounts now in CM/ECF, under Utilities.",
                  when: .not(.beforeGoLive)),
        ],
        next: UpgradePages.manage,
        nextLabel: "Close",
        hint: "Nothing to fill in: press Close to see Manage My Account again, where Account Type now reads Upgraded.",
        helpDesk: "The caller must use the new username and password from now on; the old ones are refused."
    )
}

/// Built-in scenario: someone who has only used a shared PACER account answers the start page's
/// first question and is led to registration (journey R).
enum SharedAccountScenario {
    static let text = """
    # pacer-prep scenario: only a shared account, so register one of your own.
    # Everything here is invented.

    [scenario]
    id = shared-account
    title = Only a shared account: find out what to do
    journey = start
    today = 2021-09-01
    outcome = reach register.home
    pass-mark = 100

    [persona]
    line = Dana Whitcomb, paralegal at a three-lawyer firm in Springfield.
    line = Has searched dockets for years with the office's shared PACER login, and will now file papers for the attorneys.

    [task]
    text = Use the start page's questions to find out what you must do before the court moves to NextGen CM/ECF, and open that rehearsal.

    [step]
    page = start.home
    caption = Answer Only a shared one to the first question, because shared logins may no longer be used by filers, and choose the registration rehearsal that appears.
    start.ownAccount = Only a shared one
    action = press start.goRegister
    """
}

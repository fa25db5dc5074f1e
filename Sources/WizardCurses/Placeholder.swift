// Placeholder until the curses front end lands.
enum WizardCursesPlaceholder {}

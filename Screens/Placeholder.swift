// Placeholder until journey R lands.
import WizardEngine
enum ScreensPlaceholder {}

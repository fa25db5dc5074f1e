import ArgumentParser
import WizardEngine

/// `--mode practice|demo|exam`.
extension TrainingMode: ExpressibleByArgument {}

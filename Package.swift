// swift-tools-version:6.0
import PackageDescription

/// pacer-prep: a terminal rehearsal of PACER registration, upgrade and NextGen CM/ECF linking.
///
/// The boundaries are the point of this layout: `WizardEngine` is pure (no I/O, no clock, no
/// randomness), `Screens` holds the mock pages as values on top of it, `WizardCurses` is the only
/// module that touches ncursesw, and the executable performs the effects.
let package = Package(
    name: "pacer-prep",
    products: [
        .executable(name: "pacer-prep", targets: ["pacer-prep"]),
        .executable(name: "pacer-prep-bench", targets: ["pacer-prep-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "WizardEngine"),
        .target(name: "Screens", dependencies: ["WizardEngine"], path: "Screens", exclude: ["Examples"]),
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(name: "WizardCurses", dependencies: ["WizardEngine", "CNcursesw"]),
        .target(name: "WizardPlain", dependencies: ["WizardEngine"]),
        .executableTarget(
            name: "pacer-prep",
            dependencies: [
                "WizardEngine", "Screens", "WizardCurses", "WizardPlain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "pacer-prep-bench", dependencies: ["WizardEngine", "Screens"]),
        .testTarget(name: "WizardEngineTests", dependencies: ["WizardEngine", "Screens"]),
        .testTarget(name: "ScreensTests", dependencies: ["Screens", "WizardEngine"], exclude: ["__Snapshots__"]),
        .testTarget(name: "WizardCursesTests", dependencies: ["WizardCurses", "WizardEngine", "CNcursesw"]),
        .testTarget(name: "WizardPlainTests", dependencies: ["WizardPlain", "WizardEngine", "Screens"]),
        .testTarget(name: "EndToEndTests", dependencies: ["pacer-prep"]),
        .testTarget(name: "BenchmarkTests", dependencies: ["pacer-prep-bench", "pacer-prep"]),
    ],
    swiftLanguageModes: [.v6]
)

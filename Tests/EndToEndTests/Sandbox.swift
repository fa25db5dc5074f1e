import Foundation

/// Empty folders standing in for a home, the XDG folders, a temp folder and a working folder, so
/// a test can see whether the program wrote anything. Removed when released.
final class Sandbox {
    let root: URL
    let home: URL
    let work: URL
    private(set) var environment: [String: String] = [:]

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("pacer-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        home = root.appendingPathComponent("home")
        work = root.appendingPathComponent("work")
        let folders: [(variable: String?, name: String)] = [
            ("HOME", "home"), ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
            ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime"),
            ("TMPDIR", "tmp"), (nil, "work"),
        ]
        for folder in folders {
            let url = root.appendingPathComponent(folder.name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            if let variable = folder.variable { environment[variable] = url.path }
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Every file, folder and link under the sandbox's folders (hidden ones included).
    func entries() -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        let folders: Set<String> = ["home", "config", "data", "state", "cache", "runtime", "tmp", "work"]
        return walker.compactMap { $0 as? String }.filter { !folders.contains($0) }.sorted()
    }

    /// The entries whose bytes contain any of `secrets` (UTF-8, either normalization form).
    func entries(containingAnyOf secrets: [String]) -> [String] {
        let needles = secrets.flatMap { [Data($0.utf8), Data($0.precomposedStringWithCanonicalMapping.utf8),
                                         Data($0.decomposedStringWithCanonicalMapping.utf8)] }
        return entries().filter { entry in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(entry).path)
            else { return false }
            return needles.contains { data.range(of: $0) != nil }
        }
    }
}

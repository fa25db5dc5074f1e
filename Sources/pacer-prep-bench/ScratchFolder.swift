import Foundation

/// A folder of the bench's own under the system's temporary folder, for what the measured
/// programs write; removed with all it holds when the bench is done.
struct ScratchFolder {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/pacer-prep-bench.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw BenchError("cannot make a scratch folder under \(NSTemporaryDirectory())")
        }
        path = String(cString: made)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

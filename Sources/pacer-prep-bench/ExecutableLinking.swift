import Foundation

/// Whether the measured binary is one static executable or needs the dynamic loader, read from
/// its ELF program headers (a PT_INTERP header names the loader).
///
/// Printed with the figures because it decides the start-up ones: loading the Swift shared
/// libraries roughly doubles the time to the first frame and adds a third to peak memory, so a
/// figure means little without knowing which build produced it.
enum ExecutableLinking: String {
    case staticExecutable = "static"
    case dynamic
    /// Not an ELF file this reader understands (the figures still stand; the label is unknown).
    case unknown

    /// The command that builds the fastest binary (README, "Performance").
    static let fastestBuild = "swift build -c release -Xswiftc -static-executable"

    static func of(path: String) -> ExecutableLinking {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .unknown }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 64), header.count == 64,
              header.starts(with: [0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 else {
            return .unknown  // only 64-bit little-endian ELF, as Linux on x86-64 and arm64 builds
        }
        let tableOffset = UInt64(littleEndian: header, at: 0x20)
        let entrySize = Int(UInt16(littleEndian: header, at: 0x36))
        let entryCount = Int(UInt16(littleEndian: header, at: 0x38))
        guard entrySize >= 4, (try? handle.seek(toOffset: tableOffset)) != nil,
              let table = try? handle.read(upToCount: entrySize * entryCount),
              table.count == entrySize * entryCount else { return .unknown }
        let interpreterHeader: UInt32 = 3
        for entry in 0..<entryCount where UInt32(littleEndian: table, at: entry * entrySize) == interpreterHeader {
            return .dynamic
        }
        return .staticExecutable
    }

    /// How the report names it after the binary's path.
    var label: String {
        switch self {
        case .staticExecutable: return "static executable"
        case .dynamic: return "dynamically linked; the fastest start comes from `\(Self.fastestBuild)`"
        case .unknown: return "linking unknown"
        }
    }
}

private extension FixedWidthInteger {
    /// Reads the integer stored little-endian at `offset` of `data`.
    init(littleEndian data: Data, at offset: Int) {
        var value: Self = 0
        for byte in (0..<MemoryLayout<Self>.size).reversed() {
            value = value << 8 | Self(data[data.startIndex + offset + byte])
        }
        self = value
    }
}

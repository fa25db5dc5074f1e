import Foundation

// pacer-prep-bench: measures the already-built release binary of pacer-prep side by side with
// `dialog --form`, and the engine headless. It never builds anything: build first with
// `swift build -c release` (or let `swift run -c release pacer-prep-bench` do it).

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("pacer-prep-bench: \(error)\n".utf8))
    exit(2)
}

if options.showHelp {
    print(BenchOptions.usage)
    exit(0)
}

do {
    let report = try Benchmark(options: options).run()
    print(options.json ? report.json() : report.table())
} catch {
    FileHandle.standardError.write(Data("pacer-prep-bench: \(error)\n".utf8))
    exit(1)
}

// swift-tools-version:6.0
// libFuzzer harness for every reader, kept out of the main package so normal
// builds never see sanitizer flags. `make fuzz` builds it with
// `--sanitize=fuzzer --sanitize=address` and runs it once per reader.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, which is whatever the clone is called.
let quire = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "QuireFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "quire-fuzz",
            dependencies: [.product(name: "Quire", package: quire)],
            // libFuzzer brings `main`.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)

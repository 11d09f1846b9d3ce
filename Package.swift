// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Quire",
    products: [
        .library(name: "Quire", targets: ["Quire"]),
        .executable(name: "quire", targets: ["quire"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "QuireModel"),
        .target(name: "QuireXML", dependencies: ["CLibXML2", "QuireModel"]),
        .target(name: "QuireZip", dependencies: ["CZlib", "QuireModel"]),
        .target(
            name: "QuireReaders",
            dependencies: ["QuireModel", "QuireXML", "QuireZip", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "QuireWriters",
            dependencies: ["QuireModel", "QuireXML", "QuireZip"],
            resources: [.embedInCode("Resources")]
        ),
        .target(name: "Quire", dependencies: ["QuireModel", "QuireReaders", "QuireWriters"]),
        .executableTarget(
            name: "quire",
            dependencies: ["Quire", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "QuireModelTests", dependencies: ["QuireModel"]),
        .testTarget(name: "QuireXMLTests", dependencies: ["QuireXML"]),
        .testTarget(name: "QuireZipTests", dependencies: ["QuireZip"]),
        .testTarget(name: "QuireReadersTests", dependencies: ["QuireReaders", "QuireZip"]),
        .testTarget(name: "QuireWritersTests", dependencies: ["QuireWriters", "QuireReaders"]),
        .testTarget(name: "QuireTests", dependencies: ["Quire"]),
        // Runs the built `quire` binary as a user would: exit codes, messages, files.
        .testTarget(name: "QuireCLITests", dependencies: ["quire", "QuireZip"]),
    ]
)

import Foundation
import Quire

/// The libFuzzer entry point: reads one input with the reader named by
/// QUIRE_FUZZ_READER (markdown, commonmark, html, docbook, json, plain), then
/// renders what it read with the writers that walk every node kind, so a crash,
/// a sanitizer report or a slow input anywhere on the path is found. Errors
/// thrown for bad input are the expected outcome, not findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let context = ConversionContext(timestamp: 0)
    guard let document = try? FuzzSetup.converter.read(input, from: FuzzSetup.reader, context: context) else { return 0 }
    for writer in FuzzSetup.writers {
        _ = try? FuzzSetup.converter.write(document, to: writer, context: context)
    }
    return 0
}

enum FuzzSetup {
    static let reader = ProcessInfo.processInfo.environment["QUIRE_FUZZ_READER"] ?? "markdown"
    /// EPUB and print are left out: they add ZIP and CSS work per input, not new tree walks.
    static let writers = (ProcessInfo.processInfo.environment["QUIRE_FUZZ_WRITERS"] ?? "html plain markdown docbook json")
        .split(separator: " ").map(String.init)
    static let converter = Converter()
}

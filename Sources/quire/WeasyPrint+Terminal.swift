import Foundation
import Quire

extension WeasyPrint {
    /// The engine `quire convert -t pdf` uses: on a terminal, a long book
    /// shows the page being laid out on one line of standard error, which
    /// is cleared when the PDF is made; elsewhere (logs, pipes) it is silent.
    static func forCommandLine() -> WeasyPrint {
        guard isatty(2) != 0 else { return WeasyPrint() }
        return WeasyPrint { progress in
            switch progress {
            case .page(let page): FileIO.writeStandardError("\rquire: laying out page \(page)\u{1B}[K")
            case .done: FileIO.writeStandardError("\r\u{1B}[K")
            }
        }
    }
}

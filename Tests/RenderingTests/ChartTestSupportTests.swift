import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An SVG parsed as XML for the chart tests: proves it well formed and lists its `<text>` elements.
struct ParsedSVG {
    /// One `<text>` element: its attributes and its text (entities resolved).
    struct Text {
        let attributes: [String: String]
        let content: String

        var x: Double { Double(attributes["x"] ?? "") ?? .nan }
        var y: Double { Double(attributes["y"] ?? "") ?? .nan }
        var anchor: String { attributes["text-anchor"] ?? "start" }
    }

    let rootAttributes: [String: String]
    let texts: [Text]
    let title: String
    let desc: String
    let elementNames: [String]

    /// Parses `svg`; `nil` when it is not well-formed XML.
    init?(_ svg: String) {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse() else { return nil }
        rootAttributes = collector.rootAttributes
        texts = collector.texts
        title = collector.title
        desc = collector.desc
        elementNames = collector.names
    }

    /// The delegate that gathers what the tests look at.
    private final class Collector: NSObject, XMLParserDelegate {
        var rootAttributes: [String: String] = [:]
        var texts: [Text] = []
        var title = ""
        var desc = ""
        var names: [String] = []
        private var current: (name: String, attributes: [String: String], text: String)?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if names.isEmpty { rootAttributes = attributes }
            names.append(name)
            if ["text", "title", "desc"].contains(name) { current = (name, attributes, "") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current?.text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = current, element.name == name else { return }
            switch name {
            case "text": texts.append(Text(attributes: element.attributes, content: element.text))
            case "title": title = element.text
            case "desc": desc = element.text
            default: break
            }
            current = nil
        }
    }
}

/// WCAG 2 contrast between two `#rrggbb` colours.
enum Contrast {
    static func ratio(_ first: String, _ second: String) -> Double {
        let (a, b) = (luminance(first), luminance(second))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}

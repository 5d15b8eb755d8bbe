//! A small element tree for record-oriented XML lists.
//!
//! Official XML lists are long sequences of small records (`<INDIVIDUAL>`, `<sdnEntry>`,
//! `<sanctionEntity>`). Parsers stream the file with quick-xml and build a [`Node`] tree for one
//! record at a time, then read fields from it by local name. That keeps memory flat and makes
//! the field-mapping code read like the schema, while namespaces (which OFAC changed in 2024)
//! do not matter because only local names are compared.

use quick_xml::events::Event;
use quick_xml::Reader;

/// One XML element: its local name, attributes, concatenated text and child elements.
#[derive(Debug, Default, Clone)]
pub struct Node {
    /// Local name (namespace prefix removed).
    pub name: String,
    /// Attributes as (local name, unescaped value).
    pub attrs: Vec<(String, String)>,
    /// Text directly inside this element, unescaped, with CDATA included.
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<Node>,
}

impl Node {
    /// The first child element with this local name.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|c| c.name == name)
    }

    /// All child elements with this local name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The trimmed text of the first child with this name, if it is not empty.
    pub fn text_of(&self, name: &str) -> Option<String> {
        self.child(name).and_then(Node::trimmed)
    }

    /// This element's text with runs of white space (including the line breaks lists wrap
    /// long values with) folded to one space and trimmed; `None` if empty.
    pub fn trimmed(&self) -> Option<String> {
        let t = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!t.is_empty()).then_some(t)
    }

    /// An attribute's value by local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// What a record visitor sees: the path of open ancestor elements (local names) and a
/// complete record element.
pub trait RecordSink {
    /// True when the element `name`, opened under `ancestors`, is a record to collect whole.
    fn is_record(&self, ancestors: &[String], name: &str) -> bool;
    /// Called for every start tag outside records (for header fields such as dates).
    fn on_header(&mut self, _node: &Node) {}
    /// Called for every text or attribute-bearing element outside records, after it closes.
    fn on_header_end(&mut self, _node: &Node) {}
    /// Called with each complete record.
    fn on_record(&mut self, node: Node);
}

/// Streams `bytes` as XML and hands each record element to `sink`.
///
/// Returns an error message (with the byte position) when the XML is not well-formed. Elements
/// outside records are collected shallowly (their own text and attributes), so that header
/// values such as a publication date can be read by `on_header_end`.
pub fn stream_records(bytes: &[u8], sink: &mut dyn RecordSink) -> Result<(), String> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    // Open elements outside a record.
    let mut ancestors: Vec<String> = Vec::new();
    let mut header_stack: Vec<Node> = Vec::new();
    // Open elements inside the current record (index 0 is the record itself).
    let mut record: Vec<Node> = Vec::new();
    let mut seen_root = false;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("not well-formed XML at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(ref start) | Event::Empty(ref start) => {
                let is_empty = matches!(event, Event::Empty(_));
                seen_root = true;
                let node = start_node(start)?;
                if !record.is_empty() {
                    if is_empty {
                        attach(&mut record, node);
                    } else {
                        record.push(node);
                    }
                } else if sink.is_record(&ancestors, &node.name) {
                    if is_empty {
                        sink.on_record(node);
                    } else {
                        record.push(node);
                    }
                } else {
                    sink.on_header(&node);
                    if is_empty {
                        sink.on_header_end(&node);
                    } else {
                        ancestors.push(node.name.clone());
                        header_stack.push(node);
                    }
                }
            }
            Event::End(_) => {
                if let Some(done) = record.pop() {
                    if record.is_empty() {
                        sink.on_record(done);
                    } else {
                        attach(&mut record, done);
                    }
                } else if let Some(done) = header_stack.pop() {
                    ancestors.pop();
                    sink.on_header_end(&done);
                }
            }
            Event::Text(t) => {
                let text = t
                    .unescape()
                    .map_err(|e| format!("bad text at byte {}: {e}", reader.buffer_position()))?;
                push_text(&mut record, &mut header_stack, &text);
            }
            Event::CData(c) => {
                let text = String::from_utf8_lossy(&c.into_inner()).into_owned();
                push_text(&mut record, &mut header_stack, &text);
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !seen_root {
        return Err("no XML elements found".into());
    }
    if !record.is_empty() || !header_stack.is_empty() {
        return Err("the file ends in the middle of an element (truncated?)".into());
    }
    Ok(())
}

fn push_text(record: &mut [Node], header: &mut [Node], text: &str) {
    if let Some(top) = record.last_mut() {
        top.text.push_str(text);
    } else if let Some(top) = header.last_mut() {
        top.text.push_str(text);
    }
}

fn attach(stack: &mut [Node], node: Node) {
    if let Some(parent) = stack.last_mut() {
        parent.children.push(node);
    }
}

fn start_node(start: &quick_xml::events::BytesStart<'_>) -> Result<Node, String> {
    let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
    let mut attrs = Vec::new();
    for attr in start.attributes() {
        let attr = attr.map_err(|e| format!("bad attribute in <{name}>: {e}"))?;
        let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).into_owned();
        let value = attr
            .unescape_value()
            .map_err(|e| format!("bad attribute value in <{name}>: {e}"))?
            .into_owned();
        attrs.push((key, value));
    }
    Ok(Node { name, attrs, text: String::new(), children: Vec::new() })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Collect {
        records: Vec<Node>,
        date: Option<String>,
    }
    impl RecordSink for Collect {
        fn is_record(&self, ancestors: &[String], name: &str) -> bool {
            ancestors.len() == 2 && name == "R"
        }
        fn on_header(&mut self, node: &Node) {
            if let Some(d) = node.attr("date") {
                self.date = Some(d.to_string());
            }
        }
        fn on_record(&mut self, node: Node) {
            self.records.push(node);
        }
    }

    #[test]
    fn records_are_collected_with_children_and_text() {
        let xml = br#"<?xml version="1.0"?><x:L xmlns:x="urn:a" date="2026"><G>
            <R><A>one &amp; two</A><B/></R><R><A><![CDATA[<3>]]></A></R></G></x:L>"#;
        let mut c = Collect { records: vec![], date: None };
        stream_records(xml, &mut c).unwrap();
        assert_eq!(c.date.as_deref(), Some("2026"));
        assert_eq!(c.records.len(), 2);
        assert_eq!(c.records[0].text_of("A").as_deref(), Some("one & two"));
        assert!(c.records[0].child("B").is_some());
        assert_eq!(c.records[1].text_of("A").as_deref(), Some("<3>"));
    }

    #[test]
    fn truncated_and_broken_xml_are_errors() {
        let mut c = Collect { records: vec![], date: None };
        assert!(stream_records(b"<L><G><R><A>x</A>", &mut c).is_err());
        assert!(stream_records(b"<L><G></R></G></L>", &mut c).is_err());
        assert!(stream_records(b"", &mut c).is_err());
        assert!(stream_records(b"just text", &mut c).is_err());
    }
}

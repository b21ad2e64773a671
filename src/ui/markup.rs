//! HTML written as text, for the parts of the view that are text alone or plain buttons, with
//! no field: the plan, "Why we say this", "Watch for these", "Why you're sore", the recovery
//! timeline, the printed page, and every button but the language switch's (a button here names
//! what it does in `data-action`, and the App's one listener handles the press). Yew builds each element with code of its own in the wasm;
//! markup written as text is mostly data, which costs a first visit far less: 1.7 KB gzip less
//! for these six (7.2 KB of the 13.5 KB the timeline and the printed page cost as elements),
//! measured with scripts/size.sh. The browser parses it in place (Yew's raw HTML node), so the
//! page gets the same elements; Yew redraws it only when its text changes.
//!
//! Every value that is not this crate's own markup goes through `text`, which escapes it: the
//! words (from the words file) and the spa's name (from the embedding page) never become markup.

use yew::{AttrValue, Html};

#[derive(Default)]
pub struct Markup(String);

impl Markup {
    /// Markup written in this crate, as it is: tags and attributes, never a value from elsewhere.
    pub fn tags(&mut self, markup: &str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// Text, or an attribute's value, with `&`, `<`, `>`, `"` and `'` escaped.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        for c in text.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// A button that names what it does in `data-action` (`super::Press`): the App's one
    /// listener handles every such press, where an element of Yew's would bring a handler of
    /// its own. `class` is this crate's markup, `label` is text.
    pub fn button(&mut self, action: &str, class: &str, label: &str) -> &mut Markup {
        self.tags(r#"<button type="button" data-action=""#).tags(action).tags(r#"" class=""#).tags(class).tags(r#"">"#);
        self.text(label).tags("</button>")
    }

    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.0))
    }
}

/// Markup written by `write`, as Yew's raw HTML node.
pub fn markup(write: impl FnOnce(&mut Markup)) -> Html {
    let mut m = Markup::default();
    write(&mut m);
    m.into_html()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_never_becomes_markup() {
        let mut markup = Markup::default();
        markup.tags("<p title=\"").text("a\"b'c").tags("\">").text("<script>x & y</script>").tags("</p>");
        assert_eq!(markup.0, "<p title=\"a&quot;b&#39;c\">&lt;script&gt;x &amp; y&lt;/script&gt;</p>");
    }
}

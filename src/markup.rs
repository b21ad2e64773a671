//! HTML written as text, with every value that is not this crate's own markup escaped on the
//! way in: the Yew view writes its text-only parts this way (`ui::markup` says why). The card
//! maker no longer uses it: its page is Yew components (`card::view`).
//!
//! Every value that is not this crate's own markup goes through `text`, which escapes it: the
//! words (from the words file) and the spa's name (from the embedding page) never become
//! markup.

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
        self.tags(r#"<button type="button" data-action=""#)
            .tags(action)
            .tags(r#"" class=""#)
            .tags(class)
            .tags(r#"">"#);
        self.text(label).tags("</button>")
    }

    /// The markup written so far.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_never_becomes_markup() {
        let mut markup = Markup::default();
        markup
            .tags("<p title=\"")
            .text("a\"b'c")
            .tags("\">")
            .text("<script>x & y</script>")
            .tags("</p>");
        assert_eq!(
            markup.as_str(),
            "<p title=\"a&quot;b&#39;c\">&lt;script&gt;x &amp; y&lt;/script&gt;</p>"
        );
    }
}

//! The browser entry point: mounts the app on the page.

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<aftercare::ui::App>::new().render();
}

//! The browser entry point: sets up the allocator and mounts the app on the page.

// The app runs on one thread, so the simple free-list allocator needs no locking.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<aftercare::ui::App>::new().render();
}

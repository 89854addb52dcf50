/// glibc's allocator settings for bulk loads.
enum GlibcMalloc {
    /// Keeps freed large buffers for reuse. Each batch of a bulk load allocates buffers of tens
    /// of megabytes; by default glibc gives each a fresh mapping, faulted in and zeroed page by
    /// page, and unmaps it when freed — a tenth of a million-account seed's time.
    static func keepLargeBuffers() {
        #if os(Linux)
        // M_MMAP_THRESHOLD (-3) and M_TRIM_THRESHOLD (-1) from <malloc.h>, which Swift's Glibc
        // module does not export.
        _ = mallopt(-3, 1 << 30)
        _ = mallopt(-1, 1 << 30)
        #endif
    }
}

#if os(Linux)
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/** The gallery page's entry point (demo/gallery.html). */
import { startGallery } from './gallery-page.js';

await startGallery(location.search);
